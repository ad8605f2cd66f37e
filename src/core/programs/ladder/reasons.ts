import { TermStep } from "../../rules/ladder";
import { pct, usd } from "../display";
import { Moment, StepKind } from "./state";
import { Sentence } from "./wording";
import { housingRatioShown, reductionShown, targetsText } from "./targets";

/**
 * The evaluation's reason when the ladder ends: the step that met the target, or every step applied
 * short of it, said the way the target is stated (a reduction "more than" or "at least" a share, a
 * housing ratio of income, or targets with a housing-ratio limit).
 */

const STAGES: { readonly [K in StepKind]?: string } = {
  capitalize: "capitalization",
  modify: "modification",
  rate: "rate reduction",
  forbearance: "principal forbearance",
  partial_claim: "principal deferral",
};

/** How the reason names the step that met the target: the program's name for it, else the ladder's. */
export function stageName(m: Moment): string {
  const stage = m.detail.stage!;
  const own = m.run.words.stageNames?.[stage];
  if (own !== undefined) return own;
  if (stage === "term")
    return (m.step as TermStep).search === "straight" ? `${m.term}-month term` : "term extension";
  return STAGES[stage] ?? stage;
}

export const REASON_SENTENCES = {
  met: (m) => {
    const r = m.run;
    const t = r.p.target;
    if (r.p.housingRatioLimit)
      return `${stageName(m)}: P&I ${usd(m.pi)} meets the targets (${targetsText(r)})`;
    if (t.kind === "housing_ratio")
      return `${stageName(m)}: PITIA ${usd(m.pi + r.f.escrow)} is ${housingRatioShown(m)} of gross monthly income, at most ${pct(t.ratio, 0)} (P&I ${usd(m.pi)}, target ${usd(r.target)})`;
    const claim = r.p.partialClaimMaxShareOfDefaultUpb
      ? `; partial claim ${usd(r.toClaim + m.deferred)}`
      : "";
    return `${stageName(m)}: P&I ${usd(m.pi)} is ${t.strictly ? "more than" : "at least"} ${pct(t.share, 0)} below ${preName(m)} (target ${usd(r.target)} or less)${claim}`;
  },
  exhausted: (m) => {
    const r = m.run;
    const t = r.p.target;
    if (r.p.housingRatioLimit)
      return `every step applied: P&I ${usd(m.pi)} does not meet the targets (${targetsText(r)})`;
    if (t.kind === "housing_ratio")
      return `every step applied: PITIA ${usd(m.pi + r.f.escrow)} is ${housingRatioShown(m)} of gross monthly income, above ${pct(t.ratio, 0)} (P&I ${usd(m.pi)}, target ${usd(r.target)})`;
    const short = t.strictly
      ? `not more than ${pct(t.share, 0)}`
      : `short of ${pct(t.share, 0)} (target ${usd(r.target)})`;
    return `every step applied: P&I ${usd(m.pi)} is ${reductionShown(m)} below ${preName(m)}, ${short}`;
  },
} satisfies Record<string, Sentence>;

/** "$1,500.00", or "the pre-hardship $1,500.00" when the reduction is from the pre-hardship P&I. */
function preName(m: Moment): string {
  const t = m.run.p.target;
  const pre = usd(m.run.pre);
  return t.kind === "reduction" && t.from === "pre_hardship_pi" ? `the pre-hardship ${pre}` : pre;
}
