import Decimal from "decimal.js";
import { rateDecimal } from "../../input";

/**
 * Searches over a program's steps (rate steps, term months). Payments move monotonically along a
 * ladder, so a bisection finds the step a program stops at in a handful of payment evaluations
 * instead of trying every step in turn (a 480-month term ladder takes 9, not 360).
 */

/**
 * The first index in [lo, hi] whose predicate holds, for a predicate that is false then true along
 * the ladder; hi + 1 when it never holds.
 */
export function firstPassing(lo: number, hi: number, passes: (i: number) => boolean): number {
  let a = lo;
  let b = hi + 1;
  while (a < b) {
    const mid = a + Math.floor((b - a) / 2);
    if (passes(mid)) b = mid;
    else a = mid + 1;
  }
  return a;
}

/** Rates in units of 1e-8 (a millionth of a percent) are exact integers for any rate a guide states. */
const RATE_UNITS = 1e8;
/** Below this many units, the float product rate × 1e8 rounds to the exact integer (error under ½). */
const LARGEST_UNITS = 2 ** 51;

/** A rate in exact integer units, when it has at most 8 decimals and is small enough; else undefined. */
function units(rate: Decimal): number | undefined {
  if (rate.decimalPlaces() > 8) return undefined;
  const u = Math.round(rate.toNumber() * RATE_UNITS);
  return Math.abs(u) < LARGEST_UNITS ? u : undefined;
}

/** Units below which a rate has at most 15 significant digits. */
const SHARED_UNITS = 1e15;

function within(a: number, b: number, c: number): boolean {
  return Math.abs(a) < SHARED_UNITS && Math.abs(b) < SHARED_UNITS && Math.abs(c) < SHARED_UNITS;
}

/** ⌈a / b⌉ for whole numbers 0 < a, b < 2^53, exactly (the float quotient corrected by products). */
function ceilQuotient(a: number, b: number): number {
  let q = Math.floor(a / b);
  while (q * b > a) q--;
  while ((q + 1) * b <= a) q++;
  return q * b === a ? q : q + 1;
}

/** The rate ladder from `start` down in `step`s, the last step clamped to `floor`. */
export class RateLadder {
  readonly steps: number;
  private readonly units?: {
    readonly start: number;
    readonly step: number;
    readonly floor: number;
  };

  constructor(
    readonly start: Decimal,
    readonly step: Decimal,
    readonly floor: Decimal
  ) {
    const [a, b, c] = [units(start), units(step), units(floor)];
    if (a !== undefined && b !== undefined && c !== undefined)
      this.units = { start: a, step: b, floor: c };
    const w = this.units;
    this.steps =
      w && w.step > 0
        ? w.start <= w.floor
          ? 0
          : ceilQuotient(w.start - w.floor, w.step)
        : start.lte(floor)
          ? 0
          : start.minus(floor).div(step).ceil().toNumber();
  }

  /**
   * The rate after k steps down (k = 0 is the start). In exact units below 10^15 (15 digits) the
   * rate is the shared Decimal of its number: a decimal of at most 15 significant digits is the
   * shortest text of the double nearest it, so that Decimal has the same value as the subtraction's.
   */
  at(k: number): Decimal {
    const w = this.units;
    if (w !== undefined && within(w.start, w.step * k, w.floor)) return rateDecimal(this.number(k));
    const x = this.start.minus(this.step.times(k));
    return x.lt(this.floor) ? this.floor : x;
  }

  /**
   * The same rate as a number, for the search: exact integer units divided once (a correctly rounded
   * division, so the same double as the Decimal's), without making the Decimal.
   */
  number(k: number): number {
    if (!this.units) return this.at(k).toNumber();
    const { start, step, floor } = this.units;
    return Math.max(start - step * k, floor) / RATE_UNITS;
  }
}
