import { D } from "../money";
import { LoanRecord, requireFields } from "../record";
import { Result, failWith, ok } from "../result";
import { Cents } from "../verified-rounding";
import { DEFERRAL, DeferralParams } from "../rules/deferral";
import { RuleSet } from "../rules/rule-set";
import { Evaluation, Trail } from "./evaluation";
import { loanFacts } from "./loan-facts";
import { usd } from "./display";

const PROGRAM = "GSE payment deferral";

/**
 * GSE payment deferral, rule set DEFERRAL (programs.md section 7; Fannie Mae D2-3.2-04): the past-due
 * P&I (and third-party servicing advances) moves into a non-interest-bearing balance due at maturity,
 * sale, refinance or payoff, and the borrower resumes the contractual P&I. Eligible when 2 to 6
 * payments are past due, cumulative deferred months (this deferral included) are at most 12, the loan
 * is at least 12 months old, more than 36 months remain to maturity, and the hardship is resolved.
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
  const missing = requireFields(
    record,
    [
      "upb",
      "note_rate",
      "remaining_term",
      "pi_payment",
      "months_delinquent",
      "prior_deferred_months",
    ],
    rules.id
  );
  if (missing.length) return failWith(missing);
  const f = loanFacts(record);
  const p = rules.params;
  const trail = new Trail(rules.id);
  const failures: { code: string; reason: string }[] = [];
  const check = (step: string, parameter: string, pass: boolean, code: string, reason: string) => {
    if (!pass) failures.push({ code, reason });
    trail.add(step, parameter, pass, code, reason);
  };

  const md = f.monthsDelinquent!;
  if (md < p.minMonthsPastDue)
    check(
      "eligibility: delinquency",
      `${md} months`,
      false,
      "TOO_FEW_PAST_DUE",
      `${md} payments past due: a deferral needs at least ${p.minMonthsPastDue}`
    );
  else if (md > p.maxMonthsPastDue)
    check(
      "eligibility: delinquency",
      `${md} months`,
      false,
      "TOO_MANY_PAST_DUE",
      `${md} payments past due: a deferral allows at most ${p.maxMonthsPastDue}`
    );
  else
    check(
      "eligibility: delinquency",
      `${md} months`,
      true,
      "DELINQUENCY_OK",
      `${md} payments past due (${p.minMonthsPastDue} to ${p.maxMonthsPastDue})`
    );

  const prior = f.priorDeferredMonths!;
  const cumulative = prior + md;
  check(
    "eligibility: cumulative deferral",
    `${cumulative} months`,
    cumulative <= p.maxCumulativeDeferredMonths,
    cumulative <= p.maxCumulativeDeferredMonths ? "CUMULATIVE_OK" : "CUMULATIVE_OVER_CAP",
    `${prior} months deferred before + ${md} now = ${cumulative}, ${cumulative <= p.maxCumulativeDeferredMonths ? "within" : "over"} the ${p.maxCumulativeDeferredMonths}-month lifetime cap`
  );

  const age = f.loanAgeMonths;
  if (age === undefined)
    check(
      "eligibility: loan age",
      "unknown",
      false,
      "LOAN_AGE_UNKNOWN",
      `origination_date or as_of_date is missing: cannot confirm the loan is ${p.minLoanAgeMonths} months old`
    );
  else if (age < p.minLoanAgeMonths)
    check(
      "eligibility: loan age",
      `${age} months`,
      false,
      "LOAN_TOO_NEW",
      `originated only ${age} months before the evaluation (needs ${p.minLoanAgeMonths})`
    );
  else
    check(
      "eligibility: loan age",
      `${age} months`,
      true,
      "LOAN_AGE_OK",
      `originated ${age} months before the evaluation (at least ${p.minLoanAgeMonths})`
    );

  const left = f.remainingTerm;
  check(
    "eligibility: months to maturity",
    `${left} months`,
    left > p.monthsToMaturityMoreThan,
    left > p.monthsToMaturityMoreThan ? "MATURITY_OK" : "TOO_CLOSE_TO_MATURITY",
    left > p.monthsToMaturityMoreThan
      ? `${left} months to maturity (more than ${p.monthsToMaturityMoreThan})`
      : `only ${left} months to maturity: a deferral needs more than ${p.monthsToMaturityMoreThan}`
  );

  const resolved = f.hardshipResolved;
  if (resolved === undefined)
    check(
      "eligibility: hardship",
      "unknown",
      false,
      "HARDSHIP_UNKNOWN",
      "hardship_resolved is not stated: a deferral needs the borrower to confirm the hardship is resolved"
    );
  else if (!resolved)
    check(
      "eligibility: hardship",
      "not resolved",
      false,
      "HARDSHIP_NOT_RESOLVED",
      "the hardship is not resolved: a deferral needs the borrower able to resume the contractual payment"
    );
  else
    check(
      "eligibility: hardship",
      "resolved",
      true,
      "HARDSHIP_RESOLVED",
      "the borrower confirms the hardship is resolved"
    );

  const eligible = failures.length === 0;
  // Deferred balance = past-due P&I months × contractual P&I (+ third-party servicing advances).
  const deferredPi: Cents = md * f.pi;
  const advances: Cents = p.deferServicingAdvances ? f.servicingAdvances : 0;
  const balance: Cents = deferredPi + advances;
  const how = `${md} × P&I ${usd(f.pi)} = ${usd(deferredPi)}${p.deferServicingAdvances ? ` + servicing advances ${usd(advances)}` : ""}: ${usd(balance)} non-interest-bearing, due at maturity, sale, refinance or payoff`;
  const reason = eligible
    ? `deferred ${how}; the P&I stays ${usd(f.pi)} (escrow advances ${usd(f.escrowAdvances)} are recovered through the escrow analysis)`
    : `not eligible for a deferral (${failures[0].reason}); it would defer ${how}`;
  trail.add(
    "deferral",
    usd(balance),
    eligible,
    eligible ? "DEFERRED" : "NOT_ELIGIBLE",
    reason,
    eligible ? f.pi : undefined
  );

  const newPitia = f.pi + f.escrow;
  return ok({
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
    reasonCode: eligible ? "DEFERRED" : failures[0].code,
    reason,
    steps: trail.steps,
    amounts: { deferred_balance: balance, deferred_pi: deferredPi, deferred_advances: advances },
  });
}
