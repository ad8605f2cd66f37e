import Decimal from "decimal.js";
import { D } from "../money";
import { Cents, floorCentsVerified, roundHalfUpCents } from "../verified-rounding";
import { ShareFraction, exactFloor, exactProduct, shareFraction } from "./share-fraction";

/**
 * Shares of cent amounts (a cap of 30% of a UPB, a target of 75% of a payment, 31% of an income)
 * without a Decimal computation. A share written as plain decimal text (as the rule sets write
 * them) is an exact fraction, units / 10^places: the product and its rounding are then whole-number
 * arithmetic, exact (share-fraction.ts). Otherwise the float product is within a few ulps of the
 * exact one, and verified-rounding sends every value near a rounding boundary to the exact Decimal
 * product. Either way the cents are the same as Decimal's.
 */

/** ⌊amount × share⌋ in cents, so a cap is never exceeded. */
export function floorShare(amount: Cents, share: Decimal.Value): Cents {
  const p = exactProduct(amount, shareFraction(share));
  if (p !== undefined) return exactFloor(p, fractionOf(share).scale);
  return floorCentsVerified(amount * Number(share), () => new D(amount).times(share));
}

/** ⌈amount × share⌉ in cents, so a floor is never crossed. */
export function ceilShare(amount: Cents, share: Decimal.Value): Cents {
  const p = exactProduct(amount, shareFraction(share));
  if (p !== undefined) return -exactFloor(-p, fractionOf(share).scale);
  return -floorCentsVerified(-amount * Number(share), () => new D(amount).times(share).neg());
}

/** amount × share, half-up to cents. */
export function roundShare(amount: Cents, share: Decimal.Value): Cents {
  const p = exactProduct(amount, shareFraction(share));
  if (p !== undefined) {
    // Half-up, ties away from zero: the magnitude's floor, plus one from half a unit on.
    const scale = fractionOf(share).scale;
    const a = Math.abs(p);
    const q = exactFloor(a, scale);
    const r = 2 * (a - q * scale) >= scale ? q + 1 : q;
    return p < 0 && r !== 0 ? -r : r;
  }
  return roundHalfUpCents(amount * Number(share), () => new D(amount).times(share));
}

/**
 * ⌊amount × (1 − reduction)⌋ in cents: the payment "at least `reduction` below" amount
 * (docs/rules/conventions.md).
 */
export function floorAfterReduction(amount: Cents, reduction: Decimal.Value): Cents {
  const f = shareFraction(reduction);
  const p = f && exactProduct(amount, complement(f));
  if (p !== undefined) return exactFloor(p, f!.scale);
  return floorCentsVerified(amount * (1 - Number(reduction)), () =>
    new D(amount).times(new D(1).minus(reduction))
  );
}

/** 1 − share as a fraction of the same scale. */
function complement(f: ShareFraction): ShareFraction {
  return { units: f.scale - f.units, scale: f.scale };
}

/** The fraction of a share already known to have one. */
function fractionOf(share: Decimal.Value): ShareFraction {
  return shareFraction(share)!;
}

/**
 * The largest whole cent strictly below amount × (1 − reduction): the payment "more than
 * `reduction` below" amount (docs/rules/conventions.md). The floor is verified as in
 * floorAfterReduction; an exact product that is a whole number of cents is itself not below, so the
 * cent under it is taken.
 */
export function largestBelowAfterReduction(amount: Cents, reduction: Decimal.Value): Cents {
  const f = shareFraction(reduction);
  const p = f && exactProduct(amount, complement(f));
  if (p !== undefined) {
    const floor = exactFloor(p, f!.scale);
    return floor * f!.scale === p ? floor - 1 : floor;
  }
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
