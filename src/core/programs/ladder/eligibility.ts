import { D } from "../../money";
import { Eligibility } from "../../rules/ladder";
import { paramDecimal } from "../cent-shares";
import { pct, pctOfRatio, usd } from "../display";
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

/** What a GSE eligibility sentence describes: the fact found, and the rule set's bounds. */
interface Found {
  readonly v: number;
  readonly p: GseEligibility;
  /** The days delinquent the minimum payments past due stand for. */
  readonly days: number;
}

/** One eligibility test: a fact of the loan, the sentence when it is unknown, and the test itself. */
interface Test {
  readonly step: string;
  readonly value: (run: LadderRun) => number | undefined;
  readonly shown: (found: Found) => string;
  readonly unknown: readonly [code: string, reason: (found: Found) => string];
  readonly passes: (v: number, p: GseEligibility) => boolean;
  readonly pass: readonly [code: string, reason: (found: Found) => string];
  readonly fail: readonly [code: string, reason: (found: Found) => string];
}

const months = (x: Found) => `${x.v} months`;

/**
 * Flex Modification eligibility, reported step by step and never applied silently
 * (docs/rules/flex.md; Freddie Mac Guide 9206.5, Fannie Mae D2-3.2-06): delinquent enough or
 * imminent default, old enough, not modified too often. A fact the record lacks cannot be
 * confirmed, so it fails with a sentence naming the field.
 */
const GSE_TESTS: readonly Test[] = [
  {
    step: "eligibility: delinquency",
    value: (run) => run.f.monthsDelinquent,
    shown: months,
    unknown: [
      "DELINQUENCY_UNKNOWN",
      (x) =>
        `months_delinquent is missing: cannot confirm ${x.days} days delinquent or imminent default`,
    ],
    passes: (md, p) => md >= p.minMonthsDelinquent,
    pass: ["DELINQUENT", (x) => `${x.v} payments past due: at least ${x.days} days delinquent`],
    fail: [
      "IMMINENT_DEFAULT_NEEDED",
      (x) =>
        `${x.v} payments past due: eligible only with a documented imminent-default determination`,
    ],
  },
  {
    step: "eligibility: loan age",
    value: (run) => run.f.loanAgeMonths,
    shown: months,
    unknown: [
      "LOAN_AGE_UNKNOWN",
      (x) =>
        `origination_date or as_of_date is missing: cannot confirm the loan is ${x.p.minLoanAgeMonths} months old`,
    ],
    passes: (age, p) => age >= p.minLoanAgeMonths,
    pass: [
      "LOAN_AGE_OK",
      (x) => `originated ${x.v} months before the evaluation (at least ${x.p.minLoanAgeMonths})`,
    ],
    fail: [
      "LOAN_TOO_NEW",
      (x) => `originated only ${x.v} months before the evaluation (needs ${x.p.minLoanAgeMonths})`,
    ],
  },
  {
    step: "eligibility: prior modifications",
    value: (run) => run.f.priorModifications,
    shown: (x) => String(x.v),
    unknown: [
      "PRIOR_MODS_UNKNOWN",
      (x) =>
        `prior_modifications is missing: cannot confirm fewer than ${x.p.maxPriorModifications + 1} prior modifications`,
    ],
    passes: (mods, p) => mods <= p.maxPriorModifications,
    pass: [
      "PRIOR_MODS_OK",
      (x) => `${x.v} prior modifications (at most ${x.p.maxPriorModifications})`,
    ],
    fail: [
      "TOO_MANY_MODS",
      (x) =>
        `${x.v} prior modifications: ${x.p.maxPriorModifications + 1} or more are not eligible`,
    ],
  },
];

function gseEligibility(run: LadderRun, p: GseEligibility): boolean {
  const days = p.minMonthsDelinquent * (run.p.daysPerPaymentPastDue ?? 0);
  let eligible = true;
  for (const t of GSE_TESTS) {
    const v = t.value(run);
    if (v === undefined) {
      eligible = false;
      run.trail.note(t.step, unknown, false, t.unknown[0], t.unknown[1], undefined, {
        v: 0,
        p,
        days,
      });
      continue;
    }
    const ok = t.passes(v, p);
    if (!ok) eligible = false;
    const [code, reason] = ok ? t.pass : t.fail;
    run.trail.note(t.step, t.shown, ok, code, reason, undefined, { v, p, days });
  }
  return eligible;
}

const unknown = () => "unknown";

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
