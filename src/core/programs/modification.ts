import Decimal from "decimal.js";
import { D } from "../money";
import { ceilShare } from "./cent-shares";
import { Cents } from "../verified-rounding";
import { levelPaymentCents, maxPrincipalCents } from "../schedule";
import { LoanFacts } from "./loan-facts";
import { AuditStep, Evaluation, StepUpPeriod } from "./evaluation";

/**
 * Pieces every modification waterfall shares: the P&I at a rate and term, rate ladders, the
 * forbearance that reaches a target, and the result fields.
 */

export function pi(interestBearing: Cents, rate: Decimal | number, term: number): Cents {
  return levelPaymentCents(
    interestBearing,
    typeof rate === "number" ? rate : rate.toNumber(),
    term
  );
}

/** Rates in units of 1e-8 (a millionth of a percent) are exact integers for any rate a guide states. */
const RATE_UNITS = 1e8;
const LARGEST_UNITS = new D(2 ** 52);

/** ⌈a / b⌉ for whole numbers 0 < a, b < 2^53, exactly (the float quotient corrected by products). */
function ceilQuotient(a: number, b: number): number {
  let q = Math.floor(a / b);
  while (q * b > a) q--;
  while ((q + 1) * b <= a) q++;
  return q * b === a ? q : q + 1;
}

/** The rate ladder from `start` down in `step`s, the last step clamped to `floor`. */
export class RateLadder {
  readonly steps: number;
  private readonly units?: {
    readonly start: number;
    readonly step: number;
    readonly floor: number;
  };
  private readonly made = new Map<number, Decimal>();

  constructor(
    readonly start: Decimal,
    readonly step: Decimal,
    readonly floor: Decimal
  ) {
    const u = [start, step, floor].map((d) => d.times(RATE_UNITS));
    if (u.every((x) => x.isInteger() && x.abs().lt(LARGEST_UNITS)))
      this.units = { start: u[0].toNumber(), step: u[1].toNumber(), floor: u[2].toNumber() };
    const w = this.units;
    this.steps =
      w && w.step > 0
        ? w.start <= w.floor
          ? 0
          : ceilQuotient(w.start - w.floor, w.step)
        : start.lte(floor)
          ? 0
          : start.minus(floor).div(step).ceil().toNumber();
  }

  /** The rate after k steps down (k = 0 is the start), one Decimal per step. */
  at(k: number): Decimal {
    let r = this.made.get(k);
    if (!r) {
      const x = this.start.minus(this.step.times(k));
      r = x.lt(this.floor) ? this.floor : x;
      this.made.set(k, r);
    }
    return r;
  }

  /**
   * The same rate as a number, for the search: exact integer units divided once (a correctly rounded
   * division, so the same double as the Decimal's), without making the Decimal.
   */
  number(k: number): number {
    if (!this.units) return this.at(k).toNumber();
    const { start, step, floor } = this.units;
    return Math.max(start - step * k, floor) / RATE_UNITS;
  }
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

export interface ModTerms {
  readonly rate: Decimal;
  readonly term: number;
  readonly forbearance: Cents;
  readonly partialClaim?: Cents;
}

export interface ModOutcome {
  readonly program: string;
  readonly ruleSet: { readonly id: string; readonly version: string };
  readonly facts: LoanFacts;
  readonly gross: Cents;
  readonly mtmltv?: Decimal;
  /** The P&I the reduction is measured against. */
  readonly pre: Cents;
  readonly terms: ModTerms;
  /** Principal deferred outside the first lien (a partial claim) rather than forborne in it. */
  readonly deferredToClaim?: Cents;
  readonly newPi: Cents;
  readonly eligible: boolean;
  readonly targetMet: boolean;
  readonly offerable: boolean;
  readonly reasonCode: string;
  readonly reason: string;
  readonly steps: readonly AuditStep[];
  readonly stepUp?: readonly StepUpPeriod[];
}

/** The result fields of a modification (functions.md), derived from its terms. */
export function modificationResult(o: ModOutcome): Evaluation {
  const f = o.facts;
  const deferred = o.deferredToClaim ?? 0;
  const interestBearing = o.gross - o.terms.forbearance - deferred;
  const newPitia = o.newPi + f.escrow;
  return {
    program: o.program,
    ruleSet: o.ruleSet.id,
    ruleSetVersion: o.ruleSet.version,
    eligible: o.eligible,
    targetMet: o.targetMet,
    offerable: o.offerable,
    capitalizedUpb: o.gross,
    mtmltv: o.mtmltv,
    newRate: o.terms.rate,
    newTerm: o.terms.term,
    forbearance: o.terms.forbearance,
    interestBearingUpb: interestBearing,
    partialClaim: o.terms.partialClaim,
    newPi: o.newPi,
    newPitia,
    piReduction: o.pre > 0 ? new D(o.pre - o.newPi).div(o.pre) : undefined,
    dtiAfter: f.gmi ? new D(newPitia).div(f.gmi) : undefined,
    reasonCode: o.reasonCode,
    reason: o.reason,
    steps: o.steps,
    stepUp: o.stepUp,
  };
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
