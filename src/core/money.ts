import Decimal from "decimal.js";

/**
 * The engine's own Decimal constructor (docs/rules/conventions.md).
 *
 * A clone, so no other code's `Decimal.config` can change our arithmetic. 34 significant digits
 * (IEEE decimal128) keep every intermediate of a 480-month payment far beyond cent precision;
 * half-up is the rounding every money result uses.
 */
export const D = Decimal.clone({
  precision: 34,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -40,
  toExpPos: 40,
});
export type Dec = Decimal;

export const ZERO = new D(0);
export const ONE = new D(1);
export const TWELVE = new D(12);

/** Money rounded half-up to cents (ties away from zero). */
export function cents(x: Decimal.Value): Decimal {
  return new D(x).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/**
 * Whole cents as a Decimal of dollars. Below 1e15 cents the quotient has at most 15 significant
 * digits, so the double c / 100 reads back as exactly that decimal (its shortest text); larger
 * amounts are divided in Decimal.
 */
export function dollarsOfCents(c: number): Decimal {
  return Math.abs(c) < 1e15 ? new D(c / 100) : new D(c).div(100);
}

/** Money rounded down to cents (toward −∞): used where a result must not exceed a bound. */
export function floorCents(x: Decimal.Value): Decimal {
  return new D(x).toDecimalPlaces(2, Decimal.ROUND_FLOOR);
}

/** Money rounded up to cents (toward +∞). */
export function ceilCents(x: Decimal.Value): Decimal {
  return new D(x).toDecimalPlaces(2, Decimal.ROUND_CEIL);
}

/** A JS number (an Excel cell) as a Decimal: its shortest round-tripping decimal text. */
export function toDecimal(x: Decimal.Value): Decimal {
  return new D(x);
}

/** Monthly rate from an annual rate given as a fraction: r = annual / 12. */
export function monthlyRate(annualRate: Decimal.Value): Decimal {
  return new D(annualRate).div(TWELVE);
}

/** A Decimal amount of money as a cell value: the nearest double to its cents. */
export function centsToNumber(x: Decimal): number {
  return Number(x.toFixed(2, Decimal.ROUND_HALF_UP));
}

/** Largest cent amount strictly below x ("reduce by more than X%", docs/rules/conventions.md). */
export function largestCentBelow(x: Decimal.Value): Decimal {
  const d = new D(x);
  const f = floorCents(d);
  return f.eq(d) ? f.minus("0.01") : f;
}
