import Decimal from "decimal.js";
import { LoanRecord, cellNumber } from "../record";
import { toCents } from "../inputs";
import { capitalizableArrearsCents } from "../capitalization";
import { CalendarDate } from "../calendar-date";
import { Cents, roundHalfUpCents } from "../verified-rounding";
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

/** A Decimal amount of money in whole cents, half-up (decided in float when the float decides it). */
export function toCentsDecimal(d: Decimal): Cents {
  return roundHalfUpCents(d.toNumber() * 100, () => d.times(100));
}

type MoneyField =
  | "pi_payment"
  | "upb"
  | "escrow_payment"
  | "past_due_interest"
  | "escrow_advances"
  | "servicing_advances"
  | "late_fees"
  | "gross_monthly_income"
  | "other_monthly_debt"
  | "property_value"
  | "pre_hardship_pi"
  | "upb_at_default"
  | "prior_partial_claims";

/** A money field in cents: from the cell's number when it was one (exact, see toCents), else from its Decimal. */
function centsOf(r: LoanRecord, field: MoneyField): Cents | undefined {
  const d = r[field];
  if (d === undefined) return undefined;
  const n = cellNumber(r, field);
  return n === undefined ? toCentsDecimal(d) : toCents(n);
}

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

function readFacts(r: LoanRecord): LoanFacts {
  const zero = (f: MoneyField) => centsOf(r, f) ?? 0;
  const pi = zero("pi_payment");
  return {
    investor: r.investor,
    occupancy: r.occupancy,
    state: r.property_state,
    upb: zero("upb"),
    noteRate: r.note_rate ?? new Decimal(0),
    remainingTerm: r.remaining_term ?? 0,
    pi,
    escrow: zero("escrow_payment"),
    pastDueInterest: zero("past_due_interest"),
    escrowAdvances: zero("escrow_advances"),
    servicingAdvances: zero("servicing_advances"),
    lateFees: zero("late_fees"),
    monthsDelinquent: r.months_delinquent,
    gmi: centsOf(r, "gross_monthly_income"),
    otherDebt: centsOf(r, "other_monthly_debt"),
    value: centsOf(r, "property_value"),
    loanAgeMonths:
      r.origination_date && r.as_of_date
        ? wholeMonthsBetween(r.origination_date, r.as_of_date)
        : undefined,
    priorModifications: r.prior_modifications,
    priorDeferredMonths: r.prior_deferred_months,
    preHardshipPi: centsOf(r, "pre_hardship_pi") ?? pi,
    upbAtDefault: centsOf(r, "upb_at_default"),
    priorPartialClaims: zero("prior_partial_claims"),
    marketRate: r.market_rate,
    marketRateIsPmms: r.market_rate_basis === "PMMS",
    modRate: r.mod_rate,
    asOf: r.as_of_date,
    nextDue: r.next_due_date,
    hardshipResolved: r.hardship_resolved,
    canResumePayment: r.can_resume_payment,
  };
}

/** Capitalizable arrears of the loan (programs.md section 2; the rule is capitalization.ts's). */
export function capitalizableArrears(f: LoanFacts): Cents {
  return capitalizableArrearsCents(f);
}
