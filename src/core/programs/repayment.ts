import { daysBetween } from "../calendar-date";
import { D } from "../money";
import { LoanRecord } from "../record";
import { Result, failWith, ok } from "../result";
import { Cents } from "../verified-rounding";
import { REPAY_FNMA } from "../rules/repay-fnma";
import { RuleSet } from "../rules/rule-set";
import { fewestRepaymentMonths, repaymentPlan } from "../repayment-plan";
import { Evaluation, Trail, once, withReason } from "./evaluation";
import { loanFacts } from "./loan-facts";
import { pct, usd } from "./display";
import { FieldUse, TERMS_FIELDS, describeProgram, fieldIssues } from "./descriptor";

const PROGRAM = "Repayment plan";

/** The P&I stays: no reduction. */
const NO_REDUCTION = new D(0);

const FIELDS: FieldUse = {
  required: [...TERMS_FIELDS, "pi_payment", "escrow_payment", "months_delinquent"],
  optional: [
    "hardship_resolved",
    "servicing_advances",
    "late_fees",
    "next_due_date",
    "as_of_date",
    "gross_monthly_income",
  ],
};

/** REPAY-FNMA's parameters, widened from their literal types so a caller can pass other values. */
export type RepayParams = {
  readonly [K in keyof typeof REPAY_FNMA.params]: (typeof REPAY_FNMA.params)[K] extends string
    ? string
    : number;
};

/**
 * Repayment plan as a waterfall option, rule set REPAY-FNMA (docs/rules/repayment.md; Fannie Mae
 * D2-3.2-02). The arrears are the missed contractual payments, months_delinquent × (P&I + escrow),
 * plus third-party servicing advances; the past-due interest and escrow advances are parts of those
 * missed payments, so they are not added again, and late fees are waived
 * (docs/rules/conventions.md). The plan is the fewest months keeping every installment within the
 * rule set's share of the contractual payment (fewestRepaymentMonths); it works when the hardship
 * is resolved and that plan fits within the months allowed without the investor's written approval.
 */
export function repaymentPlanOption(
  record: LoanRecord,
  rules: RuleSet<RepayParams> = REPAY_FNMA
): Result<Evaluation> {
  const issues = fieldIssues(record, FIELDS, rules.id);
  if (issues.length) return failWith(issues);
  const f = loanFacts(record);
  const p = rules.params;
  const trail = new Trail(rules.id);
  const md = f.monthsDelinquent!;
  const contractual: Cents = f.pi + f.escrow;
  const missed: Cents = md * contractual;
  const arrears: Cents = missed + f.servicingAdvances;
  const amounts: Record<string, Cents> = { arrears };

  const result = (
    eligible: boolean,
    works: boolean,
    code: string,
    reason: () => string
  ): Result<Evaluation> =>
    ok(
      withReason(
        {
          program: PROGRAM,
          ruleSet: rules.id,
          ruleSetVersion: rules.version,
          eligible,
          targetMet: works,
          offerable: works,
          capitalizedUpb: f.upb,
          newRate: f.noteRate,
          newTerm: f.remainingTerm,
          forbearance: 0,
          interestBearingUpb: f.upb,
          newPi: f.pi,
          newPitia: contractual,
          piReduction: NO_REDUCTION,
          reasonCode: code,
          steps: trail.steps,
          amounts,
        },
        reason,
        undefined,
        { gmi: f.gmi }
      )
    );
  const stop = (
    step: string,
    parameter: string,
    code: string,
    reason: () => string,
    eligible = false
  ) => {
    const say = once(reason);
    trail.add(step, parameter, false, code, say);
    return result(eligible, false, code, say);
  };

  const resolved = f.hardshipResolved;
  if (resolved === undefined)
    return stop(
      "eligibility: hardship",
      "unknown",
      "HARDSHIP_UNKNOWN",
      () => "hardship_resolved is not stated: a repayment plan needs the hardship resolved"
    );
  if (!resolved)
    return stop(
      "eligibility: hardship",
      "not resolved",
      "HARDSHIP_NOT_RESOLVED",
      () => `the hardship is not resolved: a repayment plan needs it resolved (${p.section})`
    );
  trail.add(
    "eligibility: hardship",
    "resolved",
    true,
    "HARDSHIP_RESOLVED",
    "the borrower confirms the hardship is resolved"
  );
  if (md === 0)
    return stop(
      "eligibility: delinquency",
      "0 months",
      "NOT_DELINQUENT",
      () => "no payment is past due: there is nothing to repay"
    );
  const arrearsWhy = () =>
    `${md} × contractual payment ${usd(contractual)} (P&I ${usd(f.pi)} + escrow ${usd(f.escrow)}) = ${usd(missed)} + servicing advances ${usd(f.servicingAdvances)}: arrears ${usd(arrears)} (late fees ${usd(f.lateFees)} waived)`;
  trail.add("arrears", () => usd(arrears), true, "ARREARS", arrearsWhy);
  if (contractual === 0)
    return stop(
      "plan",
      "n/a",
      "NO_CONTRACTUAL_PAYMENT",
      () =>
        `the contractual payment is ${usd(0)}: the ${pct(p.maxPaymentRatio, 0)} test has nothing to measure against`,
      true
    );

  const months = fewestRepaymentMonths(arrears / 100, contractual / 100, p.maxPaymentRatio);
  if (!months.ok) return stop("plan", "n/a", "NO_PLAN", () => months.issues[0].reason, true);
  const m = months.value;
  amounts.plan_months = m;
  if (m > p.investorApprovalOverMonths) {
    return stop(
      "plan",
      `${m} months`,
      "NEEDS_INVESTOR_APPROVAL",
      () =>
        `keeping each installment within ${pct(p.maxPaymentRatio, 0)} of ${usd(contractual)} takes ${m} months, more than the ${p.investorApprovalOverMonths} allowed without the investor's written approval`,
      true
    );
  }
  // Days delinquent from the dates when both are given (the due date is day 0), else so many a payment.
  const days =
    f.nextDue && f.asOf
      ? Math.max(0, daysBetween(f.nextDue, f.asOf))
      : md * p.daysPerPaymentPastDue;
  const plan = repaymentPlan(
    {
      arrears: arrears / 100,
      contractualPayment: contractual / 100,
      months: m,
      daysDelinquent: days,
    },
    rules
  );
  if (!plan.ok) return stop("plan", `${m} months`, "NO_PLAN", () => plan.issues[0].reason, true);
  const v = plan.value;
  amounts.installment = v.rows[0].installment;
  amounts.max_installment = v.maxInstallment;
  const brp = () =>
    v.needsBorrowerResponsePackage
      ? `; a complete borrower response package is required (over ${p.noBrpMaxMonths} months or over ${p.noBrpMaxDaysDelinquent} days delinquent)`
      : "";
  const reason = once(
    () =>
      `${m}-month plan: installments ${usd(v.rows[0].installment)}${v.maxInstallment !== v.rows[0].installment ? ` (the last ${usd(v.rows[m - 1].installment)})` : ""}, at most ${pct(v.paymentRatio, 2)} of the contractual ${usd(contractual)}, repay the ${usd(arrears)} of arrears${brp()}`
  );
  trail.add("plan", `${m} months`, true, "PLAN_FITS", reason, f.pi);
  return result(true, true, "PLAN_FITS", reason);
}

export const REPAY_FNMA_PROGRAM = describeProgram({
  name: PROGRAM,
  kind: "workout",
  rules: REPAY_FNMA,
  ...FIELDS,
  evaluate: (record) => repaymentPlanOption(record),
});
