/**
 * The trial period plan of a modification offer: the borrower makes the trial payments at the
 * estimated modified payment (PITIA), due on the first of each month from the month after the
 * as-of date; the modification takes effect on the first of the month after the last trial payment.
 */
import { addMonths, type CalendarDate } from "../../core/calendar-date";
import type { Evaluation } from "../../core/programs/evaluation";
import type { Cents } from "../../core/verified-rounding";

/**
 * Three trial payments: Freddie Mac Guide 9206.11 (Flex Modification), HUD Handbook 4000.1 III.A.2
 * (FHA) and VA M26-4 chapter 5 all use a three-month trial period.
 */
export const TRIAL_PAYMENTS = 3;
export const TRIAL_SOURCE =
  "Three monthly trial payments: Freddie Mac Guide 9206.11, HUD Handbook 4000.1 III.A.2, VA M26-4 ch. 5";

export interface TrialPayment {
  readonly no: number;
  readonly due: CalendarDate;
  readonly amount: Cents;
}

export interface TrialPlan {
  readonly payments: readonly TrialPayment[];
  /** The first of the month after the last trial payment. */
  readonly effective: CalendarDate;
  /** The modified loan's last payment: `newTerm` monthly payments, the first a month after the effective date. */
  readonly maturity?: CalendarDate;
  readonly source: string;
}

function firstOfNextMonth(d: CalendarDate): CalendarDate {
  return addMonths({ year: d.year, month: d.month, day: 1 }, 1);
}

export function trialPlan(e: Evaluation, asOf: CalendarDate | undefined): TrialPlan | undefined {
  const amount = e.newPitia ?? e.newPi;
  if (amount === undefined || asOf === undefined) return undefined;
  const first = firstOfNextMonth(asOf);
  const payments = Array.from({ length: TRIAL_PAYMENTS }, (_v, i) => ({
    no: i + 1,
    due: addMonths(first, i),
    amount,
  }));
  const effective = addMonths(first, TRIAL_PAYMENTS);
  return {
    payments,
    effective,
    maturity: e.newTerm === undefined ? undefined : addMonths(effective, e.newTerm),
    source: TRIAL_SOURCE,
  };
}
