import { Cents } from "../verified-rounding";

/**
 * Plain decimal text, the way a tape file writes nearly every number: digits, at most one point,
 * nothing else (no sign, no spaces, no `$`, `,`, `%`, exponent or parentheses). The number readers
 * take such text without making a Decimal; any other text goes through readNumberText, and a
 * property test holds each fast answer to that exact path's.
 */

const POINT = 46;
const ZERO = 48;
const NINE = 57;

/** Most digits before the point that money text may have here: below 10^13 dollars, the money cap. */
const MONEY_WHOLE_DIGITS = 13;
/**
 * Most digits after the point. With at most 13 + 19 = 32 significant digits, the exact path's
 * product by 100 fits the engine's 34 digits, so it is exact and its half-up rounding is decided by
 * the third decimal alone.
 */
const MONEY_FRACTION_DIGITS = 19;

/**
 * Plain money text in whole cents, half-up (ties away from zero, as for any amount); undefined for
 * text that is not plain, or has more digits than this path takes. Exact: integer arithmetic on the
 * digits, below 2^53 (at most 10^15 cents).
 */
export function plainCents(text: string): Cents | undefined {
  const n = text.length;
  let i = 0;
  let whole = 0;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === POINT) break;
    if (c < ZERO || c > NINE) return undefined;
    whole = whole * 10 + (c - ZERO);
  }
  const wholeDigits = i;
  if (wholeDigits > MONEY_WHOLE_DIGITS) return undefined;
  if (i === n) return wholeDigits === 0 ? undefined : whole * 100;
  const fractionDigits = n - i - 1;
  if (fractionDigits > MONEY_FRACTION_DIGITS) return undefined;
  if (wholeDigits === 0 && fractionDigits === 0) return undefined; // "." alone
  let cents = whole * 100;
  for (let k = 1; k <= fractionDigits; k++) {
    const c = text.charCodeAt(i + k);
    if (c < ZERO || c > NINE) return undefined;
    if (k === 1) cents += (c - ZERO) * 10;
    else if (k === 2) cents += c - ZERO;
    else if (k === 3 && c - ZERO >= 5) cents += 1;
  }
  return cents;
}

/**
 * Whether text is plain decimal text (at least one digit, at most one point). Number() of such text
 * is the double nearest its exact value: the same double as the exact path's Decimal gives, which
 * holds the same exact value and is converted with the same correct rounding.
 */
export function isPlainDecimal(text: string): boolean {
  const n = text.length;
  let digits = 0;
  let points = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === POINT) {
      if (++points > 1) return false;
    } else if (c < ZERO || c > NINE) return false;
    else digits++;
  }
  return digits > 0;
}

/** Most digits a plain whole number may have here: every 15-digit number is an exact double. */
const WHOLE_DIGITS = 15;

/** Text of digits only (at most 15) as the whole number it writes; undefined for anything else. */
export function plainWhole(text: string): number | undefined {
  const n = text.length;
  if (n === 0 || n > WHOLE_DIGITS) return undefined;
  let v = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < ZERO || c > NINE) return undefined;
    v = v * 10 + (c - ZERO);
  }
  return v;
}
