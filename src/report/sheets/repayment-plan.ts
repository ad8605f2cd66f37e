/**
 * Repayment plan agreement: the total past due as of the as-of date and its parts, the plan terms,
 * the 150% test and the approvals the plan needs (REPAY-FNMA), the schedule with totals, what a
 * missed installment does, the accept-by date and signature lines.
 */
import { Block, CellInput, NumberFormats, WorkbookModel, block, cell } from "../model";
import { toExcelSerial } from "../../core/calendar-date";
import { Result, ok } from "../../core/result";
import { D } from "../../core/money";
import type { LoanCase } from "./case/loan-case";
import { RepaymentInput, RepaymentTerms, repaymentTerms } from "./case/repayment-terms";
import { caseAudit, documentTitle, documentWorkbook } from "./parts/document";
import { whyText } from "./parts/outcomes";
import { counted, date, dateText, money, moneyText, prose, rateText } from "./parts/values";

export const REPAYMENT_PLAN_TITLE = "Repayment plan agreement";

export function repaymentPlanSheet(
  c: LoanCase,
  input: RepaymentInput = {},
  stem = "Repayment Plan"
): Result<WorkbookModel> {
  const t = repaymentTerms(c, input);
  if (!t.ok) return t;
  const terms = t.value;
  const blocks: Block[] = [
    documentTitle(c, REPAYMENT_PLAN_TITLE),
    ...pastDueBlocks(c, terms),
    ...planBlocks(terms),
    block.heading("Installments"),
    scheduleTable(terms),
    ...closingBlocks(c, terms),
    ...caseAudit(c, {
      ruleSets: [{ id: terms.rules.id, version: terms.rules.version }],
      inputs: [
        [
          "Plan months",
          `${terms.plan.months} (${terms.monthsGiven ? "given" : "the fewest within the payment cap"})`,
        ],
        ["First installment due", cell.date(terms.firstDue)],
      ],
    }),
  ];
  return ok(
    documentWorkbook(c, REPAYMENT_PLAN_TITLE, stem, {
      columns: [9, 14, 17, 14, 17, 17],
      blocks,
    })
  );
}

function pastDueBlocks(c: LoanCase, t: RepaymentTerms): Block[] {
  const d = t.pastDue;
  const n = d.monthsPastDue;
  const warn: Block[] = t.option.works
    ? []
    : [
        block.paragraph(
          `The repayment plan option did not pass the ${c.investor} waterfall: ${whyText(t.option)}. Confirm before sending.`,
          { style: "warning" }
        ),
      ];
  return [
    ...warn,
    block.heading(`Amount past due as of ${dateText(c.asOf)}`),
    block.pairs(
      [
        ["Payments missed", counted(n, n === 1 ? "payment" : "payments")],
        [`Principal and interest`, money(d.principalInterest)],
        [`Escrow (taxes and insurance)`, money(d.escrow)],
        ["Fees (third-party advances)", money(d.servicingAdvances)],
        ["Total past due to repay", cell.money(d.total / 100, { bold: true, borderTop: "thin" })],
        ["Late charges (waived)", money(d.lateCharges)],
      ],
      { id: "past-due" }
    ),
  ];
}

function planBlocks(t: RepaymentTerms): Block[] {
  const p = t.plan;
  const rp = t.rules.params;
  const cap = new D(rp.maxPaymentRatio);
  const first = p.rows[0];
  const last = p.rows[p.rows.length - 1];
  const same = first.installment === last.installment;
  const installments: [string, CellInput][] = same
    ? [[`Installment, months 1–${p.months}`, money(first.installment)]]
    : [
        [`Installment, months 1–${p.months - 1}`, money(first.installment)],
        [`Last installment, month ${p.months}`, money(last.installment)],
      ];
  return [
    block.heading("Plan terms"),
    block.pairs(
      [
        ["Contractual payment (P&I + escrow)", money(p.contractual)],
        ["Plan length", counted(p.months, "months")],
        ["Catch-up each month", money(first.catchUp)],
        ...installments,
        ["First installment due", date(t.firstDue)],
        ["Last installment due", date(last.date)],
      ],
      { id: "terms", gapAfter: 0 }
    ),
    block.paragraph(
      `${t.monthsGiven ? "The plan length was chosen by the servicer." : `The plan length is the fewest months that keep every installment within ${rateText(cap, 0)} of the contractual payment.`} ` +
        `The catch-up is the past-due amount divided by the months, to the cent${same ? "" : "; the last installment takes the cents left over"}. ` +
        `${t.firstDueGiven ? "" : "The first installment is the next one due after the as-of date."}`,
      { style: "note" }
    ),
    block.heading("Plan tests"),
    block.pairs(
      [
        testRow(
          `Largest installment within ${rateText(cap, 0)} of the contractual payment`,
          p.withinPaymentCap ? "Pass" : "Fail",
          `${moneyText(p.maxInstallment)} is ${rateText(p.paymentRatio, 2)} of ${moneyText(p.contractual)}; the cap is ${moneyText(cap.times(p.contractual).floor().toNumber())}`
        ),
        testRow(
          "Complete borrower response package needed",
          p.needsBorrowerResponsePackage ? "Yes" : "No",
          `needed over ${rp.noBrpMaxMonths} months or over ${rp.noBrpMaxDaysDelinquent} days delinquent: ${p.months} months, ${t.daysDelinquent === undefined ? "days delinquent not known (no next due date)" : `${t.daysDelinquent} days delinquent`}`
        ),
        testRow(
          "Investor's written approval needed",
          p.needsInvestorApproval ? "Yes" : "No",
          `needed over ${rp.investorApprovalOverMonths} months: ${p.months} months`
        ),
      ],
      { id: "tests" }
    ),
  ];
}

/** A test as a pair: its question, then its answer and the figures behind it. */
function testRow(label: string, result: string, figures: string): [string, CellInput] {
  return [label, cell.text(`${result}: ${figures}`, undefined, { wrap: true })];
}

function scheduleTable(t: RepaymentTerms): Block {
  const money = NumberFormats.money;
  return block.table(
    {
      name: "RepaymentSchedule",
      columns: [
        { header: "No.", format: NumberFormats.whole, total: { label: "Total" } },
        { header: "Due date", format: NumberFormats.date },
        { header: "Contractual payment", format: money, total: "sum" },
        { header: "Catch-up", format: money, total: "sum" },
        { header: "Installment", format: money, total: "sum" },
        { header: "Past due left", format: money },
      ],
      rows: t.plan.rows.map((r) => [
        r.no,
        r.date ? toExcelSerial(r.date) : null,
        r.contractual / 100,
        r.catchUp / 100,
        r.installment / 100,
        r.arrearsLeft / 100,
      ]),
    },
    { id: "schedule" }
  );
}

function closingBlocks(c: LoanCase, t: RepaymentTerms): Block[] {
  const d = c.deadlines;
  return [
    block.paragraph(
      "Each installment is due on its due date and is applied first to the contractual payment then due, " +
        "then to the past-due amount. Late charges accrued before the plan are waived when the plan is completed. " +
        "If an installment is not received by the end of the month it is due, the plan ends: the full " +
        "past-due amount then left becomes due at once and the servicer may resume collection and any " +
        "foreclosure action the law allows. If the escrow payment changes during the plan, the contractual " +
        "payment and each installment change with it, and the servicer will say so in writing."
    ),
    block.heading("Acceptance", { pageBreakBefore: true }),
    block.pairs([
      ["Accept by", cell.date(d.acceptBy, { bold: true, align: "left" })],
      ["Acceptance period", prose(d.acceptanceWhy)],
      ["Return to", cell.text("", "signature")],
    ]),
    block.paragraph(
      `To accept, sign below and return this agreement by ${dateText(d.acceptBy)} with the first installment of ${moneyText(t.plan.rows[0].installment)}, due ${dateText(t.firstDue)}.`
    ),
    block.signatures(["Borrower", "Co-borrower", "Servicer"]),
  ];
}
