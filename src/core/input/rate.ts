import Decimal from "decimal.js";
import { D, ZERO } from "../money";
import { Result, ok } from "../result";
import { isBlank } from "./cell";
import { readNumberText } from "./number-text";
import { isPlainDecimal } from "./plain-decimal";
import { invalid, missing } from "./problem";

export interface RateOptions {
  /**
   * A rate below zero is allowed, down to (not including) −100%, where no payment exists: a
   * payment function's rate may be negative, a loan's note rate may not.
   */
  readonly signed?: boolean;
}

const NOT_A_RATE = "is not a rate (write 0.065 or 6.5%)";

/**
 * A rate as a fraction: a number (0.065), number text ("0.065") or percent text ("6.5%"), or a
 * Decimal. The result is the double whose shortest decimal text is the rate (0.065), which is how the
 * core reads a rate back into decimal; text is exact to 15 significant digits.
 *
 * A bare number above 1 is almost always a percent typed without its sign, so it is refused with a
 * hint (6.5 → "enter 0.065 or 6.5%") rather than read as 650%; percent text above 100% is refused
 * too. Money text (`$`) is not a rate. Blank is `NA`.
 */
export function parseRate(cell: unknown, field: string, options?: RateOptions): Result<number> {
  const signed = options?.signed === true;
  if (typeof cell === "number" && cell <= 1 && (signed ? cell > -1 : cell >= 0))
    return ok(cell === 0 ? 0 : cell);
  if (typeof cell === "string" && isPlainDecimal(cell)) {
    // Plain text below 1 is a rate as it stands (unsigned, so never below zero): the double nearest
    // its value, as the exact path's Decimal converts. At 1 and above, the exact path decides.
    const n = Number(cell);
    if (n < 1) return ok(n === 0 ? 0 : n);
  }
  if (isBlank(cell)) return missing(field, cell);
  let d: Decimal;
  let percentText = false;
  if (typeof cell === "number") {
    if (!Number.isFinite(cell)) return invalid(field, cell, NOT_A_RATE);
    d = new D(cell);
  } else if (typeof cell === "string") {
    const t = readNumberText(cell);
    if (t === undefined || t.currency) return invalid(field, cell, NOT_A_RATE);
    d = t.value;
    percentText = t.percent;
  } else if (Decimal.isDecimal(cell) && (cell as Decimal).isFinite()) {
    d = cell as Decimal;
  } else {
    return invalid(field, cell, NOT_A_RATE);
  }
  if (d.gt(1)) {
    if (percentText) return invalid(field, cell, "is more than 100%");
    return invalid(
      field,
      cell,
      `looks like a percent: enter ${d.div(100).toString()} or ${d.toString()}%`
    );
  }
  if (signed && d.lte(-1)) return invalid(field, cell, "must be above -100%", "NUM");
  if (!signed && d.isNegative() && !d.isZero()) return invalid(field, cell, "cannot be negative");
  const n = d.toNumber();
  return ok(n === 0 ? 0 : n);
}

/** A rate read like parseRate, as a Decimal (its shortest decimal text): for decimal arithmetic. */
export function parseRateDecimal(
  cell: unknown,
  field: string,
  options?: RateOptions
): Result<Decimal> {
  const r = parseRate(cell, field, options);
  return r.ok ? ok(rateDecimal(r.value)) : r;
}

/**
 * A rate's Decimal (its shortest decimal text). A tape holds few distinct rates, so each is made
 * once and shared: Decimals are immutable, and every operation on one makes a new one.
 */
export function rateDecimal(rate: number): Decimal {
  if (rate === 0) return ZERO;
  let d = RATE_DECIMALS.get(rate);
  if (d === undefined) {
    d = new D(rate);
    if (RATE_DECIMALS.size < MAX_RATE_DECIMALS) {
      RATE_DECIMALS.set(rate, d);
      // The Decimal of a double's shortest text converts back to that double.
      rememberNumber(d, rate);
    }
  }
  return d;
}

const RATE_DECIMALS = new Map<number, Decimal>();
/** Rates kept: a tape's note rates, market and modification rates are a few hundred at most. */
const MAX_RATE_DECIMALS = 4096;

/**
 * The double nearest to a Decimal (its `toNumber()`), without converting again a Decimal made once
 * and shared (a rate of the record, a discount rate): those are remembered with their number.
 */
export function rateNumber(d: Decimal): number {
  const n = NUMBERS.get(d);
  return n !== undefined ? n : d.toNumber();
}

/** Remembers a shared Decimal's number; `n` must be `d.toNumber()`. */
export function rememberNumber(d: Decimal, n: number): void {
  if (NUMBERS.size < MAX_NUMBERS) NUMBERS.set(d, n);
}

const NUMBERS = new Map<Decimal, number>();
const MAX_NUMBERS = 8192;
