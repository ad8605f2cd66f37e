import { LoanFacts } from "./loan-facts";
import { Trail } from "./evaluation";

interface GseEligibilityParams {
  readonly minMonthsDelinquent: number;
  readonly minLoanAgeMonths: number;
  readonly maxPriorModifications: number;
}

/**
 * Flex Modification eligibility, reported step by step and never applied silently (programs.md
 * section 3; Freddie Mac Guide 9206.5, Fannie Mae D2-3.2-06): ≥ 60 days delinquent or imminent
 * default, loan age ≥ 12 months, fewer than 3 prior modifications. A fact the record lacks cannot be
 * confirmed, so it fails with a sentence naming the field.
 */
export function gseModificationEligibility(
  f: LoanFacts,
  p: GseEligibilityParams,
  trail: Trail
): boolean {
  let eligible = true;
  const md = f.monthsDelinquent;
  if (md === undefined) {
    eligible = false;
    trail.add(
      "eligibility: delinquency",
      "unknown",
      false,
      "DELINQUENCY_UNKNOWN",
      "months_delinquent is missing: cannot confirm 60 days delinquent or imminent default"
    );
  } else if (md >= p.minMonthsDelinquent) {
    trail.add(
      "eligibility: delinquency",
      `${md} months`,
      true,
      "DELINQUENT",
      `${md} payments past due: at least ${p.minMonthsDelinquent * 30} days delinquent`
    );
  } else {
    eligible = false;
    trail.add(
      "eligibility: delinquency",
      `${md} months`,
      false,
      "IMMINENT_DEFAULT_NEEDED",
      `${md} payments past due: eligible only with a documented imminent-default determination`
    );
  }
  const age = f.loanAgeMonths;
  if (age === undefined) {
    eligible = false;
    trail.add(
      "eligibility: loan age",
      "unknown",
      false,
      "LOAN_AGE_UNKNOWN",
      "origination_date or as_of_date is missing: cannot confirm the loan is 12 months old"
    );
  } else if (age >= p.minLoanAgeMonths) {
    trail.add(
      "eligibility: loan age",
      `${age} months`,
      true,
      "LOAN_AGE_OK",
      `originated ${age} months before the evaluation (at least ${p.minLoanAgeMonths})`
    );
  } else {
    eligible = false;
    trail.add(
      "eligibility: loan age",
      `${age} months`,
      false,
      "LOAN_TOO_NEW",
      `originated only ${age} months before the evaluation (needs ${p.minLoanAgeMonths})`
    );
  }
  const mods = f.priorModifications;
  if (mods === undefined) {
    eligible = false;
    trail.add(
      "eligibility: prior modifications",
      "unknown",
      false,
      "PRIOR_MODS_UNKNOWN",
      "prior_modifications is missing: cannot confirm fewer than 3 prior modifications"
    );
  } else if (mods <= p.maxPriorModifications) {
    trail.add(
      "eligibility: prior modifications",
      String(mods),
      true,
      "PRIOR_MODS_OK",
      `${mods} prior modifications (at most ${p.maxPriorModifications})`
    );
  } else {
    eligible = false;
    trail.add(
      "eligibility: prior modifications",
      String(mods),
      false,
      "TOO_MANY_MODS",
      `${mods} prior modifications: ${p.maxPriorModifications + 1} or more are not eligible`
    );
  }
  return eligible;
}
