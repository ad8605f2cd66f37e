import { D } from "../money";
import { LoanRecord, requireFields } from "../record";
import { requirePositive } from "./positive-fields";
import { Result, failWith, ok } from "../result";
import { Cents } from "../verified-rounding";
import { FLEX_2024, FlexParams } from "../rules/flex-2024";
import { RuleSet } from "../rules/rule-set";
import { Evaluation, Trail } from "./evaluation";
import { capitalizableArrears, loanFacts } from "./loan-facts";
import {
  RateLadder,
  forbearanceForTarget,
  modificationResult,
  mtmltvOf,
  pi,
  forbearanceToLtv,
} from "./modification";
import { floorShare, largestBelowAfterReduction, paramDecimal } from "./cent-shares";
import { firstPassing } from "./ladder";
import { gseModificationEligibility } from "./gse-eligibility";
import { pct, pctOfRatio, usd } from "./display";

const PROGRAM = "GSE Flex Modification";

/**
 * GSE Flex Modification, FLEX-2024 (programs.md section 3; Fannie Mae D2-3.2-06 / F-1-27, Freddie
 * Mac Bulletin 2024-E): capitalize, then lower the rate, extend the term, and forbear principal, in
 * that order, stopping at the first step that reduces the P&I by more than 20%.
 */
export function flexModification2024(
  record: LoanRecord,
  rules: RuleSet<FlexParams> = FLEX_2024
): Result<Evaluation> {
  const missing = requireFields(
    record,
    ["upb", "note_rate", "remaining_term", "pi_payment", "property_value", "mod_rate"],
    rules.id
  );
  if (missing.length) return failWith(missing);
  const zero = requirePositive(record, ["property_value"], rules.id);
  if (zero.length) return failWith(zero);
  const f = loanFacts(record);
  const p = rules.params;
  const trail = new Trail(rules.id);
  const eligible = gseModificationEligibility(f, p, trail);

  const pre = f.pi;
  // "Reduce by more than 20%": the largest cent amount strictly below 80% of the pre-mod P&I (programs.md §1).
  const target: Cents = largestBelowAfterReduction(pre, p.targetReduction);
  const mir = f.modRate!;
  const note = f.noteRate;

  // Step 1: capitalize (D2-3.2-06; programs.md §2).
  const arrears = capitalizableArrears(f);
  const gross = f.upb + arrears;
  const mtmltv = mtmltvOf(gross, f.value)!;
  const mtmltvShown = pctOfRatio(gross, f.value!, 2, () => mtmltv);
  let rate = note;
  let term = f.remainingTerm;
  let forbearance = 0;
  let current = pi(gross, rate, term);
  trail.add(
    "capitalize",
    usd(arrears),
    true,
    "CAPITALIZED",
    `capitalized ${usd(arrears)} of arrears (late fees ${usd(f.lateFees)} waived): gross UPB ${usd(gross)}, MTMLTV ${mtmltvShown}`,
    current
  );

  const finish = (met: boolean, code: string, reason: string): Result<Evaluation> =>
    ok(
      modificationResult({
        program: PROGRAM,
        ruleSet: rules,
        facts: f,
        gross,
        mtmltv,
        pre,
        terms: { rate, term, forbearance },
        newPi: current,
        eligible,
        targetMet: met,
        offerable: current <= pre,
        reasonCode: code,
        reason,
        steps: trail.steps,
      })
    );
  const met = (step: string) =>
    finish(
      true,
      "TARGET_MET",
      `${step}: P&I ${usd(current)} is more than ${pct(p.targetReduction, 0)} below ${usd(pre)} (target ${usd(target)} or less)`
    );

  if (current <= target) return met("capitalization");

  // Step 2: rate, only when MTMLTV ≥ 50% and the note rate is above the MIR; 0.125% steps, never below the MIR, never up.
  if (mtmltv.lt(paramDecimal(p.rateReductionMinMtmltv))) {
    trail.add(
      "rate",
      pct(rate),
      false,
      "RATE_SKIPPED_MTMLTV",
      `MTMLTV ${mtmltvShown} is below ${pct(p.rateReductionMinMtmltv, 0)}: the rate is not reduced`,
      current
    );
  } else if (note.lte(mir)) {
    trail.add(
      "rate",
      pct(rate),
      false,
      "NOTE_AT_OR_BELOW_MIR",
      `the note rate ${pct(note)} is not above the modification rate ${pct(mir)}: the rate stays`,
      current
    );
  } else {
    const ladder = new RateLadder(note, paramDecimal(p.rateStep), mir);
    const k = firstPassing(1, ladder.steps, (i) => pi(gross, ladder.number(i), term) <= target);
    rate = ladder.at(Math.min(k, ladder.steps));
    current = pi(gross, rate, term);
    if (k <= ladder.steps) {
      trail.add(
        "rate",
        pct(rate),
        true,
        "TARGET_MET",
        `rate lowered ${k} step(s) of ${pct(p.rateStep)} from ${pct(note)} to ${pct(rate)}: P&I ${usd(current)} meets the target ${usd(target)}`,
        current
      );
      return met("rate reduction");
    }
    trail.add(
      "rate",
      pct(rate),
      false,
      "RATE_AT_MIR",
      `rate lowered to the modification rate ${pct(mir)}: P&I ${usd(current)} is still above the target ${usd(target)}`,
      current
    );
  }

  // Step 3: term, month by month from the remaining term to 480 (D2-3.2-06).
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
    const n = firstPassing(from + 1, p.maxTermMonths, (m) => pi(gross, rate, m) <= target);
    term = Math.min(n, p.maxTermMonths);
    current = pi(gross, rate, term);
    if (n <= p.maxTermMonths) {
      trail.add(
        "term",
        `${term} months`,
        true,
        "TARGET_MET",
        `term extended from ${from} to ${term} months: P&I ${usd(current)} meets the target ${usd(target)}`,
        current
      );
      return met("term extension");
    }
    trail.add(
      "term",
      `${term} months`,
      false,
      "TERM_AT_MAX",
      `term extended to ${term} months: P&I ${usd(current)} is still above the target ${usd(target)}`,
      current
    );
  }

  // Step 4: principal forbearance, only when MTMLTV > 50%: the least of (a) what reaches the target,
  // (b) what brings the interest-bearing MTMLTV down to 50%, (c) 30% of gross UPB.
  if (!mtmltv.gt(paramDecimal(p.forbearanceMinMtmltv))) {
    trail.add(
      "forbearance",
      usd(0),
      false,
      "FORBEARANCE_SKIPPED_MTMLTV",
      `MTMLTV ${mtmltvShown} is not above ${pct(p.forbearanceMinMtmltv, 0)}: no principal forbearance`,
      current
    );
    return finish(
      false,
      "STEPS_EXHAUSTED",
      `every step applied: P&I ${usd(current)} is ${pct(new D(pre - current).div(pre || 1), 2)} below ${usd(pre)}, not more than ${pct(p.targetReduction, 0)}`
    );
  }
  const needed = forbearanceForTarget(gross, target, rate, term);
  const toLtv = forbearanceToLtv(gross, f.value!, p.forbearanceFloorIbMtmltv);
  const toShare = floorShare(gross, p.forbearanceMaxShareOfUpb);
  forbearance = Math.min(needed, toLtv, toShare);
  current = pi(gross - forbearance, rate, term);
  const binding =
    forbearance === needed
      ? "the amount the target needs"
      : forbearance === toLtv
        ? `the amount that brings interest-bearing MTMLTV to ${pct(p.forbearanceFloorIbMtmltv, 0)}`
        : `${pct(p.forbearanceMaxShareOfUpb, 0)} of gross UPB`;
  if (current <= target) {
    trail.add(
      "forbearance",
      usd(forbearance),
      true,
      "TARGET_MET",
      `forbore ${usd(forbearance)} (${binding}): P&I ${usd(current)} meets the target ${usd(target)}`,
      current
    );
    return met("principal forbearance");
  }
  trail.add(
    "forbearance",
    usd(forbearance),
    false,
    "FORBEARANCE_CAPPED",
    `forbore ${usd(forbearance)}, capped at ${binding}: P&I ${usd(current)} is still above the target ${usd(target)}`,
    current
  );
  return finish(
    false,
    "STEPS_EXHAUSTED",
    `every step applied: P&I ${usd(current)} is ${pct(new D(pre - current).div(pre || 1), 2)} below ${usd(pre)}, not more than ${pct(p.targetReduction, 0)}`
  );
}
