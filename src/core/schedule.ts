import Decimal from "decimal.js";
import { D, ONE, dollarsOfCents, monthlyRate } from "./money";
import { Cents, roundHalfUpCents } from "./verified-rounding";
import { issuesIn, parseCount, parseMoney, parseMonths, parseRate } from "./input";
import { exactPaymentCents } from "./annuity-exact";
import { Issue, Result, failWith, ok, fail } from "./result";
import { CalendarDate, addMonths } from "./calendar-date";

/**
 * Level payments, present value, balances and amortization schedules
 * (docs/rules/conventions.md). Amounts inside a schedule are safe-integer cents: exact, and cheap
 * enough for a 480-month schedule per loan over a whole tape.
 */

/** The level payment, unrounded: P = L·r / (1 − (1+r)^−n), r = annual/12; r = 0 gives L/n. */
export function paymentExact(
  principal: Decimal.Value,
  annualRate: Decimal.Value,
  termMonths: number
): Decimal {
  const r = monthlyRate(annualRate);
  if (r.isZero()) return new D(principal).div(termMonths);
  return new D(principal).times(r).div(ONE.minus(ONE.plus(r).pow(-termMonths)));
}

/** Present value of a level payment, unrounded: PV = P·(1 − (1+r)^−n) / r; r = 0 gives P·n. */
export function presentValueExact(
  payment: Decimal.Value,
  annualRate: Decimal.Value,
  termMonths: number
): Decimal {
  const r = monthlyRate(annualRate);
  if (r.isZero()) return new D(payment).times(termMonths);
  return new D(payment).times(ONE.minus(ONE.plus(r).pow(-termMonths))).div(r);
}

/**
 * Payment per cent of principal, in float. 1 − (1+r)^−n = −expm1(−n·log1p(r)) keeps full relative
 * precision for any r (relative error below 1e-13 for |n·log1p(r)| ≤ 104, which MAX_TERM_MONTHS and
 * rates above −100% guarantee), as verified-rounding requires.
 */
export function paymentFactorApprox(annualRate: number, termMonths: number): number {
  const r = annualRate / 12;
  if (r === 0) return 1 / termMonths;
  return r / -Math.expm1(-termMonths * Math.log1p(r));
}

/** Level payment in cents for a principal in cents; inputs already checked. */
export function levelPaymentCents(
  principalCents: Cents,
  annualRate: number,
  termMonths: number
): Cents {
  return roundHalfUpCents(
    principalCents * paymentFactorApprox(annualRate, termMonths),
    () => new D(exactPaymentCents(principalCents, annualRate, termMonths))
  );
}

/**
 * Checks a loan's principal, rate and term: the principal in cents as read (0 when it could not be),
 * and every issue. The rate and term are used as given once they pass.
 */
function checkLoan(
  principal: number,
  annualRate: number,
  termMonths: number
): { readonly cents: Cents; readonly issues: Issue[] } {
  const cents = parseMoney(principal, "principal");
  const issues = issuesIn(
    cents,
    parseRate(annualRate, "annual_rate", { signed: true }),
    parseMonths(termMonths, "term_months")
  );
  return { cents: cents.ok ? cents.value : 0, issues };
}

/** Level monthly P&I, rounded half-up to cents. */
export function levelPayment(
  principal: number,
  annualRate: number,
  termMonths: number
): Result<Decimal> {
  const { cents, issues } = checkLoan(principal, annualRate, termMonths);
  if (issues.length) return failWith(issues);
  return ok(fromCents(levelPaymentCents(cents, annualRate, termMonths)));
}

/** Interest for one month on a balance in cents, half-up to cents. */
function monthInterest(balance: Cents, annualRate: number, rExact: () => Decimal): Cents {
  return roundHalfUpCents((balance * annualRate) / 12, () => rExact().times(balance));
}

function lazyRate(annualRate: number): () => Decimal {
  let r: Decimal | undefined;
  return () => (r ??= monthlyRate(annualRate));
}

/** Balance in cents after k scheduled payments of the cent-rounded schedule (k ≥ n gives 0). */
export function balanceAfterCents(
  principalCents: Cents,
  annualRate: number,
  termMonths: number,
  k: number
): Cents {
  if (k >= termMonths) return 0;
  const payment = levelPaymentCents(principalCents, annualRate, termMonths);
  const rExact = lazyRate(annualRate);
  let balance = principalCents;
  for (let i = 0; i < k; i++) balance -= payment - monthInterest(balance, annualRate, rExact);
  return balance;
}

/** LM.BALANCE: the balance after `paymentsMade` scheduled payments, as the amortization schedule shows it. */
export function balanceAfter(
  principal: number,
  annualRate: number,
  termMonths: number,
  paymentsMade: number
): Result<Decimal> {
  const { cents, issues } = checkLoan(principal, annualRate, termMonths);
  issues.push(...issuesIn(parseCount(paymentsMade, "payments_made")));
  if (issues.length) return failWith(issues);
  return ok(fromCents(balanceAfterCents(cents, annualRate, termMonths, paymentsMade)));
}

export interface ScheduleRow {
  readonly no: number;
  readonly date?: CalendarDate;
  readonly payment: Cents;
  readonly interest: Cents;
  readonly principal: Cents;
  /** Everything still owed after this payment: interest-bearing balance plus unpaid forbearance. */
  readonly balance: Cents;
}

export interface Schedule {
  /** The regular level payment (the last may differ: it absorbs the rounding residue and any balloon). */
  readonly payment: Cents;
  readonly forbearance: Cents;
  readonly rows: readonly ScheduleRow[];
  readonly totalInterest: Cents;
  readonly totalPaid: Cents;
}

export interface AmortizeOptions {
  readonly firstPaymentDate?: CalendarDate;
  /** Non-interest-bearing part of the principal, paid as a balloon with the last payment. */
  readonly forbearance?: number;
}

/**
 * The amortization schedule (docs/rules/conventions.md): each month interest = round-half-up(balance·r),
 * principal = payment − interest; the last payment pays whatever is left, so the balance ends at
 * exactly 0.00. A forbearance amount is part of the principal, bears no interest, and is due with the
 * last payment (the balloon of a forbearance modification).
 */
export function amortize(
  principal: number,
  annualRate: number,
  termMonths: number,
  options: AmortizeOptions = {}
): Result<Schedule> {
  const { cents: totalCents, issues } = checkLoan(principal, annualRate, termMonths);
  const forbearance = options.forbearance ?? 0;
  const forborneCents = parseMoney(forbearance, "forbearance");
  issues.push(...issuesIn(forborneCents));
  if (!forborneCents.ok || issues.length) return failWith(issues);
  return amortizeFromCents(
    totalCents,
    annualRate,
    termMonths,
    forborneCents.value,
    options.firstPaymentDate
  );
}

/**
 * The schedule of amounts already read into cents (a custom function's cells): the rate and the term
 * as the caller checked them; a forbearance above the principal is refused.
 */
export function amortizeFromCents(
  totalCents: Cents,
  annualRate: number,
  termMonths: number,
  forborne: Cents,
  firstPaymentDate?: CalendarDate
): Result<Schedule> {
  if (forborne > totalCents)
    return fail(
      "VALUE",
      `forbearance ${centsToCell(forborne)} is more than the principal ${centsToCell(totalCents)}`,
      "forbearance",
      centsToCell(forborne)
    );
  return ok(amortizeCents(totalCents, annualRate, termMonths, forborne, firstPaymentDate));
}

export function amortizeCents(
  totalCents: Cents,
  annualRate: number,
  termMonths: number,
  forborne: Cents,
  firstPaymentDate?: CalendarDate
): Schedule {
  const interestBearing = totalCents - forborne;
  const payment = levelPaymentCents(interestBearing, annualRate, termMonths);
  const rExact = lazyRate(annualRate);
  const rows: ScheduleRow[] = new Array(termMonths);
  let balance = interestBearing;
  let totalInterest = 0;
  for (let i = 1; i <= termMonths; i++) {
    const interest = monthInterest(balance, annualRate, rExact);
    const last = i === termMonths;
    const principalPaid = last ? balance + forborne : payment - interest;
    balance = last ? 0 : balance - principalPaid;
    totalInterest += interest;
    rows[i - 1] = {
      no: i,
      date: firstPaymentDate ? addMonths(firstPaymentDate, i - 1) : undefined,
      payment: interest + principalPaid,
      interest,
      principal: principalPaid,
      balance: last ? 0 : balance + forborne,
    };
  }
  return {
    payment,
    forbearance: forborne,
    rows,
    totalInterest,
    totalPaid: totalCents + totalInterest,
  };
}

export function fromCents(c: Cents): Decimal {
  return dollarsOfCents(c);
}

/** A cent amount as a cell value: the double nearest to the exact dollars. */
export function centsToCell(c: Cents): number {
  return c / 100;
}
