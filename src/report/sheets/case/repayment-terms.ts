/**
 * The figures of a repayment plan agreement: the past-due amount and its parts, the plan (the fewest
 * months within the payment cap unless the months are given), its 150% test and the approvals it
 * needs, all from the investor's repayment-plan option and its rule set.
 */
import type { CalendarDate } from "../../../core/calendar-date";
import { Result, fail, failWith, ok } from "../../../core/result";
import type { Cents } from "../../../core/verified-rounding";
import { RepaymentPlan, fewestRepaymentMonths, repaymentPlan } from "../../../core/repayment-plan";
import { REPAY_FNMA } from "../../../core/rules/repay-fnma";
import type { CaseOption, LoanCase } from "./loan-case";
import { nextDueAfter } from "./due-dates";

export interface RepaymentInput {
  /** Plan length; default the fewest months within the payment cap. */
  readonly months?: number;
  /** First installment's due date; default the next installment due after the as-of date. */
  readonly firstDueDate?: CalendarDate;
}

/** The total past due as of the as-of date, split into its parts (late charges shown, waived). */
export interface PastDue {
  readonly monthsPastDue: number;
  readonly principalInterest: Cents;
  readonly escrow: Cents;
  readonly servicingAdvances: Cents;
  readonly lateCharges: Cents;
  /** What the plan repays: the parts above but the late charges, which are waived. */
  readonly total: Cents;
}

export interface RepaymentTerms {
  readonly option: CaseOption;
  readonly rules: typeof REPAY_FNMA;
  readonly plan: RepaymentPlan;
  readonly monthsGiven: boolean;
  readonly firstDueGiven: boolean;
  readonly firstDue: CalendarDate;
  readonly pastDue: PastDue;
  /** Days delinquent on the as-of date (undefined when the next due date is not given). */
  readonly daysDelinquent?: number;
}

/** The repayment plan option of the investor's order, the rule set a plan is made under. */
function repaymentOption(c: LoanCase): CaseOption | undefined {
  return c.options.find((o) => o.id === REPAY_FNMA.id);
}

/**
 * A repayment plan for the loan. No plan can be made (an issue says why) when the investor's order
 * has no repayment plan, the option cannot be evaluated (the fields it lacks are named) or there
 * are no arrears to repay.
 */
export function repaymentTerms(c: LoanCase, input: RepaymentInput = {}): Result<RepaymentTerms> {
  const option = repaymentOption(c);
  if (!option) return fail("NA", `the ${c.investor} options include no repayment plan`, "investor");
  if (!option.evaluation) return failWith(option.issues);
  const r = c.record;
  const arrears: Cents | undefined = option.evaluation.amounts?.arrears;
  if (arrears === undefined)
    return fail("NA", `${option.id} gave no arrears for loan ${c.loanId}`, "months_delinquent");
  if (arrears <= 0)
    return fail(
      "NA",
      `loan ${c.loanId} has no arrears to repay (months_delinquent ${r.months_delinquent ?? 0}, no servicing advances): a repayment plan has nothing to collect`,
      "months_delinquent",
      r.months_delinquent
    );
  const md = r.months_delinquent ?? 0;
  const pi = r.pi_payment ?? 0;
  const escrow = r.escrow_payment ?? 0;
  const pastDue: PastDue = {
    monthsPastDue: md,
    principalInterest: md * pi,
    escrow: md * escrow,
    servicingAdvances: r.servicing_advances ?? 0,
    lateCharges: r.late_fees ?? 0,
    total: arrears,
  };
  const contractual = pi + escrow;
  const p = REPAY_FNMA.params;
  let months = input.months;
  if (months === undefined) {
    const fewest = fewestRepaymentMonths(arrears / 100, contractual / 100, p.maxPaymentRatio);
    if (!fewest.ok) return fewest;
    months = fewest.value;
  }
  const firstDue = input.firstDueDate ?? nextDueAfter(c);
  const days = c.regx.days_delinquent;
  const plan = repaymentPlan({
    arrears: arrears / 100,
    contractualPayment: contractual / 100,
    months,
    firstDueDate: firstDue,
    daysDelinquent: days,
  });
  if (!plan.ok) return plan;
  return ok({
    option,
    rules: REPAY_FNMA,
    plan: plan.value,
    monthsGiven: input.months !== undefined,
    firstDueGiven: input.firstDueDate !== undefined,
    firstDue,
    pastDue,
    daysDelinquent: days,
  });
}
