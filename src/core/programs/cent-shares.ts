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

/**
 * ⌊amount × (1 − reduction)⌋ in cents: the payment "at least `reduction` below" amount
 * (docs/rules/conventions.md).
 */
export function floorAfterReduction(amount: Cents, reduction: Decimal.Value): Cents {
  return floorCentsVerified(amount * (1 - Number(reduction)), () =>
    new D(amount).times(new D(1).minus(reduction))
  );
}

/**
 * The largest whole cent strictly below amount × (1 − reduction): the payment "more than
 * `reduction` below" amount (docs/rules/conventions.md). The floor is verified as in
 * floorAfterReduction; an exact product that is a whole number of cents is itself not below, so the
 * cent under it is taken.
 */
export function largestBelowAfterReduction(amount: Cents, reduction: Decimal.Value): Cents {
  let whole = false;
  const floor = floorCentsVerified(amount * (1 - Number(reduction)), () => {
    const exact = new D(amount).times(new D(1).minus(reduction));
    whole = exact.isInteger();
    return exact;
  });
  return whole ? floor - 1 : floor;
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

const decimalCache = new Map<string, Decimal>();

/** A rule-set param's text ("0.00125") as a Decimal, parsed once per distinct text (Decimals are immutable). */
export function paramDecimal(text: string): Decimal {
  let d = decimalCache.get(text);
  if (d === undefined) {
    d = new D(text);
    decimalCache.set(text, d);
  }
  return d;
}
