import Decimal from "decimal.js";
import { D } from "../money";
import { ceilShare } from "./cent-shares";
import { Cents } from "../verified-rounding";
import { levelPaymentCents } from "../schedule";
import { maxPrincipalCents } from "../max-principal";

/**
 * Pieces the modifications share: the P&I at a rate and term, the forbearance that reaches a target or
 * an MTMLTV, and the MTMLTV itself.
 */

export function pi(interestBearing: Cents, rate: Decimal | number, term: number): Cents {
  return levelPaymentCents(
    interestBearing,
    typeof rate === "number" ? rate : rate.toNumber(),
    term
  );
}

/**
 * The forbearance that brings the interest-bearing balance down to `ltv` × value, and not below it
 * (the caps of Flex and HAMP): gross − ⌈ltv × value⌉ in cents, never negative.
 */
export function forbearanceToLtv(gross: Cents, value: Cents, ltv: Decimal.Value): Cents {
  return Math.max(0, gross - ceilShare(value, ltv));
}

/** The forbearance (non-interest-bearing principal) that brings the P&I down to `target`. */
export function forbearanceForTarget(
  gross: Cents,
  target: Cents,
  rate: Decimal,
  term: number
): Cents {
  return Math.max(0, gross - maxPrincipalCents(target, rate.toNumber(), term));
}

/** Gross UPB / value, when the value is known and positive. */
export function mtmltvOf(gross: Cents, value: Cents | undefined): Decimal | undefined {
  if (!value || value <= 0) return undefined;
  // A loan's options ask for the same ratio in turn: the last one is kept (a pure function's memo).
  if (gross !== last.gross || value !== last.value) {
    last.gross = gross;
    last.value = value;
    last.ratio = new D(gross).div(value);
  }
  return last.ratio;
}

const last: { gross: number; value: number; ratio?: Decimal } = { gross: NaN, value: NaN };
