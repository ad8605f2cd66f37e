import Decimal from "decimal.js";
import { D } from "./money";
import { Cents, floorCentsVerified } from "./verified-rounding";
import { MAX_MONEY, MAX_MONEY_CENTS, issuesIn, parseMoney, parseMonths, parseRate } from "./input";
import { exactFloorPresentValueCents } from "./annuity-exact";
import { Result, fail, failWith, ok } from "./result";
import { fromCents, paymentFactorApprox } from "./schedule";

/**
 * The agencies' max principal (docs/rules/conventions.md, "Max principal"): what a target payment
 * carries. LM.MAXPRINCIPAL, and every forbearance, principal deferral and partial claim sized to reach
 * a target, use it.
 */

/** The money cap in cents: no principal the engine reports is larger. */
export const MAX_PRINCIPAL_CENTS = MAX_MONEY_CENTS;

/**
 * The principal a target payment carries, the agencies' way (HUD Mortgagee Letter 2009-23): the
 * present value of the target, T·(1 − (1+r)^−n)/r, floored to whole cents. Its payment never
 * exceeds the target (L ≤ PV gives L·f ≤ T). A principal one cent larger may still round to the
 * same payment; it is not used, so the figures agree with the agencies' own.
 *
 * The float quotient T/f decides the floor when it is clear of a whole cent (verified-rounding.ts);
 * otherwise it is decided exactly (annuity-exact.ts). No search: the cost is the same for any
 * amount. A present value above the money cap is returned as MAX_PRINCIPAL_CENTS + 1, "more than
 * any amount": a balance less it is negative (no forbearance needed), and LM.MAXPRINCIPAL reports it.
 */
export function maxPrincipalCents(
  targetCents: Cents,
  annualRate: number,
  termMonths: number
): Cents {
  if (targetCents <= 0) return 0;
  const approx = targetCents / paymentFactorApprox(annualRate, termMonths);
  if (!(approx <= MAX_PRINCIPAL_CENTS * 1.000001)) return MAX_PRINCIPAL_CENTS + 1;
  const pv = floorCentsVerified(
    approx,
    () => new D(exactFloorPresentValueCents(targetCents, annualRate, termMonths))
  );
  return Math.min(pv, MAX_PRINCIPAL_CENTS + 1);
}

/** The principal in cents a target in cents carries, or `NUM` when it is above the money cap. */
export function maxPrincipalWithinCap(
  targetCents: Cents,
  annualRate: number,
  termMonths: number
): Result<Cents> {
  const l = maxPrincipalCents(targetCents, annualRate, termMonths);
  if (l <= MAX_PRINCIPAL_CENTS) return ok(l);
  return fail(
    "NUM",
    `target_payment ${fromCents(targetCents).toFixed(2)} carries a principal above ${MAX_MONEY.toExponential()} dollars at this rate and term`,
    "target_payment",
    targetCents / 100
  );
}

/** The principal a target payment carries (LM.MAXPRINCIPAL): `NUM` when it is above the money cap. */
export function maxPrincipal(
  targetPayment: number,
  annualRate: number,
  termMonths: number
): Result<Decimal> {
  const target = parseMoney(targetPayment, "target_payment");
  const issues = issuesIn(
    target,
    parseRate(annualRate, "annual_rate", { signed: true }),
    parseMonths(termMonths, "term_months")
  );
  if (!target.ok || issues.length) return failWith(issues);
  const l = maxPrincipalWithinCap(target.value, annualRate, termMonths);
  return l.ok ? ok(fromCents(l.value)) : l;
}
