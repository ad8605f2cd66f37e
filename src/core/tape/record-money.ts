import Decimal from "decimal.js";
import { D } from "../money";
import { Cents } from "../verified-rounding";

/**
 * A money field of a loan record in whole cents. The record holds money as dollars in the engine's
 * Decimal or, as integer cents; both read here, so the tape checks and result columns speak cents.
 */
export function moneyCents(value: Decimal | Cents): Cents {
  if (typeof value === "number") return value;
  return new D(value).times(100).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();
}

/** A rate or ratio of a record (a Decimal fraction) as a number. */
export function fraction(value: Decimal | number): number {
  return typeof value === "number" ? value : value.toNumber();
}
