import { marketRate } from "../../market-rate";
import { Evaluation, StepUpPeriod, withReason } from "../evaluation";
import { stepUpSchedule } from "../hamp-step-up";
import { pct } from "../display";
import { LadderRun, Moment, MomentDetail } from "./state";
import { LadderEvent, Sentence } from "./wording";

/**
 * Ends the ladder: the step-up schedule where the rule set has one, then the result fields
 * (docs/functions.md) from the terms reached, the reason made from the moment when first read.
 * `offerable` overrides the rule set's test (the standalone partial claim is always offerable).
 */
export function finish(
  run: LadderRun,
  met: boolean,
  code: string,
  event: LadderEvent,
  detail: MomentDetail = {},
  offerable?: boolean
): Evaluation {
  const f = run.f;
  const p = run.p;
  const stepUp = p.stepUp ? addStepUp(run) : undefined;
  const newPi = run.current;
  const newPitia = newPi + f.escrow;
  const pre = run.pre;
  const claim = p.partialClaimMaxShareOfDefaultUpb !== undefined;
  return withReason(
    {
      program: run.program,
      ruleSet: run.rules.id,
      ruleSetVersion: run.rules.version,
      eligible: run.eligible,
      targetMet: met,
      offerable:
        offerable ??
        (p.offerable === "payment_not_above_pre"
          ? newPi <= pre
          : p.offerable === "eligible_and_met"
            ? run.eligible && met
            : met || newPi <= pre),
      capitalizedUpb: run.gross,
      newRate: run.rate,
      newTerm: run.term,
      forbearance: run.forbearance,
      interestBearingUpb: run.interestBearing,
      partialClaim: claim ? run.toClaim + run.deferred : undefined,
      newPi,
      newPitia,
      reasonCode: code,
      steps: run.trail.steps,
    },
    run.say(event),
    new Moment(run, detail),
    { principal: run.mtmltvPrincipal, value: f.value, pre, gmi: f.gmi, stepUp }
  );
}

/**
 * The HAMP step-up (docs/rules/hamp.md): a rate below the interest-rate cap (the market rate, or
 * PMMS rounded to the nearest increment) rises after the fixed years; said in the trail, with the
 * schedule. Without a market rate the cap is unknown, and the trail says so.
 */
function addStepUp(run: LadderRun): (() => readonly StepUpPeriod[]) | undefined {
  const f = run.f;
  const s = run.p.stepUp!;
  const cap =
    f.marketRate === undefined
      ? undefined
      : f.marketRateIsPmms
        ? marketRate(f.marketRate, 0, s.capIncrement)
        : f.marketRate;
  if (cap === undefined) {
    run.note("step_up", () => "no cap", true, "NO_CAP", "step_up_no_cap", undefined);
    return undefined;
  }
  if (!run.rate.lt(cap)) return undefined;
  // The schedule re-amortizes month by month: made when the result or the trail is read.
  const principal = run.interestBearing;
  const { rate, term } = run;
  let periods: readonly StepUpPeriod[] | undefined;
  const schedule = () =>
    (periods ??= stepUpSchedule(principal, rate, term, cap, s.fixedYears, s.perYear));
  run.stepUpCap = cap;
  run.stepUpSchedule = schedule;
  const show = (m: Moment) => pct(m.run.stepUpCap!);
  const last = () => schedule()[schedule().length - 1].pi;
  run.note("step_up", show, true, "STEP_UP", "step_up", last);
  return schedule;
}

export const STEP_UP_SENTENCES = {
  step_up: (m) => {
    const s = m.run.p.stepUp!;
    const cap = pct(m.run.stepUpCap!);
    return `rate ${pct(m.rate)} is below the cap ${cap}: fixed ${s.fixedYears} years, then up ${pct(s.perYear, 0)} a year to ${cap} (${m.run.stepUpSchedule!().length} payment periods)`;
  },
  step_up_no_cap: (m) =>
    `market_rate is missing: the interest-rate cap (PMMS rounded to the nearest ${pct(m.run.p.stepUp!.capIncrement)}) is unknown, so no step-up schedule is shown`,
} satisfies Record<string, Sentence>;
