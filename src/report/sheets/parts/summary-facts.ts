/**
 * The negotiation summary's facts, each short enough for one column of a three-to-a-row list: the
 * loan, income and payment ratios, the recommended workout's terms, the Reg X dates, and the loan's
 * row on one line for the audit.
 */
import { CellInput, cell, toCell } from "../../model";
import { CalendarDate, formatIsoDate } from "../../../core/calendar-date";
import type { FieldName } from "../../../core/record-fields";
import { REPAY_FNMA } from "../../../core/rules/repay-fnma";
import type { CaseOption, LoanCase } from "../case/loan-case";
import { modificationOffer, trialRulesFor } from "../case/trial-plan";
import { repaymentTerms } from "../case/repayment-terms";
import { recordInputs } from "./document";
import { fieldLabel } from "./field-labels";
import { offerTermPairs } from "./offer-terms";
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
} from "./values";

export type Items = [string, CellInput][];

const right = (text: string): CellInput => cell.text(text, undefined, { align: "right" });

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

export function loanFacts(c: LoanCase): Items {
  return FACTS.map((f) => [fieldLabel(f), factCell(c, f)]);
}

export function hardshipText(c: LoanCase): string {
  const r = c.record;
  const resolved =
    r.hardship_resolved === undefined
      ? "whether it is resolved is not stated"
      : r.hardship_resolved
        ? "resolved, the borrower says"
        : "not resolved";
  return `Hardship: ${r.hardship ?? "not stated"} (${resolved}).`;
}

export function incomeFacts(c: LoanCase): Items {
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
        : after === now
          ? right("none")
          : cell.money((after - now) / 100, { numberFormat: "+#,##0.00;-#,##0.00" }),
    ],
    ["Housing ratio now", centsRatio(now, gmi)],
    ["Housing ratio after", after === undefined ? dash() : centsRatio(after, gmi)],
    ["Total debt ratio after", total(after)],
  ];
}

/** The recommended option's terms, each short enough for one column. */
export function recommendedTerms(c: LoanCase, o: CaseOption): Items {
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

export function regxFacts(c: LoanCase): Items {
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
export function auditLine(c: LoanCase): CellInput {
  const text = recordInputs(c)
    .map(([label, v]) => `${label} ${shownValue(v)}`)
    .join("; ");
  return cell.text(text, undefined, { wrap: true });
}

function shownValue(v: CellInput): string {
  const x = toCell(v).value;
  if (x === null) return "—";
  return typeof x === "object" ? formatIsoDate(x) : String(x);
}
