import { D } from "../money";
import { LoanRecord, requireFields } from "../record";
import { Result, failWith, ok } from "../result";
import { Cents } from "../verified-rounding";
import { FHA_2025, Fha2025Params } from "../rules/fha-2025";
import { RuleSet } from "../rules/rule-set";
import { Evaluation, Trail } from "./evaluation";
import { capitalizableArrears, loanFacts } from "./loan-facts";
import { forbearanceForTarget, modificationResult, mtmltvOf, pi } from "./modification";
import { floorAfterReduction, floorShare } from "./cent-shares";
import { offerMarketRate } from "./offer-rate";
import { pct, usd } from "./display";

const STANDALONE = "FHA standalone partial claim";
const COMBINATION = "FHA combination modification and partial claim";

/**
 * FHA loss mitigation, FHA-2025 (programs.md section 5; ML 2025-12, HUD Handbook 4000.1 III.A.2):
 * the standalone partial claim when the borrower can resume the pre-hardship payment, else the
 * combination: (1) arrears into the partial claim, (2) modify the UPB at the market rate over 360
 * months, (3) defer principal into what is left of the partial claim, (4) 480 months; stopping at the
 * first step whose P&I is at least 25% below the pre-hardship P&I. No DTI test: under the 2025
 * handbook no financial documentation may disqualify the borrower.
 *
 * The partial claim is a separate zero-interest HUD lien: the principal deferred into it leaves the
 * first lien, so the interest-bearing UPB is the modified UPB less the deferred principal, and
 * `partialClaim` is the whole claim used (arrears + deferred principal). Arrears beyond the partial
 * claim available are capitalized into the modified UPB (our reading; the audit says so).
 */
export function fhaLossMitigation2025(
  record: LoanRecord,
  rules: RuleSet<Fha2025Params> = FHA_2025
): Result<Evaluation> {
  const missing = requireFields(
    record,
    [
      "upb",
      "note_rate",
      "remaining_term",
      "pre_hardship_pi",
      "upb_at_default",
      "prior_partial_claims",
      "market_rate",
    ],
    rules.id
  );
  if (missing.length) return failWith(missing);
  const f = loanFacts(record);
  const p = rules.params;
  const trail = new Trail(rules.id);
  const pre = f.preHardshipPi;
  // "At least 25% below": floor to cents of 75% of the pre-hardship P&I (programs.md §1).
  const target: Cents = floorAfterReduction(pre, p.targetReduction);
  const arrears = capitalizableArrears(f);

  trail.add(
    "eligibility",
    "no DTI test",
    true,
    "NO_FINANCIAL_TEST",
    "no financial documentation may disqualify the borrower (HUD Handbook 4000.1, 2025): no DTI test"
  );
  const capBase = f.upbAtDefault!;
  const statutory = floorShare(capBase, p.partialClaimMaxShareOfDefaultUpb);
  const available = Math.max(0, statutory - f.priorPartialClaims);
  trail.add(
    "partial claim available",
    usd(available),
    true,
    available > 0 ? "CLAIM_AVAILABLE" : "CLAIM_USED_UP",
    `${pct(p.partialClaimMaxShareOfDefaultUpb, 0)} of the UPB at default ${usd(capBase)} is ${usd(statutory)}; less prior partial claims ${usd(f.priorPartialClaims)}: ${usd(available)} available`
  );

  // Option 1: standalone partial claim, arrears only, the payment unchanged.
  const resume = f.canResumePayment;
  if (resume === undefined) {
    trail.add(
      "standalone partial claim",
      usd(arrears),
      false,
      "RESUME_UNKNOWN",
      "can_resume_payment is not stated: the standalone partial claim (for a borrower who can resume the pre-hardship payment) is not considered"
    );
  } else if (!resume) {
    trail.add(
      "standalone partial claim",
      usd(arrears),
      false,
      "CANNOT_RESUME",
      "the borrower cannot resume the pre-hardship payment: no standalone partial claim"
    );
  } else if (arrears === 0) {
    trail.add(
      "standalone partial claim",
      usd(0),
      false,
      "NO_ARREARS",
      "no arrears to cure: no standalone partial claim"
    );
  } else if (arrears > available) {
    trail.add(
      "standalone partial claim",
      usd(arrears),
      false,
      "CLAIM_TOO_SMALL",
      `arrears ${usd(arrears)} are more than the ${usd(available)} partial claim available`
    );
  } else {
    const reason = `the borrower can resume the payment: the partial claim cures ${usd(arrears)} of arrears (of ${usd(available)} available) and the P&I stays ${usd(f.pi)}`;
    trail.add("standalone partial claim", usd(arrears), true, "STANDALONE_CLAIM", reason, f.pi);
    return ok(
      modificationResult({
        program: STANDALONE,
        ruleSet: rules,
        facts: f,
        gross: f.upb,
        mtmltv: mtmltvOf(f.upb, f.value),
        pre,
        terms: { rate: f.noteRate, term: f.remainingTerm, forbearance: 0, partialClaim: arrears },
        newPi: f.pi,
        eligible: true,
        targetMet: true,
        offerable: true,
        reasonCode: "STANDALONE_CLAIM",
        reason,
        steps: trail.steps,
      })
    );
  }

  // Option 2, step (1): arrears into the partial claim; what it cannot hold is capitalized.
  const toClaim = Math.min(arrears, available);
  const capitalized = arrears - toClaim;
  const modUpb = f.upb + capitalized;
  const left = available - toClaim;
  trail.add(
    "arrears to partial claim",
    usd(toClaim),
    true,
    capitalized > 0 ? "ARREARS_PARTLY_CAPITALIZED" : "ARREARS_TO_CLAIM",
    capitalized > 0
      ? `${usd(toClaim)} of the ${usd(arrears)} arrears go into the partial claim; the other ${usd(capitalized)} are capitalized: modified UPB ${usd(modUpb)}`
      : `arrears ${usd(arrears)} go into the partial claim (late fees ${usd(f.lateFees)} waived): ${usd(left)} of it left; UPB ${usd(modUpb)}`
  );

  // Step (2): modify at the market rate over 360 months.
  const { rate, basis } = offerMarketRate(f, p.pmmsAddOn, p.pmmsIncrement);
  let term = p.modTermMonths;
  let deferred = 0;
  let current = pi(modUpb, rate, term);

  const finish = (met: boolean, code: string, reason: string): Result<Evaluation> =>
    ok(
      modificationResult({
        program: COMBINATION,
        ruleSet: rules,
        facts: f,
        gross: modUpb,
        mtmltv: mtmltvOf(modUpb, f.value),
        pre,
        terms: { rate, term, forbearance: 0, partialClaim: toClaim + deferred },
        deferredToClaim: deferred,
        newPi: current,
        eligible: true,
        targetMet: met,
        offerable: current <= pre,
        reasonCode: code,
        reason,
        steps: trail.steps,
      })
    );
  const met = (how: string) =>
    finish(
      true,
      "TARGET_MET",
      `${how}: P&I ${usd(current)} is at least ${pct(p.targetReduction, 0)} below the pre-hardship ${usd(pre)} (target ${usd(target)} or less); partial claim ${usd(toClaim + deferred)}`
    );
  const exhausted = () =>
    finish(
      false,
      "STEPS_EXHAUSTED",
      `every step applied: P&I ${usd(current)} is ${pct(new D(pre - current).div(pre || 1), 2)} below the pre-hardship ${usd(pre)}, short of ${pct(p.targetReduction, 0)} (target ${usd(target)})`
    );

  if (current <= target) {
    trail.add(
      "modify",
      `${pct(rate)}, ${term} months`,
      true,
      "TARGET_MET",
      `${basis}; ${usd(modUpb)} over ${term} months: P&I ${usd(current)} meets the target ${usd(target)}`,
      current
    );
    return met("modification");
  }
  trail.add(
    "modify",
    `${pct(rate)}, ${term} months`,
    false,
    "ABOVE_TARGET",
    `${basis}; ${usd(modUpb)} over ${term} months: P&I ${usd(current)} is above the target ${usd(target)}`,
    current
  );

  // Step (3): defer principal into what is left of the partial claim, as much as the target needs.
  if (left === 0) {
    trail.add(
      "principal deferral",
      usd(0),
      false,
      "CLAIM_EXHAUSTED",
      "nothing is left of the partial claim to defer principal into",
      current
    );
  } else {
    const needed = forbearanceForTarget(modUpb, target, rate, term);
    deferred = Math.min(needed, left);
    current = pi(modUpb - deferred, rate, term);
    if (current <= target) {
      trail.add(
        "principal deferral",
        usd(deferred),
        true,
        "TARGET_MET",
        `deferred ${usd(deferred)} of principal into the partial claim: P&I ${usd(current)} meets the target ${usd(target)}`,
        current
      );
      return met("principal deferral");
    }
    trail.add(
      "principal deferral",
      usd(deferred),
      false,
      "CLAIM_EXHAUSTED",
      `deferred the ${usd(deferred)} left of the partial claim (the target needs ${usd(needed)}): P&I ${usd(current)} is still above the target ${usd(target)}`,
      current
    );
  }

  // Step (4): 480 months, the deferral recomputed at 480 within what is left of the claim.
  term = p.maxTermMonths;
  const needed480 = forbearanceForTarget(modUpb, target, rate, term);
  deferred = Math.min(needed480, left);
  current = pi(modUpb - deferred, rate, term);
  const with480 = deferred > 0 ? ` with ${usd(deferred)} of principal deferred` : "";
  if (current <= target) {
    trail.add(
      "term",
      `${term} months`,
      true,
      "TARGET_MET",
      `term ${term} months${with480}: P&I ${usd(current)} meets the target ${usd(target)}`,
      current
    );
    return met(`${term}-month term`);
  }
  trail.add(
    "term",
    `${term} months`,
    false,
    "TERM_AT_MAX",
    `term ${term} months${with480}: P&I ${usd(current)} is still above the target ${usd(target)}`,
    current
  );
  return exhausted();
}
