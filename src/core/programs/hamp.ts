import { D } from "../money";
import { LoanRecord, requireFields } from "../record";
import { requirePositive } from "./positive-fields";
import { Result, failWith, ok } from "../result";
import { Cents } from "../verified-rounding";
import { HAMP, HampParams } from "../rules/hamp";
import { RuleSet } from "../rules/rule-set";
import { marketRate } from "../market-rate";
import { Evaluation, StepUpPeriod, Trail } from "./evaluation";
import { capitalizableArrears, loanFacts } from "./loan-facts";
import {
  RateLadder,
  forbearanceForTarget,
  modificationResult,
  mtmltvOf,
  pi,
  forbearanceToLtv,
} from "./modification";
import { floorShare, paramDecimal, roundShare } from "./cent-shares";
import { firstPassing } from "./ladder";
import { stepUpSchedule } from "./hamp-step-up";
import { pct, pctOfRatio, usd } from "./display";

const PROGRAM = "HAMP Tier 1 modification";

/**
 * HAMP Tier 1 standard waterfall (programs.md section 4; SD 09-01): target housing payment (PITIA) =
 * 31% of gross monthly income. Capitalize; lower the rate in 0.125% steps to a 2% floor; extend the
 * term to 480 months; forbear principal. The rate and term steps stop at the value whose P&I is
 * closest to the target without going below it (HAMP-A: 4.375%, not 4.25%).
 */
export function hampModification(
  record: LoanRecord,
  rules: RuleSet<HampParams> = HAMP
): Result<Evaluation> {
  const missing = requireFields(
    record,
    [
      "upb",
      "note_rate",
      "remaining_term",
      "pi_payment",
      "escrow_payment",
      "gross_monthly_income",
      "property_value",
    ],
    rules.id
  );
  if (missing.length) return failWith(missing);
  const zero = requirePositive(record, ["property_value"], rules.id);
  if (zero.length) return failWith(zero);
  const f = loanFacts(record);
  const p = rules.params;
  const trail = new Trail(rules.id);
  const gmi = f.gmi!;
  const note = f.noteRate;

  // Eligibility: the pre-modification front-end ratio must exceed 31% (programs.md §4).
  const preDti = gmi > 0 ? new D(f.pi + f.escrow).div(gmi) : undefined;
  const eligible = preDti !== undefined && preDti.gt(paramDecimal(p.targetHousingRatio));
  const preDtiShown = preDti && pctOfRatio(f.pi + f.escrow, gmi, 2, () => preDti);
  trail.add(
    "eligibility: housing ratio",
    preDti ? preDtiShown! : "no income",
    eligible,
    eligible ? "DTI_ABOVE_TARGET" : "DTI_AT_OR_BELOW_TARGET",
    preDti
      ? `P&I ${usd(f.pi)} + escrow ${usd(f.escrow)} is ${preDtiShown!} of income ${usd(gmi)}: ${eligible ? "above" : "not above"} ${pct(p.targetHousingRatio, 0)}`
      : "gross monthly income is 0: the housing ratio cannot be computed"
  );

  // Target PITIA = 31% × GMI, half-up to cents; target P&I = that − escrow (programs.md §1).
  const targetPitia: Cents = roundShare(gmi, p.targetHousingRatio);
  const target = targetPitia - f.escrow;

  const arrears = capitalizableArrears(f);
  const gross = f.upb + arrears;
  const mtmltv = mtmltvOf(gross, f.value);
  let rate = note;
  let term = f.remainingTerm;
  let forbearance = 0;
  let current = pi(gross, rate, term);
  trail.add(
    "capitalize",
    usd(arrears),
    true,
    "CAPITALIZED",
    `capitalized ${usd(arrears)} (late fees ${usd(f.lateFees)} waived): gross UPB ${usd(gross)}; target P&I ${usd(target)} (31% of income ${usd(targetPitia)} less escrow ${usd(f.escrow)})`,
    current
  );

  const cap =
    f.marketRate === undefined
      ? undefined
      : f.marketRateIsPmms
        ? marketRate(f.marketRate, 0, p.capIncrement)
        : f.marketRate;
  const finish = (met: boolean, code: string, reason: string): Result<Evaluation> => {
    let stepUp: StepUpPeriod[] | undefined;
    if (cap !== undefined && rate.lt(cap)) {
      stepUp = stepUpSchedule(
        gross - forbearance,
        rate,
        term,
        cap,
        p.stepUpFixedYears,
        p.stepUpPerYear
      );
      trail.add(
        "step-up",
        pct(cap),
        true,
        "STEP_UP",
        `rate ${pct(rate)} is below the cap ${pct(cap)}: fixed ${p.stepUpFixedYears} years, then up ${pct(p.stepUpPerYear, 0)} a year to ${pct(cap)} (${stepUp.length} payment periods)`,
        stepUp[stepUp.length - 1].pi
      );
    } else if (cap === undefined) {
      trail.add(
        "step-up",
        "no cap",
        true,
        "NO_CAP",
        `market_rate is missing: the interest-rate cap (PMMS rounded to the nearest ${pct(p.capIncrement)}) is unknown, so no step-up schedule is shown`
      );
    }
    return ok(
      modificationResult({
        program: PROGRAM,
        ruleSet: rules,
        facts: f,
        gross,
        mtmltv,
        pre: f.pi,
        terms: { rate, term, forbearance },
        newPi: current,
        eligible,
        targetMet: met,
        offerable: eligible && met,
        reasonCode: code,
        reason,
        steps: trail.steps,
        stepUp,
      })
    );
  };

  if (target <= 0)
    return finish(
      false,
      "ESCROW_ABOVE_TARGET",
      `escrow ${usd(f.escrow)} alone reaches 31% of income ${usd(targetPitia)}: no P&I can meet the target`
    );
  if (current <= target)
    return finish(
      true,
      "TARGET_MET",
      `after capitalization the P&I ${usd(current)} is already at or below the target ${usd(target)}`
    );

  const closest = (step: string, value: string) =>
    finish(
      true,
      "TARGET_MET",
      `${step}: ${value} gives P&I ${usd(current)}, the closest to the target ${usd(target)} without going below`
    );

  // Step 2: rate down in 0.125% steps to the 2% floor; stop at the last step whose P&I is still ≥ target.
  if (note.gt(paramDecimal(p.rateFloor))) {
    const ladder = new RateLadder(note, paramDecimal(p.rateStep), paramDecimal(p.rateFloor));
    const below = firstPassing(1, ladder.steps, (k) => pi(gross, ladder.number(k), term) < target);
    if (below <= ladder.steps) {
      rate = ladder.at(below - 1);
      current = pi(gross, rate, term);
      trail.add(
        "rate",
        pct(rate),
        true,
        "TARGET_MET",
        `rate ${pct(rate)}: P&I ${usd(current)} ≥ target ${usd(target)}; one more step (${pct(ladder.at(below))}) would go below`,
        current
      );
      return closest("rate reduction", pct(rate));
    }
    rate = ladder.at(ladder.steps);
    current = pi(gross, rate, term);
    const exact = current === target;
    trail.add(
      "rate",
      pct(rate),
      exact,
      exact ? "TARGET_MET" : "RATE_AT_FLOOR",
      `rate lowered to the ${pct(p.rateFloor)} floor: P&I ${usd(current)} ${exact ? "equals" : "is still above"} the target ${usd(target)}`,
      current
    );
    if (exact) return closest("rate reduction", pct(rate));
  } else {
    trail.add(
      "rate",
      pct(rate),
      false,
      "RATE_AT_FLOOR",
      `the note rate ${pct(note)} is not above the ${pct(p.rateFloor)} floor`,
      current
    );
  }

  // Step 3: term, month by month up to 480, the same stopping rule.
  if (term >= p.maxTermMonths) {
    trail.add(
      "term",
      `${term} months`,
      false,
      "TERM_AT_MAX",
      `the remaining term ${term} months is already ${p.maxTermMonths} or more: no extension`,
      current
    );
  } else {
    const from = term;
    const below = firstPassing(from + 1, p.maxTermMonths, (n) => pi(gross, rate, n) < target);
    if (below <= p.maxTermMonths) {
      term = below - 1;
      current = pi(gross, rate, term);
      trail.add(
        "term",
        `${term} months`,
        true,
        "TARGET_MET",
        `term ${term} months: P&I ${usd(current)} ≥ target ${usd(target)}; ${below} months would go below`,
        current
      );
      return closest("term extension", `${term} months`);
    }
    term = p.maxTermMonths;
    current = pi(gross, rate, term);
    const exact = current === target;
    trail.add(
      "term",
      `${term} months`,
      exact,
      exact ? "TARGET_MET" : "TERM_AT_MAX",
      `term extended from ${from} to ${term} months: P&I ${usd(current)} ${exact ? "equals" : "is still above"} the target ${usd(target)}`,
      current
    );
    if (exact) return closest("term extension", `${term} months`);
  }

  // Step 4: forbearance to reach the target exactly, at most the greater of 30% of gross UPB and the
  // amount that brings the interest-bearing MTMLTV to 100% (SD 09-01 FAQ).
  const needed = forbearanceForTarget(gross, target, rate, term);
  const toLtv = forbearanceToLtv(gross, f.value!, p.forbearanceToIbMtmltv);
  const limit = Math.max(floorShare(gross, p.forbearanceMaxShareOfUpb), toLtv);
  forbearance = Math.min(needed, limit);
  current = pi(gross - forbearance, rate, term);
  if (current <= target) {
    trail.add(
      "forbearance",
      usd(forbearance),
      true,
      "TARGET_MET",
      `forbore ${usd(forbearance)}: P&I ${usd(current)} reaches the target ${usd(target)}`,
      current
    );
    return finish(
      true,
      "TARGET_MET",
      `principal forbearance of ${usd(forbearance)} brings the P&I to ${usd(current)}, within the target ${usd(target)}`
    );
  }
  trail.add(
    "forbearance",
    usd(forbearance),
    false,
    "FORBEARANCE_CAPPED",
    `forbearance capped at ${usd(limit)} (the greater of ${pct(p.forbearanceMaxShareOfUpb, 0)} of gross UPB and the amount to ${pct(p.forbearanceToIbMtmltv, 0)} MTMLTV): P&I ${usd(current)} is still above the target ${usd(target)}`,
    current
  );
  return finish(
    false,
    "STEPS_EXHAUSTED",
    `every step applied: P&I ${usd(current)} cannot reach the target ${usd(target)}`
  );
}
