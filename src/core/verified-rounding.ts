import Decimal from "decimal.js";

/**
 * Rounding to whole cents with a float fast path that is proven, not hoped, to agree with decimal.
 *
 * docs/rules/conventions.md ("Exactness"): a float only where it is proven to give the same cents.
 * Every caller computes its value in cents with a closed form whose relative error is below 1e-13
 * (a handful of correctly rounded operations; `Math.log1p`/`Math.expm1` for powers). A value whose
 * distance from the nearest half-cent exceeds RELATIVE_MARGIN (1e-9, four orders above that error)
 * therefore rounds the same way in float and in exact arithmetic. Anything closer, including every
 * exact tie, goes to the caller's decimal computation. Results are safe-integer cents.
 */
const RELATIVE_MARGIN = 1e-9;
const ABSOLUTE_MARGIN = 1e-7;
/** Beyond 2^50 cents a double no longer resolves fractions of a cent well enough to decide. */
const LARGEST_FAST = 2 ** 50;

/** Integer cents, exact: a safe integer count of cents. */
export type Cents = number;

/**
 * Half-up (ties away from zero) rounding of `approxCents` when the float value decides it;
 * otherwise `exact()` (a Decimal amount in cents) is rounded instead.
 */
export function roundHalfUpCents(approxCents: number, exact: () => Decimal): Cents {
  const a = Math.abs(approxCents);
  if (a < LARGEST_FAST) {
    const whole = Math.floor(a);
    const frac = a - whole;
    if (Math.abs(frac - 0.5) > RELATIVE_MARGIN * a + ABSOLUTE_MARGIN) {
      const r = frac > 0.5 ? whole + 1 : whole;
      return approxCents < 0 && r !== 0 ? -r : r;
    }
  }
  return exact().toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();
}

/** Floor (toward −∞) of a value in cents, with the same proof obligation and fallback. */
export function floorCentsVerified(approxCents: number, exact: () => Decimal): Cents {
  if (Math.abs(approxCents) < LARGEST_FAST) {
    const whole = Math.floor(approxCents);
    const frac = approxCents - whole;
    const margin = RELATIVE_MARGIN * Math.abs(approxCents) + ABSOLUTE_MARGIN;
    if (frac > margin && 1 - frac > margin) return whole;
  }
  return exact().toDecimalPlaces(0, Decimal.ROUND_FLOOR).toNumber();
}

/**
 * Half-up rounding of a float sum whose terms are each accurate to 1e-13 relative but may cancel:
 * its error is bounded by the terms' total magnitude `magnitudeCents`, not by the sum itself, so the
 * margin is taken from that bound (1e-11 of it: a hundred times the terms' error). The cents when
 * the float sum decides them, else undefined: the caller then rounds its exact value.
 */
export function decidedHalfUpCentsOfSum(
  approxCents: number,
  magnitudeCents: number
): Cents | undefined {
  const a = Math.abs(approxCents);
  if (magnitudeCents < LARGEST_FAST && Number.isFinite(approxCents)) {
    const whole = Math.floor(a);
    const frac = a - whole;
    if (Math.abs(frac - 0.5) > SUM_RELATIVE_MARGIN * magnitudeCents + ABSOLUTE_MARGIN) {
      const r = frac > 0.5 ? whole + 1 : whole;
      return approxCents < 0 && r !== 0 ? -r : r;
    }
  }
  return undefined;
}

const SUM_RELATIVE_MARGIN = 1e-11;
