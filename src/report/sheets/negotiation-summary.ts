/**
 * Negotiation summary: one printed page (portrait, one page wide and tall) a lender or investor reads
 * without the workbook behind it: the loan, the hardship, income and ratios before and after, every
 * option evaluated and why, the recommended workout and its terms, the NPV of the workout against
 * foreclosure and a short sale with every input, the Reg X dates, and who prepared it.
 */
import {
  Block,
  CellInput,
  NumberFormats,
  WorkbookModel,
  block,
  cell,
  percentFormat,
  workbook,
  worksheet,
} from "../model";
import type { CalendarDate } from "../../core/calendar-date";
import { Result, ok } from "../../core/result";
import type { FieldName } from "../../core/record-fields";
import type { CaseOption, LoanCase } from "./case/loan-case";
import { modificationOffer, trialRulesFor } from "./case/trial-plan";
import { repaymentTerms } from "./case/repayment-terms";
import { REPAY_FNMA } from "../../core/rules/repay-fnma";
import { documentPrint, documentTitle, recordInputs, caseAudit } from "./parts/document";
import { fieldLabel } from "./parts/field-labels";
import { factRows } from "./parts/fact-rows";
import { optionTitle, recommendationText, resultOf, whyText } from "./parts/outcomes";
import { npvInputPairs, npvResultPairs } from "./parts/npv";
import { offerTermPairs } from "./parts/offer-terms";
import {
  centsRatio,
  counted,
  dash,
  date,
  money,
  moneyText,
  rate,
  rateText,
  ratio,
  restyled,
} from "./parts/values";

export const NEGOTIATION_SUMMARY_TITLE = "Negotiation summary";

type Items = [string, CellInput][];

const right = (text: string): CellInput => cell.text(text, undefined, { align: "right" });

export function negotiationSummarySheet(
  c: LoanCase,
  stem = "Negotiation Summary"
): Result<WorkbookModel> {
  const rec = c.recommended;
  const blocks: Block[] = [
    documentTitle(c, NEGOTIATION_SUMMARY_TITLE),
    block.heading("Loan"),
    factRows(loanFacts(c), { id: "facts", gapAfter: 0 }),
    block.paragraph(hardshipText(c)),
    block.heading("Income and payment"),
    factRows(incomeFacts(c), { id: "income" }),
    block.heading("Options evaluated"),
    optionsTable(c),
    ...c.options.map((o, i) =>
      block.paragraph(`${optionTitle(o)}: ${whyText(o)}`, {
        style: "note",
        gapAfter: i === c.options.length - 1 ? 1 : 0,
      })
    ),
    block.heading(rec ? `Recommended: ${rec.name}` : "Recommended workout"),
    rec
      ? factRows(recommendedTerms(c, rec), { id: "terms" })
      : block.paragraph(recommendationText(c), { style: "warning" }),
    block.heading("Net present value: workout against foreclosure and short sale"),
    ...npvBlocks(c),
    block.heading("Regulation X dates and preparation"),
    factRows(regxFacts(c), { id: "regx" }),
    // The facts and rule sets two a row; the loan's inputs on one line across the page.
    ...caseAudit(c, { perRow: 2, inputs: [["Loan row", auditLine(c)]], withRecord: false }).map(
      (b) => (b.kind === "pairs" && b.id === "audit" ? { ...b, perRow: 1 as const } : b)
    ),
  ];
  return ok(
    workbook(
      [
        worksheet({
          name: `${stem} ${c.loanId}`,
          columns: [22, 12, 22, 12, 22, 12],
          blocks,
          print: {
            ...documentPrint(c, NEGOTIATION_SUMMARY_TITLE, "portrait", 1),
            margins: {
              top: 0.55,
              bottom: 0.55,
              left: 0.45,
              right: 0.45,
              header: 0.25,
              footer: 0.25,
            },
          },
          tabColor: "1F4E79",
        }),
      ],
      { title: `${NEGOTIATION_SUMMARY_TITLE} ${c.loanId}` }
    )
  );
}

const FACTS: readonly FieldName[] = [
  "investor",
  "occupancy",
  "property_state",
  "upb",
  "note_rate",
  "remaining_term",
  "pi_payment",
  "escrow_payment",
  "months_delinquent",
  "next_due_date",
  "property_value",
  "value_date",
];

function factCell(c: LoanCase, f: FieldName): CellInput {
  const v = c.record[f];
  if (v === undefined) return dash();
  switch (f) {
    case "upb":
    case "pi_payment":
    case "escrow_payment":
    case "property_value":
      return money(v as number);
    case "note_rate":
      return rate(c.record.note_rate);
    case "remaining_term":
      return counted(v as number, "months");
    case "months_delinquent":
      return cell.whole(v as number);
    case "next_due_date":
    case "value_date":
      return date(v as CalendarDate);
    default:
      return right(String(v));
  }
}

function loanFacts(c: LoanCase): Items {
  return FACTS.map((f) => [fieldLabel(f), factCell(c, f)]);
}

function hardshipText(c: LoanCase): string {
  const r = c.record;
  const resolved =
    r.hardship_resolved === undefined
      ? "whether it is resolved is not stated"
      : r.hardship_resolved
        ? "resolved, the borrower says"
        : "not resolved";
  return `Hardship: ${r.hardship ?? "not stated"} (${resolved}).`;
}

function incomeFacts(c: LoanCase): Items {
  const r = c.record;
  const e = c.recommended?.evaluation;
  const gmi = r.gross_monthly_income;
  const other = r.other_monthly_debt;
  const now = (r.pi_payment ?? 0) + (r.escrow_payment ?? 0);
  const after = e?.newPitia;
  const total = (pitia: number | undefined): CellInput =>
    pitia === undefined
      ? dash()
      : other === undefined
        ? right("no debts stated")
        : centsRatio(pitia + other, gmi);
  return [
    ["Gross monthly income", money(gmi)],
    ["Other monthly debts", money(other)],
    ["", null],
    ["PITIA now", money(now)],
    ["PITIA after", money(after)],
    [
      "Change",
      after === undefined
        ? dash()
        : cell.money((after - now) / 100, { numberFormat: "+#,##0.00;-#,##0.00" }),
    ],
    ["Housing ratio now", centsRatio(now, gmi)],
    ["Housing ratio after", after === undefined ? dash() : centsRatio(after, gmi)],
    ["Total debt ratio after", total(after)],
  ];
}

function optionsTable(c: LoanCase): Block {
  return block.table(
    {
      name: "OptionsEvaluated",
      columns: [
        { header: "Option", wrap: true },
        { header: "Result" },
        { header: "New P&I", format: NumberFormats.money },
        { header: "P&I reduction", format: percentFormat(2) },
        { header: "Housing ratio", format: percentFormat(2) },
      ],
      rows: c.options.map((o) => {
        const e = o.evaluation;
        return [
          optionTitle(o),
          resultOf(c, o),
          e?.newPi === undefined ? null : e.newPi / 100,
          e?.piReduction === undefined ? null : e.piReduction.toNumber(),
          e?.dtiAfter === undefined ? null : e.dtiAfter.toNumber(),
        ];
      }),
      filterButtons: false,
    },
    { id: "options", gapAfter: 0 }
  );
}

/** The recommended option's terms, each short enough for one column. */
function recommendedTerms(c: LoanCase, o: CaseOption): Items {
  const e = o.evaluation!;
  if (trialRulesFor(o.id)) {
    const m = modificationOffer(c, o.id);
    const items: Items = [
      ["Interest rate", rate(e.newRate)],
      ["Term", counted(e.newTerm, "months")],
      ["New principal", money(e.capitalizedUpb)],
      ["Monthly P&I", money(e.newPi)],
      ["Monthly PITIA", money(e.newPitia)],
      ["P&I reduction", ratio(e.piReduction)],
      ["Forbearance", money(e.forbearance ?? 0)],
      ["Partial claim", e.partialClaim === undefined ? dash() : money(e.partialClaim)],
      ["MTMLTV", ratio(e.mtmltv)],
    ];
    if (m.ok) {
      const t = m.value.trial;
      items.push(
        [
          "Trial payments",
          t ? right(`${t.payments.length} × ${moneyText(t.payments[0].amount)}`) : right("none"),
        ],
        ["First trial due", t ? date(t.payments[0].due) : dash()],
        ["First modified due", date(m.value.modifiedFirstDue)],
        ["Maturity", date(m.value.modifiedMaturity)]
      );
    }
    const steps = e.stepUp;
    if (steps && steps.length > 1) {
      const last = steps[steps.length - 1];
      items.push([
        "Rate steps up to",
        right(`${rateText(last.rate)} from month ${last.fromMonth}`),
      ]);
    }
    return items;
  }
  const t = o.id === REPAY_FNMA.id ? repaymentTerms(c) : undefined;
  if (t?.ok) {
    const p = t.value.plan;
    return [
      ["Past due", money(p.arrears)],
      ["Plan length", counted(p.months, "months")],
      ["Installment", money(p.rows[0].installment)],
      ["First due", date(t.value.firstDue)],
      ["Last due", date(p.rows[p.rows.length - 1].date)],
      ["Within the cap", right(p.withinPaymentCap ? `yes, ${rateText(p.paymentRatio, 2)}` : "no")],
    ];
  }
  return offerTermPairs(c, o).map(([l, v]) => [l, restyled(v, { align: "right" })]);
}

function npvBlocks(c: LoanCase): Block[] {
  const result = npvResultPairs(c);
  if (!c.npv.ok)
    return [
      block.paragraph(`NPV not computed: ${c.npv.issues.map((i) => i.reason).join("; ")}`, {
        style: "note",
      }),
    ];
  return [
    factRows(
      result.filter(([l]) => l !== "Result"),
      { id: "npv", gapAfter: 0 }
    ),
    block.paragraph(
      `${c.npv.value.npv.decision === "MODIFY" ? "The modification has the higher NPV." : "Foreclosure has the higher NPV."} Inputs (NPV assumptions ${c.npv.value.npv.assumptionsId}, version ${c.npv.value.npv.assumptionsVersion}):`,
      { style: "label", gapAfter: 0 }
    ),
    factRows(npvInputPairs(c), { id: "npv-inputs" }),
  ];
}

function regxFacts(c: LoanCase): Items {
  const x = c.regx;
  const r = c.record;
  const d = c.deadlines;
  const when = (v: CalendarDate | undefined): CellInput => (v ? date(v) : dash());
  return [
    ["Days delinquent", x.days_delinquent === undefined ? dash() : cell.whole(x.days_delinquent)],
    ["Live contact by", when(x.live_contact_by)],
    ["Written notice by", when(x.written_notice_by)],
    ["Application received", date(r.application_received_date)],
    ["Acknowledge by", when(x.acknowledge_by)],
    ["First filing from", when(x.first_filing_from)],
    ["Application complete", date(r.application_complete_date)],
    ["Evaluate by", when(x.evaluate_by)],
    ["Scheduled sale", r.fc_sale_date ? date(r.fc_sale_date) : right("none")],
    [`Accept by (${d.acceptanceDays} days)`, date(d.acceptBy)],
    [
      "Appeal by",
      d.appealBy
        ? date(d.appealBy)
        : right(d.appealAvailable === false ? "no appeal" : "not known"),
    ],
    ["Notice date", date(d.noticeDate)],
    ["Prepared by", c.preparedBy ? right(c.preparedBy) : cell.blank("signature")],
    ["Prepared on", date(c.asOf)],
  ];
}

/** Every input of the loan's row on one wrapped line: field value; field value; ... */
function auditLine(c: LoanCase): CellInput {
  const text = recordInputs(c)
    .map(([label, v]) => `${label} ${shownValue(v)}`)
    .join("; ");
  return cell.text(text, undefined, { wrap: true });
}

function shownValue(v: CellInput): string {
  const x = v !== null && typeof v === "object" && "value" in v ? v.value : v;
  if (x === null || x === undefined) return "—";
  if (typeof x === "object")
    return `${x.year}-${String(x.month).padStart(2, "0")}-${String(x.day).padStart(2, "0")}`;
  return String(x);
}
