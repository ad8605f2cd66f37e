import Decimal from "decimal.js";
import { D } from "../money";
import { LoanRecord, requireFields } from "../record";
import { Result, failWith, ok } from "../result";
import { Cents } from "../verified-rounding";
import { VA_2026, Va2026Params } from "../rules/va-2026";
import { RuleSet } from "../rules/rule-set";
import { Evaluation, Trail } from "./evaluation";
import { capitalizableArrears, loanFacts } from "./loan-facts";
import { forbearanceForTarget, modificationResult, mtmltvOf, pi } from "./modification";
import { floorShare, roundShare } from "./cent-shares";
import { offerMarketRate } from "./offer-rate";
import { pct, pctOfRatio, usd } from "./display";

const PROGRAM = "VA Affordable Modification";

/**
 * VA Affordable Modification with the VA partial claim, VA-2026 (programs.md section 6; Circular
 * 26-17-10, M26-4 §5.08 and chapter 22, Circular 26-24-8): capitalize; fix the rate at the lesser of
 * round8(PMMS) + 50 bp and the note rate + 1 point; 360 months (or the remaining term when longer, at
 * most 480); then defer principal into the VA partial claim, then 480 months; stopping at the first
 * step whose PITIA is at most 31% of gross monthly income.
 *
 * The partial claim is a separate non-interest-bearing VA lien: the deferred principal leaves the
 * first lien (interest-bearing UPB = capitalized UPB − deferred principal). VA's test is
 * affordability, not a reduction: the modification is offerable when it meets the 31% target (the
 * payment may rise, the rate being allowed up to the note rate + 1 point), or otherwise when the new
 * P&I is not above the current P&I.
 */
export function vaAffordableModification2026(
  record: LoanRecord,
  rules: RuleSet<Va2026Params> = VA_2026
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
      "market_rate",
      "upb_at_default",
      "prior_partial_claims",
    ],
    rules.id
  );
  if (missing.length) return failWith(missing);
  const f = loanFacts(record);
  const p = rules.params;
  const trail = new Trail(rules.id);
  const pre = f.pi;
  const gmi = f.gmi!;
  // Target PITIA = 31% of GMI, half-up to cents; target P&I = target PITIA − escrow (programs.md §1).
  const targetPitia: Cents = roundShare(gmi, p.targetHousingRatio);
  const target: Cents = targetPitia - f.escrow;

  // Step 1: capitalize (programs.md §2).
  const arrears = capitalizableArrears(f);
  const gross = f.upb + arrears;
  const mtmltv = mtmltvOf(gross, f.value);
  trail.add(
    "capitalize",
    usd(arrears),
    true,
    "CAPITALIZED",
    `capitalized ${usd(arrears)} of arrears (late fees ${usd(f.lateFees)} waived): UPB ${usd(gross)}${mtmltv ? `, MTMLTV ${pctOfRatio(gross, f.value!, 2, () => mtmltv)}` : ""}`
  );

  // Step 2: fixed rate, the lesser of the market rate and the note rate + 1 point.
  const { rate: market, basis } = offerMarketRate(f, p.pmmsAddOn, p.pmmsIncrement);
  const cap = f.noteRate.plus(p.maxAboveNoteRate);
  const rate: Decimal = market.lte(cap) ? market : cap;
  // Step 3: 360 months, or the remaining term when longer, never beyond 480.
  let term = Math.min(Math.max(p.baseTermMonths, f.remainingTerm), p.maxTermMonths);
  let deferred = 0;
  let current = pi(gross, rate, term);
  const rateWhy = market.lte(cap)
    ? `${basis} (not above the note rate ${pct(f.noteRate)} + ${pct(p.maxAboveNoteRate, 2)})`
    : `the note rate ${pct(f.noteRate)} + ${pct(p.maxAboveNoteRate, 2)} = ${pct(cap)} (below ${basis})`;
  const targetWhy = `target PITIA ${usd(targetPitia)} (${pct(p.targetHousingRatio, 0)} of income ${usd(gmi)}) less escrow ${usd(f.escrow)}: target P&I ${usd(target)}`;
  trail.add(
    "target",
    usd(target),
    target > 0,
    target > 0 ? "TARGET_SET" : "ESCROW_ABOVE_TARGET",
    target > 0 ? targetWhy : `${targetWhy}: no P&I can meet it`
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
        terms: { rate, term, forbearance: 0, partialClaim: deferred },
        deferredToClaim: deferred,
        newPi: current,
        eligible: true,
        targetMet: met,
        offerable: met || current <= pre,
        reasonCode: code,
        reason,
        steps: trail.steps,
      })
    );
  const pitia = () => usd(current + f.escrow);
  const ratio = () => (gmi > 0 ? pct(new D(current + f.escrow).div(gmi), 2) : "n/a");
  const met = (how: string) =>
    finish(
      true,
      "TARGET_MET",
      `${how}: PITIA ${pitia()} is ${ratio()} of gross monthly income, at most ${pct(p.targetHousingRatio, 0)} (P&I ${usd(current)}, target ${usd(target)})`
    );

  if (current <= target) {
    trail.add(
      "modify",
      `${pct(rate)}, ${term} months`,
      true,
      "TARGET_MET",
      `rate ${rateWhy}; ${usd(gross)} over ${term} months: P&I ${usd(current)} meets the target ${usd(target)}`,
      current
    );
    return met("modification");
  }
  trail.add(
    "modify",
    `${pct(rate)}, ${term} months`,
    false,
    "ABOVE_TARGET",
    `rate ${rateWhy}; ${usd(gross)} over ${term} months: P&I ${usd(current)} is above the target ${usd(target)}`,
    current
  );

  // Step 4: the VA partial claim defers principal (cap: a share of the UPB at default, less prior claims).
  const capBase = f.upbAtDefault!;
  const statutory = floorShare(capBase, p.partialClaimMaxShareOfUpb);
  const available = Math.max(0, statutory - f.priorPartialClaims);
  const capWhy = `${pct(p.partialClaimMaxShareOfUpb, 0)} of the UPB at default ${usd(capBase)} (${usd(statutory)}) less prior partial claims ${usd(f.priorPartialClaims)}: ${usd(available)} available`;
  const targetForMax = Math.max(0, target);
  if (available === 0) {
    trail.add(
      "partial claim",
      usd(0),
      false,
      "CLAIM_USED_UP",
      `${capWhy}: no principal can be deferred`,
      current
    );
  } else {
    const needed = forbearanceForTarget(gross, targetForMax, rate, term);
    deferred = Math.min(needed, available);
    current = pi(gross - deferred, rate, term);
    if (current <= target) {
      trail.add(
        "partial claim",
        usd(deferred),
        true,
        "TARGET_MET",
        `${capWhy}; deferred ${usd(deferred)} of principal into it: P&I ${usd(current)} meets the target ${usd(target)}`,
        current
      );
      return met("VA partial claim");
    }
    trail.add(
      "partial claim",
      usd(deferred),
      false,
      "CLAIM_EXHAUSTED",
      `${capWhy}; deferred all ${usd(deferred)} (the target needs ${usd(needed)}): P&I ${usd(current)} is still above the target ${usd(target)}`,
      current
    );
  }

  // Step 5: 480 months, the deferral recomputed at 480 within the claim available.
  if (term >= p.maxTermMonths) {
    trail.add(
      "term",
      `${term} months`,
      false,
      "TERM_AT_MAX",
      `the term is already ${term} months: no extension; P&I ${usd(current)} is above the target ${usd(target)}`,
      current
    );
  } else {
    term = p.maxTermMonths;
    deferred = Math.min(forbearanceForTarget(gross, targetForMax, rate, term), available);
    current = pi(gross - deferred, rate, term);
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
  }
  return finish(
    false,
    "STEPS_EXHAUSTED",
    `every step applied: PITIA ${pitia()} is ${ratio()} of gross monthly income, above ${pct(p.targetHousingRatio, 0)} (P&I ${usd(current)}, target ${usd(target)})`
  );
}
