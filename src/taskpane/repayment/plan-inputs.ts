/**
 * The repayment plan the specialist sets up: arrears, contractual payment, months and the first
 * installment's due date, as typed, checked with the core's parsers; and their starting values from
 * the repayment-plan option the investor's order evaluated.
 */
import { addMonths, type CalendarDate } from "../../core/calendar-date";
import { usd } from "../../core/programs/display";
import {
  fewestRepaymentMonths,
  repaymentPlan,
  type RepaymentPlan,
} from "../../core/repayment-plan";
import type { Result } from "../../core/result";
import type { Evaluation } from "../../core/programs/evaluation";
import { daysBetween } from "../../core/calendar-date";
import { parseAs, parseDateText, parseMonthsText, type LoanRecord } from "../loan/parse-field";

export interface PlanTexts {
  readonly arrears: string;
  readonly contractual: string;
  readonly months: string;
  readonly firstDue: string;
}

export type PlanProblems = { readonly [K in keyof PlanTexts]?: string };

const LABELS: { readonly [K in keyof PlanTexts]: string } = {
  arrears: "Arrears",
  contractual: "Contractual payment",
  months: "Months",
  firstDue: "First installment due",
};

function dollarsText(cents: number | undefined): string {
  return cents === undefined ? "" : usd(cents);
}

function isoText(d: CalendarDate): string {
  return `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
}

/**
 * The plan the repayment-plan option found (its arrears and months; when it found none, the fewest
 * months that keep every installment within the cap), due from the month after the as-of date.
 */
export function startingPlan(option: Evaluation | undefined, record: LoanRecord): PlanTexts {
  const asOf = record.as_of_date;
  const first = asOf ? addMonths({ year: asOf.year, month: asOf.month, day: 1 }, 1) : undefined;
  const arrears = option?.amounts?.arrears;
  const contractual = option?.newPitia;
  let months = option?.amounts?.plan_months;
  if (months === undefined && arrears !== undefined && contractual) {
    const fewest = fewestRepaymentMonths(arrears / 100, contractual / 100);
    if (fewest.ok && fewest.value > 0) months = fewest.value;
  }
  return {
    arrears: dollarsText(arrears),
    contractual: dollarsText(contractual),
    months: months === undefined ? "" : String(months),
    firstDue: first ? isoText(first) : "",
  };
}

export function planFrom(
  texts: PlanTexts,
  record: LoanRecord
): { plan?: Result<RepaymentPlan>; problems: PlanProblems } {
  const problems: { -readonly [K in keyof PlanTexts]?: string } = {};
  const arrears = parseAs("upb", LABELS.arrears, texts.arrears);
  if (!arrears.ok) problems.arrears = arrears.reason;
  const contractual = parseAs("upb", LABELS.contractual, texts.contractual);
  if (!contractual.ok) problems.contractual = contractual.reason;
  const months = parseMonthsText(LABELS.months, texts.months, 1);
  if (!months.ok) problems.months = months.reason;
  const firstDue =
    texts.firstDue.trim() === "" ? undefined : parseDateText(LABELS.firstDue, texts.firstDue);
  if (firstDue && !firstDue.ok) problems.firstDue = firstDue.reason;
  if (!arrears.ok || !contractual.ok || !months.ok || (firstDue && !firstDue.ok))
    return { problems };
  const due = record.next_due_date;
  const asOf = record.as_of_date;
  const plan = repaymentPlan({
    arrears: (arrears.value as number) / 100,
    contractualPayment: (contractual.value as number) / 100,
    months: months.value,
    firstDueDate: firstDue?.ok ? firstDue.value : undefined,
    daysDelinquent: due && asOf ? Math.max(0, daysBetween(due, asOf)) : undefined,
  });
  return { plan, problems };
}

export { LABELS as PLAN_LABELS };
