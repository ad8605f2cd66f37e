/**
 * Short-sale net sheet: the settlement lines from the contract price down to the net proceeds to the
 * first lien, the investor's minimum net where it has one (FHA pre-foreclosure sale, by marketing
 * days), the total debt, the deficiency and the loss severity.
 */
import { Block, CellInput, NumberFormats, WorkbookModel, block, cell } from "../model";
import { Result, ok } from "../../core/result";
import type { LoanCase } from "./case/loan-case";
import { NetSheet, ShortSaleLines, netSheet } from "./case/net-sheet";
import { caseAudit, documentTitle, documentWorkbook } from "./parts/document";
import { whyText } from "./parts/outcomes";
import { CUSTOMARY_MAX_COMMISSION } from "../../core/short-sale";
import { dateText, money, moneyText, rateText, ratio, restyled } from "./parts/values";

export const SHORT_SALE_TITLE = "Short-sale net sheet";

export function shortSaleSheet(
  c: LoanCase,
  lines: ShortSaleLines = {},
  stem = "Short Sale Net Sheet"
): Result<WorkbookModel> {
  const n = netSheet(c, lines);
  if (!n.ok) return n;
  const s = n.value;
  const blocks: Block[] = [
    documentTitle(c, SHORT_SALE_TITLE),
    ledger(
      [
        {
          label: "Property value",
          note: c.record.value_date
            ? `as-is value, valued ${dateText(c.record.value_date)}`
            : "as-is value",
          value: money(c.record.property_value),
        },
        {
          label: "Short-sale rules",
          note: `${s.rules.id} (version ${s.rules.version}), the ${c.investor} order's short sale`,
          value: null,
        },
        {
          label: "Waterfall result",
          note: s.option.works
            ? "works, at the rule set's estimated costs"
            : `does not work: ${whyText(s.option)}`,
          value: cell.text(s.option.works ? "Works" : "Does not work", undefined, {
            bold: true,
            align: "right",
          }),
        },
      ],
      "property"
    ),
    block.heading("Settlement lines"),
    linesTable(s),
    ...flags(s),
    ...minimumBlocks(s),
    ...debtBlocks(s),
    block.paragraph(
      "The investor's approval letter fixes the minimum net proceeds, the closing date, the costs it allows and the deficiency terms. " +
        "The figures here are estimates until the final settlement statement; a cost left off the first statement is rarely allowed later.",
      { style: "note" }
    ),
    ...caseAudit(c, {
      ruleSets: [{ id: s.rules.id, version: s.rules.version }],
      inputs: lineInputs(lines),
      newPage: true,
    }),
  ];
  return ok(
    documentWorkbook(c, SHORT_SALE_TITLE, stem, {
      columns: [30, 50, 16],
      blocks,
    })
  );
}

function linesTable(s: NetSheet): Block {
  const rows = [s.salePrice, ...s.deductions].map((l, i) => [
    l.item,
    l.basis,
    (i === 0 ? l.amount : -l.amount) / 100,
  ]);
  return block.table(
    {
      name: "SettlementLines",
      columns: [
        { header: "Line", wrap: true, total: { label: "Net proceeds to the first lien" } },
        { header: "Basis", wrap: true },
        {
          header: "Amount",
          format: NumberFormats.money,
          total: "sum",
          totalValue: s.netProceeds / 100,
        },
      ],
      rows,
      filterButtons: false,
    },
    { id: "lines" }
  );
}

function flags(s: NetSheet): Block[] {
  const out: Block[] = [];
  if (s.commissionAboveCustomary)
    out.push(
      block.paragraph(
        `The commission is above the customary ${rateText(CUSTOMARY_MAX_COMMISSION)} of the price: the investor must approve it.`,
        { style: "warning" }
      )
    );
  if (s.subordinateAboveCap)
    out.push(
      block.paragraph(
        `The subordinate-lien payoff is above the ${s.rules.id} limit: the investor must approve it.`,
        { style: "warning" }
      )
    );
  return out;
}

/** A line of a ledger: what it is, how it was reached, and the figure. */
interface LedgerLine {
  readonly label: string;
  readonly note?: string;
  readonly value: CellInput;
  readonly total?: boolean;
}

/** Lines laid out like the settlement lines above: label, basis, figure. */
function ledger(lines: readonly LedgerLine[], id: string): Block {
  return block.cells(
    lines.map((l) => [
      cell.text(l.label, "label"),
      l.note ? cell.text(l.note, "note", { wrap: true }) : null,
      l.total ? restyled(l.value, { bold: true, borderTop: "thin" }) : l.value,
    ]),
    { id }
  );
}

function minimumBlocks(s: NetSheet): Block[] {
  const m = s.minimumNet;
  if (!m) return [];
  return [
    block.heading("Investor's minimum net proceeds"),
    ledger(
      [
        { label: "As-is value", value: money(m.value) },
        { label: "Marketing days", note: m.daysBasis, value: cell.whole(m.marketingDays) },
        {
          label: "Minimum share of the value",
          note: `for ${m.marketingDays} marketing days`,
          value: ratio(Number(m.share), 0),
        },
        {
          label: "Minimum net proceeds",
          note: "value × share, to the cent above",
          value: money(m.amount),
        },
        {
          label: "Net proceeds meet it",
          note: m.met
            ? `${moneyText(s.netProceeds)} is at or above the minimum`
            : `${moneyText(s.netProceeds)} is ${moneyText(m.amount - s.netProceeds)} short`,
          value: cell.text(m.met ? "Yes" : "No", undefined, { bold: true, align: "right" }),
        },
      ],
      "minimum-net"
    ),
  ];
}

function debtBlocks(s: NetSheet): Block[] {
  const lines: LedgerLine[] = s.debtParts.map(([label, v]) => ({ label, value: money(v) }));
  lines.push({ label: "Total debt", value: money(s.totalDebt), total: true });
  if (s.lateFeesWaived)
    lines.push({
      label: "Late fees",
      note: "waived: not part of the debt",
      value: money(s.lateFeesWaived),
    });
  lines.push({ label: "Net proceeds to the first lien", value: money(s.netProceeds) });
  if (s.surplus > 0)
    lines.push({
      label: "Surplus over the debt",
      note: "the sale pays the loan off: it is not a short sale",
      value: money(s.surplus),
      total: true,
    });
  else
    lines.push(
      {
        label: "Deficiency",
        note: "total debt − net proceeds",
        value: money(s.deficiency),
        total: true,
      },
      {
        label: "Loss severity",
        note: "deficiency ÷ unpaid principal balance",
        value: ratio(s.lossSeverity),
      }
    );
  return [block.heading("Debt and loss"), ledger(lines, "debt")];
}

/** The lines the user gave, for the audit block. */
function lineInputs(lines: ShortSaleLines): [string, CellInput][] {
  const out: [string, CellInput][] = [];
  if (lines.salePrice !== undefined) out.push(["Sale price (given)", money(lines.salePrice)]);
  if (lines.commissionRate) out.push(["Commission rate (given)", ratio(lines.commissionRate, 2)]);
  if (lines.closingCosts !== undefined)
    out.push(["Closing costs (given)", money(lines.closingCosts)]);
  if (lines.subordinateLiens !== undefined)
    out.push(["Subordinate liens (given)", money(lines.subordinateLiens)]);
  if (lines.relocation !== undefined) out.push(["Relocation (given)", money(lines.relocation)]);
  for (const o of lines.otherCosts ?? []) out.push([`${o.label} (given)`, money(o.amount)]);
  if (lines.marketingDays !== undefined)
    out.push(["Marketing days (given)", cell.whole(lines.marketingDays)]);
  return out;
}
