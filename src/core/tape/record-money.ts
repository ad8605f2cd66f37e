import Decimal from "decimal.js";
import { Cents, roundHalfUpCents } from "../verified-rounding";

/**
 * A money field of a loan record in whole cents, half-up. The record holds money as dollars in the
 * engine's Decimal or as integer cents; both read here, so the tape checks and result columns speak
 * cents. The float product decides the rounding only when it is clear of a half cent (the proven
 * path of verified-rounding.ts); otherwise the Decimal does.
 */
export function moneyCents(value: Decimal | Cents): Cents {
  if (typeof value === "number") return value;
  return roundHalfUpCents(value.toNumber() * 100, () => value.times(100));
}

/** A rate or ratio of a record (a Decimal fraction) as a number. */
export function fraction(value: Decimal | number): number {
  return typeof value === "number" ? value : value.toNumber();
}
