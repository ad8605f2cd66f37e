import Decimal from "decimal.js";
import { D } from "./money";

/** One eighth of a point: the increment of "rounded to the nearest 0.125%" (ML 2013-17; VA Circular 26-17-10). */
export const EIGHTH_POINT = new D("0.00125");

/**
 * Market-rate rounding (programs.md section 1): round to the nearest increment, ties up, then add
 * the add-on (25 bp FHA, 50 bp VA). RATE-1: 6.87% → 6.875%; 6.9375% → 7.000%.
 */
export function marketRate(
  pmms: Decimal.Value,
  addOn: Decimal.Value = 0,
  increment: Decimal.Value = EIGHTH_POINT
): Decimal {
  const inc = new D(increment);
  return new D(pmms).div(inc).toDecimalPlaces(0, Decimal.ROUND_HALF_CEIL).times(inc).plus(addOn);
}
