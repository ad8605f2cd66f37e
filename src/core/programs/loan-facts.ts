import Decimal from "decimal.js";
import { LoanRecord } from "../record";
import { CalendarDate } from "../calendar-date";
import { ZERO } from "../money";
import { Cents } from "../verified-rounding";
import { centsOfDecimal } from "../input";
import { Investor, Occupancy } from "../record-fields";

/**
 * The loan record in the form the program algorithms compute with: money in whole cents, rates as
 * Decimals, months and counts as integers. Optional fields stay undefined; each program asks the
 * record for the fields it needs (requireFields) before it reads them here.
 */
export interface LoanFacts {
  readonly investor?: Investor;
  readonly occupancy?: Occupancy;
  readonly state?: string;
  readonly upb: Cents;
  readonly noteRate: Decimal;
  readonly remainingTerm: number;
  /** The current contractual P&I: the pre-modification P&I of the GSE programs. */
  readonly pi: Cents;
  /** Monthly taxes + insurance + HOA. */
  readonly escrow: Cents;
  readonly pastDueInterest: Cents;
  readonly escrowAdvances: Cents;
  readonly servicingAdvances: Cents;
  readonly lateFees: Cents;
  readonly monthsDelinquent?: number;
  readonly gmi?: Cents;
  readonly otherDebt?: Cents;
  readonly value?: Cents;
  readonly loanAgeMonths?: number;
  readonly priorModifications?: number;
  readonly priorDeferredMonths?: number;
  /** P&I before the hardship (FHA), defaulting to the current P&I. */
  readonly preHardshipPi: Cents;
  readonly upbAtDefault?: Cents;
  readonly priorPartialClaims: Cents;
  readonly marketRate?: Decimal;
  readonly marketRateIsPmms: boolean;
  readonly modRate?: Decimal;
  readonly asOf?: CalendarDate;
  readonly nextDue?: CalendarDate;
  /** The borrower's hardship is resolved (repayment plans and deferrals need it); undefined when not stated. */
  readonly hardshipResolved?: boolean;
  /** The borrower can resume the pre-hardship payment (FHA standalone partial claim); undefined when not stated. */
  readonly canResumePayment?: boolean;
}

/** A Decimal amount of dollars in whole cents, half-up (the input module's one conversion). */
export const toCentsDecimal = centsOfDecimal;

/** Whole months from one date to another (a month counts once its day is reached). */
export function wholeMonthsBetween(from: CalendarDate, to: CalendarDate): number {
  return (to.year - from.year) * 12 + (to.month - from.month) - (to.day < from.day ? 1 : 0);
}

const FACTS: unique symbol = Symbol("loan facts");

/** The facts of a record, computed once however many programs read them (kept on the record itself). */
export function loanFacts(r: LoanRecord): LoanFacts {
  const holder = r as LoanRecord & { [FACTS]?: LoanFacts };
  let f = holder[FACTS];
  if (!f) {
    f = readFacts(r);
    Object.defineProperty(holder, FACTS, { value: f });
  }
  return f;
}

/** The record's money is already in whole cents; absent amounts the programs add up count as 0. */
function readFacts(r: LoanRecord): LoanFacts {
  const pi = r.pi_payment ?? 0;
  return {
    investor: r.investor,
    occupancy: r.occupancy,
    state: r.property_state,
    upb: r.upb ?? 0,
    noteRate: r.note_rate ?? ZERO,
    remainingTerm: r.remaining_term ?? 0,
    pi,
    escrow: r.escrow_payment ?? 0,
    pastDueInterest: r.past_due_interest ?? 0,
    escrowAdvances: r.escrow_advances ?? 0,
    servicingAdvances: r.servicing_advances ?? 0,
    lateFees: r.late_fees ?? 0,
    monthsDelinquent: r.months_delinquent,
    gmi: r.gross_monthly_income,
    otherDebt: r.other_monthly_debt,
    value: r.property_value,
    loanAgeMonths:
      r.origination_date && r.as_of_date
        ? wholeMonthsBetween(r.origination_date, r.as_of_date)
        : undefined,
    priorModifications: r.prior_modifications,
    priorDeferredMonths: r.prior_deferred_months,
    preHardshipPi: r.pre_hardship_pi ?? pi,
    upbAtDefault: r.upb_at_default,
    priorPartialClaims: r.prior_partial_claims ?? 0,
    marketRate: r.market_rate,
    marketRateIsPmms: r.market_rate_basis === "PMMS",
    modRate: r.mod_rate,
    asOf: r.as_of_date,
    nextDue: r.next_due_date,
    hardshipResolved: r.hardship_resolved,
    canResumePayment: r.can_resume_payment,
  };
}
