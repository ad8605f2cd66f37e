import { D } from "../../money";
import { Cents } from "../../verified-rounding";
import { floorAfterReduction, largestBelowAfterReduction, roundShare } from "../cent-shares";
import { pct, usd } from "../display";
import { LadderRun, Moment } from "./state";

/**
 * The ladder's target (docs/rules/conventions.md, "Payment targets"): a P&I reduced from the
 * pre-modification P&I by more than a share (the largest cent strictly below (1 − share) × pre) or
 * by at least it (the floor to cents), or a housing payment at most a ratio of gross monthly income
 * (target PITIA half-up to cents, less escrow). A rule set may add a housing-ratio limit every step
 * must also pass.
 */
export function setTarget(run: LadderRun): void {
  const f = run.f;
  const t = run.p.target;
  if (t.kind === "reduction") {
    run.pre = t.from === "pre_hardship_pi" ? f.preHardshipPi : f.pi;
    run.target = t.strictly
      ? largestBelowAfterReduction(run.pre, t.share)
      : floorAfterReduction(run.pre, t.share);
    run.sizing = run.target;
  } else {
    run.pre = f.pi;
    run.targetPitia = roundShare(f.gmi!, t.ratio);
    run.target = run.targetPitia - f.escrow;
    // An amount is never sized for a payment below zero.
    run.sizing = Math.max(0, run.target);
  }
  const limit = run.p.housingRatioLimit;
  run.limitApplies = limit !== undefined && (f.monthsDelinquent ?? 0) < limit.belowMonthsDelinquent;
}

/** The housing ratio of a housing-ratio target ("0.31"); "0" for a reduction target. */
export function targetRatio(run: LadderRun): string {
  const t = run.p.target;
  return t.kind === "housing_ratio" ? t.ratio : "0";
}

/** Whether a P&I meets the target (and the housing-ratio limit, where it applies). */
export function meets(run: LadderRun, payment: Cents): boolean {
  if (payment > run.target) return false;
  if (!run.limitApplies) return true;
  const f = run.f;
  return f.gmi
    ? new D(payment + f.escrow).div(f.gmi).lte(run.p.housingRatioLimit!.maxRatio)
    : false;
}

/** "P&I $1,000.00 or less and housing ratio ≤ 40%": the targets a rule set with a housing-ratio limit states. */
export function targetsText(run: LadderRun): string {
  const limit = run.p.housingRatioLimit;
  return `P&I ${usd(run.target)} or less${run.limitApplies && limit ? ` and housing ratio ≤ ${pct(limit.maxRatio, 0)}` : ""}`;
}

/** PITIA as a share of gross monthly income, to hundredths of a percent ("n/a" without income). */
export function housingRatioShown(m: Moment): string {
  const f = m.run.f;
  return f.gmi! > 0 ? pct(new D(m.pi + f.escrow).div(f.gmi!), 2) : "n/a";
}

/** The reduction reached, to hundredths of a percent. */
export function reductionShown(m: Moment): string {
  const pre = m.run.pre;
  return pct(new D(pre - m.pi).div(pre || 1), 2);
}

/** The target P&I as shown. */
export function targetShown(m: Moment): string {
  return usd(m.run.target);
}
