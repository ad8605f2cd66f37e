import Decimal from "decimal.js";
import { D } from "./money";

/** One eighth of a point: the increment of "rounded to the nearest 0.125%" (ML 2013-17; VA Circular 26-17-10). */
export const EIGHTH_POINT = new D("0.00125");

/**
 * Market-rate rounding (docs/rules/conventions.md, "Market-rate rounding"): round to the nearest increment, ties up, then add
 * the add-on (25 bp FHA, 50 bp VA). RATE-1: 6.87% → 6.875%; 6.9375% → 7.000%.
 */
export function marketRate(
  pmms: Decimal.Value,
  addOn: Decimal.Value = 0,
  increment: Decimal.Value = EIGHTH_POINT
): Decimal {
  const inc = param(increment);
  return nearestMultiple(pmms, inc).times(inc).plus(param(addOn));
}

/**
 * pmms / inc rounded to a whole number, ties up. The float quotient (within 4e-16 of the exact one)
 * decides it when it is clear of a half by a relative 1e-9; otherwise, and for any unusual input, the
 * Decimal quotient does.
 */
function nearestMultiple(pmms: Decimal.Value, inc: Decimal): Decimal {
  if (inc.isPositive() && !inc.isZero() && inc.isFinite()) {
    const q = Number(pmms) / inc.toNumber();
    if (q >= 0 && q < 2 ** 50) {
      const whole = Math.floor(q);
      const frac = q - whole;
      if (Math.abs(frac - 0.5) > 1e-9 * q + 1e-7) return new D(frac > 0.5 ? whole + 1 : whole);
    }
  }
  return new D(pmms).div(inc).toDecimalPlaces(0, Decimal.ROUND_HALF_CEIL);
}

const parsed = new Map<string, Decimal>();

/** An argument as a Decimal; the same few texts (rule-set params) are parsed once. */
function param(v: Decimal.Value): Decimal {
  if (typeof v !== "string") return v instanceof D ? v : new D(v);
  let d = parsed.get(v);
  if (d === undefined) {
    d = new D(v);
    if (parsed.size < 100) parsed.set(v, d);
  }
  return d;
}
