import Decimal from "decimal.js";
import { D, ZERO } from "./money";
import { Result, fail, ok } from "./result";

/**
 * Debt-to-income and loan-to-value ratios (docs/rules/conventions.md, "Ratios" and "MTMLTV":
 * full-precision fractions, never rounded in the engine).
 */

/**
 * The monthly housing expense counted by HAMP and VA (PITIA): principal and interest, property
 * taxes, hazard and flood insurance, and condominium/HOA dues. Mortgage insurance and subordinate
 * liens are not part of it (MHA Handbook ch. II §6; VA Circular 26-17-10 §3, M26-4 §5.08).
 */
export interface HousingExpense {
  readonly pi: Decimal.Value;
  readonly taxes?: Decimal.Value;
  readonly insurance?: Decimal.Value;
  readonly hoa?: Decimal.Value;
}

export function housingPayment(h: HousingExpense): Decimal {
  return new D(h.pi)
    .plus(h.taxes ?? 0)
    .plus(h.insurance ?? 0)
    .plus(h.hoa ?? 0);
}

function ratio(numerator: Decimal, denominator: Decimal.Value, field: string): Result<Decimal> {
  const d = new D(denominator);
  if (d.isNegative()) return fail("VALUE", `${field} cannot be negative`, field, d.toNumber());
  if (d.isZero()) return fail("DIV0", `${field} is 0`, field, 0);
  return ok(numerator.div(d));
}

/** Front-end (housing) ratio: housing payment / gross monthly income. */
export function frontEndDti(
  grossMonthlyIncome: Decimal.Value,
  housing: HousingExpense
): Result<Decimal> {
  return ratio(housingPayment(housing), grossMonthlyIncome, "gross_monthly_income");
}

/** Back-end ratio: all monthly debts (housing included) / gross monthly income. */
export function backEndDti(
  grossMonthlyIncome: Decimal.Value,
  monthlyDebts: readonly Decimal.Value[]
): Result<Decimal> {
  const total = monthlyDebts.reduce<Decimal>((s, d) => s.plus(d), ZERO);
  return ratio(total, grossMonthlyIncome, "gross_monthly_income");
}

/** Loan-to-value: balance / value. With a current value and the gross post-capitalization UPB it is the MTMLTV. */
export function ltv(balance: Decimal.Value, value: Decimal.Value): Result<Decimal> {
  return ratio(new D(balance), value, "value");
}
