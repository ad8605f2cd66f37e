import Decimal from "decimal.js";
import { LoanRecord } from "../record";
import { CalendarDate } from "../calendar-date";
import { Cents } from "../verified-rounding";
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

export function toCentsDecimal(d: Decimal): Cents {
  return d.times(100).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();
}

const opt = (d: Decimal | undefined): Cents | undefined => (d === undefined ? undefined : toCentsDecimal(d));
const zero = (d: Decimal | undefined): Cents => (d === undefined ? 0 : toCentsDecimal(d));

/** Whole months from one date to another (a month counts once its day is reached). */
export function wholeMonthsBetween(from: CalendarDate, to: CalendarDate): number {
  return (to.year - from.year) * 12 + (to.month - from.month) - (to.day < from.day ? 1 : 0);
}

export function loanFacts(r: LoanRecord): LoanFacts {
  const pi = zero(r.pi_payment);
  return {
    investor: r.investor,
    occupancy: r.occupancy,
    state: r.property_state,
    upb: zero(r.upb),
    noteRate: r.note_rate ?? new Decimal(0),
    remainingTerm: r.remaining_term ?? 0,
    pi,
    escrow: zero(r.escrow_payment),
    pastDueInterest: zero(r.past_due_interest),
    escrowAdvances: zero(r.escrow_advances),
    servicingAdvances: zero(r.servicing_advances),
    lateFees: zero(r.late_fees),
    monthsDelinquent: r.months_delinquent,
    gmi: opt(r.gross_monthly_income),
    otherDebt: opt(r.other_monthly_debt),
    value: opt(r.property_value),
    loanAgeMonths: r.origination_date && r.as_of_date ? wholeMonthsBetween(r.origination_date, r.as_of_date) : undefined,
    priorModifications: r.prior_modifications,
    priorDeferredMonths: r.prior_deferred_months,
    preHardshipPi: r.pre_hardship_pi === undefined ? pi : toCentsDecimal(r.pre_hardship_pi),
    upbAtDefault: opt(r.upb_at_default),
    priorPartialClaims: zero(r.prior_partial_claims),
    marketRate: r.market_rate,
    marketRateIsPmms: r.market_rate_basis === "PMMS",
    modRate: r.mod_rate,
    asOf: r.as_of_date,
    nextDue: r.next_due_date,
    hardshipResolved: r.hardship_resolved,
    canResumePayment: r.can_resume_payment,
  };
}

/** Capitalizable arrears (programs.md section 2): past-due interest + escrow and servicing advances; never late fees. */
export function capitalizableArrears(f: LoanFacts): Cents {
  return f.pastDueInterest + f.escrowAdvances + f.servicingAdvances;
}
