/**
 * Program comparison: every option of the investor's order for this loan side by side, a column per
 * option on a landscape page: whether it works, its terms, and why it passed or failed.
 */
import { Block, CellInput, GridBlock, WorkbookModel, block, cell } from "../model";
import { Result, ok } from "../../core/result";
import type { Evaluation } from "../../core/programs/evaluation";
import type { CaseOption, LoanCase } from "./case/loan-case";
import { caseAudit, documentTitle, documentWorkbook } from "./parts/document";
import { optionTitle, recommendationText, resultOf, whyText } from "./parts/outcomes";
import { housingRatioBefore } from "./parts/terms";
import { counted, dash, money, moneyText, prose, rate, ratio, restyled } from "./parts/values";

export const COMPARISON_TITLE = "Program comparison";

type Row = GridBlock["rows"][number];

const AMOUNT_NAMES: Readonly<Record<string, string>> = {
  arrears: "arrears",
  plan_months: "plan months",
  installment: "installment",
  max_installment: "largest installment",
  deferred_balance: "deferred balance",
  net_proceeds: "net proceeds",
  total_debt: "total debt",
  deficiency: "deficiency",
  sale_price: "sale price",
  relocation: "relocation",
  disposition_costs: "disposition costs",
  recovery: "estimated recovery",
  equity: "equity",
  deferred_pi: "deferred P&I",
  deferred_advances: "deferred advances",
};

/** The other amounts an option produced, as a short list ("net proceeds $217,500.00; ..."). */
function otherAmounts(e: Evaluation | undefined): string {
  const a = e?.amounts;
  if (!a) return "";
  return Object.entries(a)
    .filter(([k]) => AMOUNT_NAMES[k])
    .map(([k, v]) =>
      k === "plan_months" ? `${AMOUNT_NAMES[k]} ${v}` : `${AMOUNT_NAMES[k]} ${moneyText(v)}`
    )
    .join("; ");
}

export function comparisonSheet(c: LoanCase, stem = "Program Comparison"): Result<WorkbookModel> {
  const opts = c.options;
  const r = c.record;
  const mid = (x: CellInput) => restyled(x, { align: "center" });
  /** A row: the current loan's value, then each option's (a dash where it was not evaluated). */
  const line = (
    label: string,
    now: CellInput,
    f: (o: CaseOption, e: Evaluation) => CellInput
  ): Row => ({
    label,
    values: [mid(now), ...opts.map((o) => mid(o.evaluation ? f(o, o.evaluation) : dash()))],
  });
  const yesNo = (b: boolean) => (b ? "Yes" : "No");
  const pitia = r.pi_payment === undefined ? undefined : r.pi_payment + (r.escrow_payment ?? 0);
  const rows: Row[] = [
    {
      label: "Rule set (version)",
      values: [
        "",
        ...opts.map((o) =>
          mid(`${o.id} (${o.evaluation?.ruleSetVersion ?? o.rules?.version ?? "?"})`)
        ),
      ],
    },
    {
      label: "Result",
      values: [
        "",
        ...opts.map((o) =>
          cell.text(resultOf(c, o), undefined, {
            bold: true,
            align: "center",
            fill: o === c.recommended ? "E2EFDA" : undefined,
          })
        ),
      ],
    },
    line("Eligible", "", (_, e) => yesNo(e.eligible)),
    line("Target met", "", (_, e) => yesNo(e.targetMet)),
    line("Interest rate", rate(r.note_rate), (_, e) => rate(e.newRate)),
    line("Term", counted(r.remaining_term, "months"), (_, e) => counted(e.newTerm, "months")),
    line("Monthly P&I", money(r.pi_payment), (_, e) => money(e.newPi)),
    line("Monthly PITIA", money(pitia), (_, e) => money(e.newPitia)),
    line("P&I reduction", "", (_, e) => ratio(e.piReduction)),
    line("Housing ratio (DTI)", housingRatioBefore(c), (_, e) => ratio(e.dtiAfter)),
    line("MTMLTV", "", (_, e) => ratio(e.mtmltv)),
    line("Principal balance", money(r.upb), (_, e) => money(e.capitalizedUpb)),
    line("Forbearance", "", (_, e) => money(e.forbearance)),
    line("Partial claim", "", (_, e) => money(e.partialClaim)),
    { label: "Other amounts", values: ["", ...opts.map((o) => prose(otherAmounts(o.evaluation)))] },
    { label: "Why", values: ["", ...opts.map((o) => prose(whyText(o)))] },
  ];
  const blocks: Block[] = [
    documentTitle(c, COMPARISON_TITLE),
    block.pairs([
      ["Investor", c.investor],
      [
        "Order evaluated",
        prose(`${opts.map((o) => o.id).join(" → ")} (${c.order.id}, version ${c.order.version})`),
      ],
      ["Recommended", prose(recommendationText(c))],
    ]),
    block.heading("Options side by side"),
    block.grid(["Option", "Current loan", ...opts.map(optionTitle)], rows, { id: "comparison" }),
    ...caseAudit(c, { newPage: true }),
  ];
  const optionWidth = Math.max(18, Math.floor(112 / Math.max(1, opts.length)));
  return ok(
    documentWorkbook(c, COMPARISON_TITLE, stem, {
      columns: [18, 14, ...opts.map(() => optionWidth)],
      blocks,
      orientation: "landscape",
      freeze: { columns: 1 },
    })
  );
}
