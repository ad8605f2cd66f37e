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

/** One eligibility test of the deferral: its step, what it found, and the sentence saying so. */
type Test = readonly [step: string, shown: string, pass: boolean, code: string, say: () => string];

/**
 * GSE payment deferral, rule set DEFERRAL (programs.md section 7; Fannie Mae D2-3.2-04): the past-due
 * P&I (and third-party servicing advances) moves into a non-interest-bearing balance due at maturity,
 * sale, refinance or payoff, and the borrower resumes the contractual P&I. Eligible when the payments
 * past due are within the rule set's range, cumulative deferred months (this deferral included) are
 * within its lifetime cap, the loan is old enough, enough months remain to maturity, and the hardship
 * is resolved.
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
  const cumulative = prior + md;
  const within = cumulative <= p.maxCumulativeDeferredMonths;
  const age = f.loanAgeMonths;
  const left = f.remainingTerm;
  const room = left > p.monthsToMaturityMoreThan;
  const resolved = f.hardshipResolved;
  const tests: Test[] = [
    md < p.minMonthsPastDue
      ? [
          "eligibility: delinquency",
          `${md} months`,
          false,
          "TOO_FEW_PAST_DUE",
          () => `${md} payments past due: a deferral needs at least ${p.minMonthsPastDue}`,
        ]
      : md > p.maxMonthsPastDue
        ? [
            "eligibility: delinquency",
            `${md} months`,
            false,
            "TOO_MANY_PAST_DUE",
            () => `${md} payments past due: a deferral allows at most ${p.maxMonthsPastDue}`,
          ]
        : [
            "eligibility: delinquency",
            `${md} months`,
            true,
            "DELINQUENCY_OK",
            () => `${md} payments past due (${p.minMonthsPastDue} to ${p.maxMonthsPastDue})`,
          ],
    [
      "eligibility: cumulative deferral",
      `${cumulative} months`,
      within,
      within ? "CUMULATIVE_OK" : "CUMULATIVE_OVER_CAP",
      () =>
        `${prior} months deferred before + ${md} now = ${cumulative}, ${within ? "within" : "over"} the ${p.maxCumulativeDeferredMonths}-month lifetime cap`,
    ],
    age === undefined
      ? [
          "eligibility: loan age",
          "unknown",
          false,
          "LOAN_AGE_UNKNOWN",
          () =>
            `origination_date or as_of_date is missing: cannot confirm the loan is ${p.minLoanAgeMonths} months old`,
        ]
      : age < p.minLoanAgeMonths
        ? [
            "eligibility: loan age",
            `${age} months`,
            false,
            "LOAN_TOO_NEW",
            () =>
              `originated only ${age} months before the evaluation (needs ${p.minLoanAgeMonths})`,
          ]
        : [
            "eligibility: loan age",
            `${age} months`,
            true,
            "LOAN_AGE_OK",
            () => `originated ${age} months before the evaluation (at least ${p.minLoanAgeMonths})`,
          ],
    [
      "eligibility: months to maturity",
      `${left} months`,
      room,
      room ? "MATURITY_OK" : "TOO_CLOSE_TO_MATURITY",
      room
        ? () => `${left} months to maturity (more than ${p.monthsToMaturityMoreThan})`
        : () =>
            `only ${left} months to maturity: a deferral needs more than ${p.monthsToMaturityMoreThan}`,
    ],
    resolved === undefined
      ? [
          "eligibility: hardship",
          "unknown",
          false,
          "HARDSHIP_UNKNOWN",
          () =>
            "hardship_resolved is not stated: a deferral needs the borrower to confirm the hardship is resolved",
        ]
      : !resolved
        ? [
            "eligibility: hardship",
            "not resolved",
            false,
            "HARDSHIP_NOT_RESOLVED",
            () =>
              "the hardship is not resolved: a deferral needs the borrower able to resume the contractual payment",
          ]
        : [
            "eligibility: hardship",
            "resolved",
            true,
            "HARDSHIP_RESOLVED",
            () => "the borrower confirms the hardship is resolved",
          ],
  ];
  const trail = new Trail(rules.id);
  for (const [step, shown, pass, code, say] of tests) trail.add(step, shown, pass, code, say);
  const failed = tests.find((t) => !t[2]);
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
      ? `not eligible for a deferral (${failed[4]()}); it would defer ${how()}`
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
        piReduction: new D(0),
        dtiAfter: f.gmi ? new D(newPitia).div(f.gmi) : undefined,
        reasonCode: failed ? failed[3] : "DEFERRED",
        steps: trail.steps,
        amounts: {
          deferred_balance: balance,
          deferred_pi: deferredPi,
          deferred_advances: advances,
        },
      },
      say,
      undefined
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
