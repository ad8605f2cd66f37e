import { D } from "../money";
import { LoanRecord } from "../record";
import { Result, failWith, ok } from "../result";
import { Cents } from "../verified-rounding";
import { DEFERRAL, DeferralParams } from "../rules/deferral";
import { RuleSet } from "../rules/rule-set";
import { Evaluation, Trail, withReason } from "./evaluation";
import { loanFacts } from "./loan-facts";
import { FieldUse, TERMS_FIELDS, describeProgram, fieldIssues } from "./descriptor";
import { usd } from "./display";
import { AgeFound, EligibilityTest, loanAgeTest, noteTests } from "./eligibility-test";

const PROGRAM = "GSE payment deferral";

/** The P&I stays: no reduction. */
const NO_REDUCTION = new D(0);

const FIELDS: FieldUse = {
  required: [...TERMS_FIELDS, "pi_payment", "months_delinquent", "prior_deferred_months"],
  optional: [
    "origination_date",
    "as_of_date",
    "hardship_resolved",
    "servicing_advances",
    "escrow_advances",
    "escrow_payment",
    "gross_monthly_income",
  ],
};

/** What the deferral's sentences describe. */
interface Found extends AgeFound {
  readonly md: number;
  readonly prior: number;
  readonly cumulative: number;
  readonly left: number;
  readonly p: DeferralParams;
}

type Test = EligibilityTest<Found>;

const DELINQUENCY = "eligibility: delinquency";
const CUMULATIVE = "eligibility: cumulative deferral";
const MATURITY = "eligibility: months to maturity";
const HARDSHIP = "eligibility: hardship";
const mdShown = (x: Found) => `${x.md} months`;
const cumulativeShown = (x: Found) => `${x.cumulative} months`;
const leftShown = (x: Found) => `${x.left} months`;

const cumulative = (x: Found, how: string) =>
  `${x.prior} months deferred before + ${x.md} now = ${x.cumulative}, ${how} the ${x.p.maxCumulativeDeferredMonths}-month lifetime cap`;

const TOO_FEW_PAST_DUE: Test = [
  DELINQUENCY,
  mdShown,
  false,
  "TOO_FEW_PAST_DUE",
  (x) => `${x.md} payments past due: a deferral needs at least ${x.p.minMonthsPastDue}`,
];
const TOO_MANY_PAST_DUE: Test = [
  DELINQUENCY,
  mdShown,
  false,
  "TOO_MANY_PAST_DUE",
  (x) => `${x.md} payments past due: a deferral allows at most ${x.p.maxMonthsPastDue}`,
];
const DELINQUENCY_OK: Test = [
  DELINQUENCY,
  mdShown,
  true,
  "DELINQUENCY_OK",
  (x) => `${x.md} payments past due (${x.p.minMonthsPastDue} to ${x.p.maxMonthsPastDue})`,
];
const CUMULATIVE_OK: Test = [
  CUMULATIVE,
  cumulativeShown,
  true,
  "CUMULATIVE_OK",
  (x) => cumulative(x, "within"),
];
const CUMULATIVE_OVER_CAP: Test = [
  CUMULATIVE,
  cumulativeShown,
  false,
  "CUMULATIVE_OVER_CAP",
  (x) => cumulative(x, "over"),
];
const MATURITY_OK: Test = [
  MATURITY,
  leftShown,
  true,
  "MATURITY_OK",
  (x) => `${x.left} months to maturity (more than ${x.p.monthsToMaturityMoreThan})`,
];
const TOO_CLOSE_TO_MATURITY: Test = [
  MATURITY,
  leftShown,
  false,
  "TOO_CLOSE_TO_MATURITY",
  (x) =>
    `only ${x.left} months to maturity: a deferral needs more than ${x.p.monthsToMaturityMoreThan}`,
];
const HARDSHIP_UNKNOWN: Test = [
  HARDSHIP,
  () => "unknown",
  false,
  "HARDSHIP_UNKNOWN",
  () =>
    "hardship_resolved is not stated: a deferral needs the borrower to confirm the hardship is resolved",
];
const HARDSHIP_NOT_RESOLVED: Test = [
  HARDSHIP,
  () => "not resolved",
  false,
  "HARDSHIP_NOT_RESOLVED",
  () =>
    "the hardship is not resolved: a deferral needs the borrower able to resume the contractual payment",
];
const HARDSHIP_RESOLVED: Test = [
  HARDSHIP,
  () => "resolved",
  true,
  "HARDSHIP_RESOLVED",
  () => "the borrower confirms the hardship is resolved",
];

/** The deferral's eligibility tests for the facts found (docs/rules/deferral.md), in order. */
function tests(x: Found, resolved: boolean | undefined): Test[] {
  const p = x.p;
  return [
    x.md < p.minMonthsPastDue
      ? TOO_FEW_PAST_DUE
      : x.md > p.maxMonthsPastDue
        ? TOO_MANY_PAST_DUE
        : DELINQUENCY_OK,
    x.cumulative <= p.maxCumulativeDeferredMonths ? CUMULATIVE_OK : CUMULATIVE_OVER_CAP,
    loanAgeTest(x),
    x.left > p.monthsToMaturityMoreThan ? MATURITY_OK : TOO_CLOSE_TO_MATURITY,
    resolved === undefined
      ? HARDSHIP_UNKNOWN
      : resolved
        ? HARDSHIP_RESOLVED
        : HARDSHIP_NOT_RESOLVED,
  ];
}

/**
 * GSE payment deferral, rule set DEFERRAL (docs/rules/deferral.md; Fannie Mae D2-3.2-04): the
 * past-due P&I (and third-party servicing advances) moves into a non-interest-bearing balance due
 * at maturity, sale, refinance or payoff, and the borrower resumes the contractual P&I. Eligible
 * when the payments past due are within the rule set's range, cumulative deferred months (this
 * deferral included) are within its lifetime cap, the loan is old enough, enough months remain to
 * maturity, and the hardship is resolved.
 *
 * The deferred balance is reported in `amounts.deferred_balance` and also as `forbearance`: like
 * principal forbearance it is owed, bears no interest and falls due at maturity or payoff, so a tape's
 * non-interest-bearing balances add up in one column. The interest-bearing UPB is unchanged.
 * There is no payment-reduction target: the option's goal is to bring the loan current at the
 * contractual payment, so `targetMet` is whether the deferral can be done.
 */
export function paymentDeferral(
  record: LoanRecord,
  rules: RuleSet<DeferralParams> = DEFERRAL
): Result<Evaluation> {
  const issues = fieldIssues(record, FIELDS, rules.id);
  if (issues.length) return failWith(issues);
  const f = loanFacts(record);
  const p = rules.params;
  const md = f.monthsDelinquent!;
  const prior = f.priorDeferredMonths!;
  const found: Found = {
    md,
    prior,
    cumulative: prior + md,
    age: f.loanAgeMonths,
    left: f.remainingTerm,
    p,
  };
  const trail = new Trail(rules.id);
  const failed = noteTests(trail, tests(found, f.hardshipResolved), found);
  const eligible = failed === undefined;

  // Deferred balance = past-due P&I months × contractual P&I (+ third-party servicing advances).
  const deferredPi: Cents = md * f.pi;
  const advances: Cents = p.deferServicingAdvances ? f.servicingAdvances : 0;
  const balance: Cents = deferredPi + advances;
  const how = () =>
    `${md} × P&I ${usd(f.pi)} = ${usd(deferredPi)}${p.deferServicingAdvances ? ` + servicing advances ${usd(advances)}` : ""}: ${usd(balance)} non-interest-bearing, due at maturity, sale, refinance or payoff`;
  let reason: string | undefined;
  const say = () =>
    (reason ??= failed
      ? `not eligible for a deferral (${failed[4](found)}); it would defer ${how()}`
      : `deferred ${how()}; the P&I stays ${usd(f.pi)} (escrow advances ${usd(f.escrowAdvances)} are recovered through the escrow analysis)`);
  trail.add(
    "deferral",
    () => usd(balance),
    eligible,
    eligible ? "DEFERRED" : "NOT_ELIGIBLE",
    say,
    eligible ? f.pi : undefined
  );

  const newPitia = f.pi + f.escrow;
  return ok(
    withReason(
      {
        program: PROGRAM,
        ruleSet: rules.id,
        ruleSetVersion: rules.version,
        eligible,
        targetMet: eligible,
        offerable: eligible,
        capitalizedUpb: f.upb,
        newRate: f.noteRate,
        newTerm: f.remainingTerm,
        forbearance: balance,
        interestBearingUpb: f.upb,
        newPi: f.pi,
        newPitia,
        piReduction: NO_REDUCTION,
        reasonCode: failed ? failed[3] : "DEFERRED",
        steps: trail.steps,
        amounts: {
          deferred_balance: balance,
          deferred_pi: deferredPi,
          deferred_advances: advances,
        },
      },
      say,
      undefined,
      { gmi: f.gmi }
    )
  );
}

export const DEFERRAL_PROGRAM = describeProgram({
  name: PROGRAM,
  kind: "workout",
  rules: DEFERRAL,
  ...FIELDS,
  evaluate: (record) => paymentDeferral(record),
});
