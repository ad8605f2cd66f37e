import Decimal from "decimal.js";
import { isPlainDecimal } from "../input/plain-decimal";
import { Cents } from "../verified-rounding";

/**
 * A share written as plain decimal text ("0.3", "0.75", "1.2"), as an exact fraction: units /
 * scale, scale = 10^places. With it, a share of a whole-cent amount is whole-number arithmetic,
 * exact while every product stays below 2^52 (far below the 2^53 where doubles stop holding every
 * integer), so no rounding needs deciding: the cents are the Decimal product's, rounded the same way.
 */
export interface ShareFraction {
  readonly units: number;
  readonly scale: number;
}

/** Most digits a share's text may have here: its units are then an exact integer. */
const SHARE_DIGITS = 15;
/** Products stay below this, so a quotient's check products (q × scale, (q + 1) × scale) are exact too. */
const EXACT_LIMIT = 2 ** 52;

const FRACTIONS = new Map<string, ShareFraction | null>();
/** Distinct share texts kept: a rule set has a few dozen. */
const MAX_FRACTIONS = 1024;

/** The exact fraction of a share given as plain decimal text; undefined for any other share. */
export function shareFraction(share: Decimal.Value): ShareFraction | undefined {
  if (typeof share !== "string") return undefined;
  let f = FRACTIONS.get(share);
  if (f === undefined) {
    f = readFraction(share);
    if (FRACTIONS.size < MAX_FRACTIONS) FRACTIONS.set(share, f);
  }
  return f ?? undefined;
}

function readFraction(text: string): ShareFraction | null {
  if (!isPlainDecimal(text)) return null;
  const digits = text.replace(".", "");
  if (digits.length > SHARE_DIGITS) return null;
  const point = text.indexOf(".");
  const places = point < 0 ? 0 : text.length - point - 1;
  return { units: Number(digits), scale: 10 ** places };
}

/**
 * amount × units exactly, when the amount is a whole number of cents and the product is below the
 * exact limit in magnitude; undefined otherwise (the caller then takes its verified float path). A
 * float product below the limit is the exact one: the exact product, a whole number below the limit,
 * is a double, and a product at or above it could not round to less.
 */
export function exactProduct(amount: Cents, f: ShareFraction | undefined): number | undefined {
  if (f === undefined || !Number.isInteger(amount)) return undefined;
  const p = amount * f.units;
  return Math.abs(p) < EXACT_LIMIT && f.scale < EXACT_LIMIT ? p : undefined;
}

/** ⌊p / scale⌋ for whole numbers |p|, scale < 2^52: the float quotient, corrected by exact products. */
export function exactFloor(p: number, scale: number): number {
  let q = Math.floor(p / scale);
  while (q * scale > p) q--;
  while ((q + 1) * scale <= p) q++;
  return q;
}
