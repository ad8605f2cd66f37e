import { D } from "../../money";
import { Eligibility } from "../../rules/ladder";
import { paramDecimal } from "../cent-shares";
import { pct, pctOfRatio, usd } from "../display";
import { AgeFound, EligibilityTest, loanAgeTest, noteTests } from "../eligibility-test";
import { LadderRun } from "./state";
import { targetRatio } from "./targets";

type GseEligibility = Extract<Eligibility, { kind: "gse" }>;

/** Runs the rule set's eligibility tests into the trail: whether the borrower is eligible. */
export function checkEligibility(run: LadderRun): boolean {
  const e = run.p.eligibility;
  switch (e.kind) {
    case "gse":
      return gseEligibility(run, e);
    case "housing_ratio_above_target":
      return housingRatioAboveTarget(run);
    case "no_financial_test":
      run.trail.add(
        "eligibility",
        "no DTI test",
        true,
        "NO_FINANCIAL_TEST",
        () => `no financial documentation may disqualify the borrower (${e.source}): no DTI test`
      );
      return true;
    case "none":
      return true;
  }
}

/** What the GSE eligibility sentences describe: the facts found, and the rule set's bounds. */
interface Found extends AgeFound {
  readonly md?: number;
  readonly mods?: number;
  readonly p: GseEligibility;
  /** The days delinquent the minimum payments past due stand for. */
  readonly days: number;
}

type Test = EligibilityTest<Found>;

const DELINQUENCY = "eligibility: delinquency";
const MODS = "eligibility: prior modifications";
const unknown = () => "unknown";
const mdShown = (x: Found) => `${x.md} months`;
const modsShown = (x: Found) => String(x.mods);

const DELINQUENCY_UNKNOWN: Test = [
  DELINQUENCY,
  unknown,
  false,
  "DELINQUENCY_UNKNOWN",
  (x) =>
    `months_delinquent is missing: cannot confirm ${x.days} days delinquent or imminent default`,
];
const DELINQUENT: Test = [
  DELINQUENCY,
  mdShown,
  true,
  "DELINQUENT",
  (x) => `${x.md} payments past due: at least ${x.days} days delinquent`,
];
const IMMINENT_DEFAULT_NEEDED: Test = [
  DELINQUENCY,
  mdShown,
  false,
  "IMMINENT_DEFAULT_NEEDED",
  (x) =>
    `${x.md} payments past due: eligible only with a documented imminent-default determination`,
];
const PRIOR_MODS_UNKNOWN: Test = [
  MODS,
  unknown,
  false,
  "PRIOR_MODS_UNKNOWN",
  (x) =>
    `prior_modifications is missing: cannot confirm fewer than ${x.p.maxPriorModifications + 1} prior modifications`,
];
const PRIOR_MODS_OK: Test = [
  MODS,
  modsShown,
  true,
  "PRIOR_MODS_OK",
  (x) => `${x.mods} prior modifications (at most ${x.p.maxPriorModifications})`,
];
const TOO_MANY_MODS: Test = [
  MODS,
  modsShown,
  false,
  "TOO_MANY_MODS",
  (x) => `${x.mods} prior modifications: ${x.p.maxPriorModifications + 1} or more are not eligible`,
];

/**
 * Flex Modification eligibility, reported step by step and never applied silently
 * (docs/rules/flex.md; Freddie Mac Guide 9206.5, Fannie Mae D2-3.2-06): delinquent enough or
 * imminent default, old enough, not modified too often. A fact the record lacks cannot be
 * confirmed, so it fails with a sentence naming the field.
 */
function gseEligibility(run: LadderRun, p: GseEligibility): boolean {
  const f = run.f;
  const found: Found = {
    md: f.monthsDelinquent,
    age: f.loanAgeMonths,
    mods: f.priorModifications,
    p,
    days: p.minMonthsDelinquent * (run.p.daysPerPaymentPastDue ?? 0),
  };
  const { md, mods } = found;
  const tests: Test[] = [
    md === undefined
      ? DELINQUENCY_UNKNOWN
      : md >= p.minMonthsDelinquent
        ? DELINQUENT
        : IMMINENT_DEFAULT_NEEDED,
    loanAgeTest(found),
    mods === undefined
      ? PRIOR_MODS_UNKNOWN
      : mods <= p.maxPriorModifications
        ? PRIOR_MODS_OK
        : TOO_MANY_MODS,
  ];
  return noteTests(run.trail, tests, found) === undefined;
}

/**
 * HAMP: eligible only when the pre-modification housing ratio exceeds the target ratio
 * (docs/rules/hamp.md).
 */
function housingRatioAboveTarget(run: LadderRun): boolean {
  const f = run.f;
  const ratio = targetRatio(run);
  const gmi = f.gmi!;
  const housing = f.pi + f.escrow;
  const preDti = gmi > 0 ? new D(housing).div(gmi) : undefined;
  const eligible = preDti !== undefined && preDti.gt(paramDecimal(ratio));
  const shown = () => pctOfRatio(housing, gmi, 2, () => preDti!);
  run.trail.add(
    "eligibility: housing ratio",
    preDti ? shown : "no income",
    eligible,
    eligible ? "DTI_ABOVE_TARGET" : "DTI_AT_OR_BELOW_TARGET",
    preDti
      ? () =>
          `P&I ${usd(f.pi)} + escrow ${usd(f.escrow)} is ${shown()} of income ${usd(gmi)}: ${eligible ? "above" : "not above"} ${pct(ratio, 0)}`
      : "gross monthly income is 0: the housing ratio cannot be computed"
  );
  return eligible;
}
