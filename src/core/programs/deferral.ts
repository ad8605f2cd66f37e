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
interface Found {
  readonly md: number;
  readonly prior: number;
  readonly cumulative: number;
  readonly age?: number;
  readonly left: number;
  readonly p: DeferralParams;
}

/** One eligibility test of the deferral: its step, what it shows, and its outcome's code and sentence. */
type Test = readonly [
  step: string,
  shown: (x: Found) => string,
  pass: boolean,
  code: string,
  say: (x: Found) => string,
];

const months = (v: number | undefined) => () => `${v} months`;

/** The deferral's eligibility tests for the facts found (docs/rules/deferral.md), in order. */
function tests(x: Found, resolved: boolean | undefined): Test[] {
  const { md, cumulative, age, left, p } = x;
  const within = cumulative <= p.maxCumulativeDeferredMonths;
  const room = left > p.monthsToMaturityMoreThan;
  return [
    md < p.minMonthsPastDue
      ? ["eligibility: delinquency", months(md), false, "TOO_FEW_PAST_DUE", tooFew]
      : md > p.maxMonthsPastDue
        ? ["eligibility: delinquency", months(md), false, "TOO_MANY_PAST_DUE", tooMany]
        : ["eligibility: delinquency", months(md), true, "DELINQUENCY_OK", pastDueOk],
    [
      "eligibility: cumulative deferral",
      months(cumulative),
      within,
      within ? "CUMULATIVE_OK" : "CUMULATIVE_OVER_CAP",
      within ? cumulativeWithin : cumulativeOver,
    ],
    age === undefined
      ? ["eligibility: loan age", () => "unknown", false, "LOAN_AGE_UNKNOWN", ageUnknown]
      : age < p.minLoanAgeMonths
        ? ["eligibility: loan age", months(age), false, "LOAN_TOO_NEW", tooNew]
        : ["eligibility: loan age", months(age), true, "LOAN_AGE_OK", ageOk],
    [
      "eligibility: months to maturity",
      months(left),
      room,
      room ? "MATURITY_OK" : "TOO_CLOSE_TO_MATURITY",
      room ? maturityOk : maturityClose,
    ],
    resolved === undefined
      ? ["eligibility: hardship", () => "unknown", false, "HARDSHIP_UNKNOWN", hardshipUnknown]
      : !resolved
        ? [
            "eligibility: hardship",
            () => "not resolved",
            false,
            "HARDSHIP_NOT_RESOLVED",
            hardshipOpen,
          ]
        : ["eligibility: hardship", () => "resolved", true, "HARDSHIP_RESOLVED", hardshipResolved],
  ];
}

const tooFew = (x: Found) =>
  `${x.md} payments past due: a deferral needs at least ${x.p.minMonthsPastDue}`;
const tooMany = (x: Found) =>
  `${x.md} payments past due: a deferral allows at most ${x.p.maxMonthsPastDue}`;
const pastDueOk = (x: Found) =>
  `${x.md} payments past due (${x.p.minMonthsPastDue} to ${x.p.maxMonthsPastDue})`;
const cumulative = (x: Found, how: string) =>
  `${x.prior} months deferred before + ${x.md} now = ${x.cumulative}, ${how} the ${x.p.maxCumulativeDeferredMonths}-month lifetime cap`;
const cumulativeWithin = (x: Found) => cumulative(x, "within");
const cumulativeOver = (x: Found) => cumulative(x, "over");
const ageUnknown = (x: Found) =>
  `origination_date or as_of_date is missing: cannot confirm the loan is ${x.p.minLoanAgeMonths} months old`;
const tooNew = (x: Found) =>
  `originated only ${x.age} months before the evaluation (needs ${x.p.minLoanAgeMonths})`;
const ageOk = (x: Found) =>
  `originated ${x.age} months before the evaluation (at least ${x.p.minLoanAgeMonths})`;
const maturityOk = (x: Found) =>
  `${x.left} months to maturity (more than ${x.p.monthsToMaturityMoreThan})`;
const maturityClose = (x: Found) =>
  `only ${x.left} months to maturity: a deferral needs more than ${x.p.monthsToMaturityMoreThan}`;
const hardshipUnknown = () =>
  "hardship_resolved is not stated: a deferral needs the borrower to confirm the hardship is resolved";
const hardshipOpen = () =>
  "the hardship is not resolved: a deferral needs the borrower able to resume the contractual payment";
const hardshipResolved = () => "the borrower confirms the hardship is resolved";

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
  const checks = tests(found, f.hardshipResolved);
  for (const [step, shown, pass, code, say] of checks)
    trail.note(step, shown, pass, code, say, undefined, found);
  const failed = checks.find((t) => !t[2]);
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
