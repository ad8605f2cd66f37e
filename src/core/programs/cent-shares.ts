import Decimal from "decimal.js";
import { D } from "../money";
import { Cents, floorCentsVerified, roundHalfUpCents } from "../verified-rounding";

/**
 * Shares of cent amounts (a cap of 30% of a UPB, a target of 75% of a payment, 31% of an income)
 * without a Decimal computation on the common path: the float product is within a few ulps of the
 * exact one, and verified-rounding sends every value near a rounding boundary to the exact Decimal
 * product, so the cents are the same as Decimal's.
 */

/** ⌊amount × share⌋ in cents, so a cap is never exceeded. */
export function floorShare(amount: Cents, share: Decimal.Value): Cents {
  return floorCentsVerified(amount * Number(share), () => new D(amount).times(share));
}

/** ⌈amount × share⌉ in cents, so a floor is never crossed. */
export function ceilShare(amount: Cents, share: Decimal.Value): Cents {
  return -floorCentsVerified(-amount * Number(share), () => new D(amount).times(share).neg());
}

/** amount × share, half-up to cents. */
export function roundShare(amount: Cents, share: Decimal.Value): Cents {
  return roundHalfUpCents(amount * Number(share), () => new D(amount).times(share));
}

/** ⌊amount × (1 − reduction)⌋ in cents: the payment "at least `reduction` below" amount (programs.md §1). */
export function floorAfterReduction(amount: Cents, reduction: Decimal.Value): Cents {
  return floorCentsVerified(amount * (1 - Number(reduction)), () =>
    new D(amount).times(new D(1).minus(reduction))
  );
}

const paramCache = new Map<string, Cents>();

/** A dollar amount from a rule set's params (text such as "7500") in cents, half-up; parsed once per distinct text. */
export function paramCents(dollars: string): Cents {
  let c = paramCache.get(dollars);
  if (c === undefined) {
    c = new D(dollars).times(100).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();
    paramCache.set(dollars, c);
  }
  return c;
}
