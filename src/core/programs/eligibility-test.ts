import { Trail } from "./trail";

/**
 * One eligibility test's outcome as the audit trail shows it: the step, what was found, whether it
 * passes, its code and its sentence. The parameter and the sentence are made from the facts the
 * tests found (`X`) when first read, so every outcome is a constant.
 */
export type EligibilityTest<X> = readonly [
  step: string,
  shown: (x: X) => string,
  pass: boolean,
  code: string,
  say: (x: X) => string,
];

/** Notes each test in the trail, in order, about `found`; returns the first that fails, if any. */
export function noteTests<X>(
  trail: Trail,
  tests: readonly EligibilityTest<X>[],
  found: X
): EligibilityTest<X> | undefined {
  let failed: EligibilityTest<X> | undefined;
  for (const t of tests) {
    trail.note(t[0], t[1], t[2], t[3], t[4], undefined, found);
    if (!t[2]) failed ??= t;
  }
  return failed;
}

/** What the loan-age test reads: the loan's age in whole months (undefined when not known), and the minimum. */
export interface AgeFound {
  readonly age?: number;
  readonly p: { readonly minLoanAgeMonths: number };
}

const AGE = "eligibility: loan age";
const ageShown = (x: AgeFound) => `${x.age} months`;

const AGE_UNKNOWN: EligibilityTest<AgeFound> = [
  AGE,
  () => "unknown",
  false,
  "LOAN_AGE_UNKNOWN",
  (x) =>
    `origination_date or as_of_date is missing: cannot confirm the loan is ${x.p.minLoanAgeMonths} months old`,
];
const LOAN_TOO_NEW: EligibilityTest<AgeFound> = [
  AGE,
  ageShown,
  false,
  "LOAN_TOO_NEW",
  (x) => `originated only ${x.age} months before the evaluation (needs ${x.p.minLoanAgeMonths})`,
];
const LOAN_AGE_OK: EligibilityTest<AgeFound> = [
  AGE,
  ageShown,
  true,
  "LOAN_AGE_OK",
  (x) => `originated ${x.age} months before the evaluation (at least ${x.p.minLoanAgeMonths})`,
];

/**
 * The loan-age test of the GSE options (Flex Modification, payment deferral): the loan is at least
 * the rule set's minimum age; an age the record cannot give cannot be confirmed, so it fails.
 */
export function loanAgeTest(x: AgeFound): EligibilityTest<AgeFound> {
  return x.age === undefined
    ? AGE_UNKNOWN
    : x.age < x.p.minLoanAgeMonths
      ? LOAN_TOO_NEW
      : LOAN_AGE_OK;
}
