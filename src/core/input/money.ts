import Decimal from "decimal.js";
import { D, dollarsOfCents } from "../money";
import { Result, ok } from "../result";
import { Cents, roundHalfUpCents } from "../verified-rounding";
import { isBlank } from "./cell";
import { readNumberText } from "./number-text";
import { plainCents } from "./plain-decimal";
import { invalid, missing } from "./problem";

/**
 * Money: read once, at the edge, into whole cents (safe integers), the one representation the core
 * computes with. Dollars appear again only where a result leaves the core (a cell, a message).
 */

/** Ten trillion dollars: past any loan or portfolio amount. */
export const MAX_MONEY = 1e13;
/** MAX_MONEY in cents, 1e15: below 2^53, so every amount and the sum of a few stay exact integers. */
export const MAX_MONEY_CENTS = 1e15;

/**
 * Dollars given as a JS number, in whole cents, half-up (ties away from zero). The number stands for
 * its shortest decimal text (what Excel shows and decimal.js reads), so 1.005 is 1.01.
 *
 * Float path, proven: `dollars × 100` in float is within 2^-52 relative of that decimal times 100 (one
 * rounding of the product plus the number's own distance to its decimal text), far inside the 1e-13
 * relative error roundHalfUpCents allows; so a product clear of the half cent by roundHalfUpCents's
 * margin rounds the same way as the decimal, and any product nearer a tie (every exact tie among
 * them) is decided in decimal.
 */
export function centsOfNumber(dollars: number): Cents {
  exactDollars = dollars;
  const c = roundHalfUpCents(dollars * 100, exactCents);
  return c === 0 ? 0 : c;
}

/** The decimal path of centsOfNumber, made once rather than a closure per amount (read synchronously). */
let exactDollars = 0;
const exactCents = () => new D(exactDollars).times(100);

/** A Decimal amount of dollars in whole cents, half-up. */
export function centsOfDecimal(dollars: Decimal): Cents {
  const c = dollars.times(100).toDecimalPlaces(0, D.ROUND_HALF_UP).toNumber();
  return c === 0 ? 0 : c;
}

export interface MoneyOptions {
  /** Amounts below zero are allowed (net proceeds can be); otherwise a negative amount is refused. */
  readonly signed?: boolean;
}

const NOT_MONEY = "is not an amount of money (write 1250.50 or $1,250.50)";
const TOO_LARGE = "is larger than 10 trillion dollars";
const BEYOND = "is beyond ±10 trillion dollars";

/**
 * Dollars from a number, money text (`1,250.50`, `$1,250.50`, `(1,250.50)` for a negative) or a
 * Decimal, in whole cents half-up. Blank is `NA`; percent text, booleans and other text are `VALUE`;
 * a negative amount is `VALUE` unless `signed`; beyond 10 trillion dollars is `NUM`.
 */
export function parseMoney(cell: unknown, field: string, options?: MoneyOptions): Result<Cents> {
  const signed = options?.signed === true;
  if (typeof cell === "number") {
    if (!Number.isFinite(cell)) return invalid(field, cell, NOT_MONEY);
    if (cell < 0 && !signed) return invalid(field, cell, "cannot be negative");
    if (Math.abs(cell) > MAX_MONEY) return invalid(field, cell, signed ? BEYOND : TOO_LARGE, "NUM");
    return ok(centsOfNumber(cell));
  }
  if (typeof cell === "string") {
    // Plain text (digits and a point, as a tape writes amounts): read to the cent without a Decimal.
    const plain = plainCents(cell);
    if (plain !== undefined) return ok(plain);
  }
  if (isBlank(cell)) return missing(field, cell);
  let d: Decimal;
  if (typeof cell === "string") {
    const t = readNumberText(cell);
    if (t === undefined) return invalid(field, cell, NOT_MONEY);
    if (t.percent) return invalid(field, cell, "is a percent, not an amount of money");
    d = t.value;
  } else if (Decimal.isDecimal(cell) && (cell as Decimal).isFinite()) {
    d = new D(cell as Decimal); // read into the engine's own precision (another clone may have less)
  } else {
    return invalid(field, cell, NOT_MONEY);
  }
  if (d.isNegative() && !d.isZero() && !signed) return invalid(field, cell, "cannot be negative");
  if (d.abs().gt(MAX_MONEY)) return invalid(field, cell, signed ? BEYOND : TOO_LARGE, "NUM");
  return ok(centsOfDecimal(d));
}

/**
 * An amount already in whole cents (the core's own form, as another part of the core passes it):
 * a safe integer, not negative unless `signed`, within MAX_MONEY_CENTS. Blank is `NA`.
 */
export function parseCents(value: unknown, field: string, options?: MoneyOptions): Result<Cents> {
  if (typeof value === "number" && Number.isSafeInteger(value)) {
    if (value < 0 && options?.signed !== true) return invalid(field, value, "cannot be negative");
    if (Math.abs(value) > MAX_MONEY_CENTS) return invalid(field, value, TOO_LARGE, "NUM");
    return ok(value === 0 ? 0 : value);
  }
  if (isBlank(value)) return missing(field, value);
  return invalid(field, value, "is not a whole number of cents");
}

/**
 * Money read like parseMoney (to the cent), as a Decimal of dollars: for the few computations done in
 * decimal dollars (income, refinance), which take their amounts already rounded to the cent.
 */
export function parseMoneyDecimal(
  cell: unknown,
  field: string,
  options?: MoneyOptions
): Result<Decimal> {
  const c = parseMoney(cell, field, options);
  return c.ok ? ok(dollarsOfCents(c.value)) : c;
}
