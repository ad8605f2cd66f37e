import { D } from "../money";
import { LoanRecord, requireFields } from "../record";
import { requirePositive } from "./positive-fields";
import { Result, failWith, ok } from "../result";
import { Cents } from "../verified-rounding";
import { FLEX_2017, Flex2017Params } from "../rules/flex-2017";
import { RuleSet } from "../rules/rule-set";
import { Evaluation, Trail } from "./evaluation";
import { capitalizableArrears, loanFacts } from "./loan-facts";
import { modificationResult, mtmltvOf, pi, forbearanceToLtv } from "./modification";
import { floorShare, largestBelowAfterReduction, paramDecimal } from "./cent-shares";
import { gseModificationEligibility } from "./gse-eligibility";
import { pct, pctOfRatio, usd } from "./display";

const PROGRAM = "GSE Flex Modification (2017 rules)";

/**
 * GSE Flex Modification as it stood from October 2017 to November 2024 (programs.md section 3), for
 * back-testing: rate to the lesser of the note rate and the modification rate only when MTMLTV ≥ 80%;
 * term straight to 480 months; forbear down to 100% interest-bearing MTMLTV, at most 30% of gross UPB.
 * Targets: P&I more than 20% lower, and for loans under 90 days delinquent a housing ratio ≤ 40%.
 * The steps are applied in order and stop once the targets are met.
 */
export function flexModification2017(
  record: LoanRecord,
  rules: RuleSet<Flex2017Params> = FLEX_2017
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
  const target: Cents = largestBelowAfterReduction(pre, p.targetReduction);
  // HTI ≤ 40% applies to loans under 90 days delinquent; it needs the income.
  const htiApplies = (f.monthsDelinquent ?? 0) < p.housingRatioBelowMonthsDelinquent;
  if (htiApplies && f.gmi === undefined) {
    const missingIncome = requireFields(
      record,
      ["gross_monthly_income", "escrow_payment"],
      `${rules.id} (loans under 90 days delinquent)`
    );
    if (missingIncome.length) return failWith(missingIncome);
  }
  const hti = (payment: Cents) => (f.gmi ? new D(payment + f.escrow).div(f.gmi) : undefined);
  const meets = (payment: Cents) =>
    payment <= target && (!htiApplies || (hti(payment)?.lte(p.maxHousingRatio) ?? false));

  const arrears = capitalizableArrears(f);
  const gross = f.upb + arrears;
  const mtmltv = mtmltvOf(gross, f.value)!;
  const mtmltvShown = pctOfRatio(gross, f.value!, 2, () => mtmltv);
  let rate = f.noteRate;
  let term = f.remainingTerm;
  let forbearance = 0;
  let current = pi(gross, rate, term);
  trail.add(
    "capitalize",
    usd(arrears),
    true,
    "CAPITALIZED",
    `capitalized ${usd(arrears)} (late fees ${usd(f.lateFees)} waived): gross UPB ${usd(gross)}, MTMLTV ${mtmltvShown}`,
    current
  );
  const targetText = `P&I ${usd(target)} or less${htiApplies ? ` and housing ratio ≤ ${pct(p.maxHousingRatio, 0)}` : ""}`;

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
  const done = (step: string) =>
    finish(true, "TARGET_MET", `${step}: P&I ${usd(current)} meets the targets (${targetText})`);
  if (meets(current)) return done("capitalization");

  // Rate: the lesser of the note rate and the modification rate, only at MTMLTV ≥ 80%.
  if (mtmltv.gte(paramDecimal(p.rateReductionMinMtmltv)) && f.modRate!.lt(rate)) {
    rate = f.modRate!;
    current = pi(gross, rate, term);
    const ok2 = meets(current);
    trail.add(
      "rate",
      pct(rate),
      ok2,
      ok2 ? "TARGET_MET" : "RATE_AT_MIR",
      `rate set to the modification rate ${pct(rate)}: P&I ${usd(current)}`,
      current
    );
    if (ok2) return done("rate");
  } else {
    trail.add(
      "rate",
      pct(rate),
      false,
      "RATE_KEPT",
      mtmltv.lt(paramDecimal(p.rateReductionMinMtmltv))
        ? `MTMLTV ${mtmltvShown} is below ${pct(p.rateReductionMinMtmltv, 0)}: the rate stays`
        : `the note rate ${pct(rate)} is not above the modification rate: it stays`,
      current
    );
  }

  // Term: straight to 480 months.
  if (term < p.termMonths) {
    term = p.termMonths;
    current = pi(gross, rate, term);
    const ok3 = meets(current);
    trail.add(
      "term",
      `${term} months`,
      ok3,
      ok3 ? "TARGET_MET" : "TERM_AT_MAX",
      `term set to ${term} months: P&I ${usd(current)}`,
      current
    );
    if (ok3) return done("term");
  } else {
    trail.add(
      "term",
      `${term} months`,
      false,
      "TERM_AT_MAX",
      `the remaining term is already ${term} months`,
      current
    );
  }

  // Forbearance down to 100% interest-bearing MTMLTV, at most 30% of gross UPB.
  const toLtv = forbearanceToLtv(gross, f.value!, p.forbearanceFloorIbMtmltv);
  forbearance = Math.min(toLtv, floorShare(gross, p.forbearanceMaxShareOfUpb));
  current = pi(gross - forbearance, rate, term);
  const ok4 = meets(current);
  trail.add(
    "forbearance",
    usd(forbearance),
    ok4,
    ok4 ? "TARGET_MET" : forbearance === 0 ? "NO_FORBEARANCE" : "FORBEARANCE_CAPPED",
    forbearance === 0
      ? `MTMLTV ${mtmltvShown} is not above ${pct(p.forbearanceFloorIbMtmltv, 0)}: nothing to forbear`
      : `forbore ${usd(forbearance)} (to ${pct(p.forbearanceFloorIbMtmltv, 0)} interest-bearing MTMLTV, at most ${pct(p.forbearanceMaxShareOfUpb, 0)}): P&I ${usd(current)}`,
    current
  );
  if (ok4) return done("forbearance");
  return finish(
    false,
    "STEPS_EXHAUSTED",
    `every step applied: P&I ${usd(current)} does not meet the targets (${targetText})`
  );
}
