import Decimal from "decimal.js";
import { D } from "./money";
import { CalendarDate, addMonths } from "./calendar-date";
import { Cents, roundHalfUpCents } from "./verified-rounding";
import {
  MAX_TERM_MONTHS,
  centsOfNumber as toCents,
  issuesIn,
  parseCents,
  parseCount,
  parseMoney,
  parseMonths,
} from "./input";
import { Result, fail, failWith, ok } from "./result";
import { REPAY_FNMA } from "./rules/repay-fnma";

/**
 * Repayment plan (docs/rules/repayment.md, rule set REPAY-FNMA): installment = contractual payment +
 * arrears / months, half-up to cents; the last installment absorbs the residue so the plan collects
 * exactly the arrears.
 */
export interface RepaymentPlanRow {
  readonly no: number;
  readonly date?: CalendarDate;
  readonly contractual: Cents;
  readonly catchUp: Cents;
  readonly installment: Cents;
  readonly arrearsLeft: Cents;
}

export interface RepaymentPlan {
  readonly ruleSet: string;
  readonly months: number;
  readonly rows: readonly RepaymentPlanRow[];
  readonly arrears: Cents;
  readonly contractual: Cents;
  /** The largest installment of the plan (the last one can be a few cents above the others). */
  readonly maxInstallment: Cents;
  /** maxInstallment / contractual, unrounded. */
  readonly paymentRatio: Decimal;
  /** D2-3.2-02: every installment ≤ 150% of the contractual payment. */
  readonly withinPaymentCap: boolean;
  /** Over 6 months or over 90 days delinquent: a complete borrower response package is required. */
  readonly needsBorrowerResponsePackage: boolean;
  /** Over 12 months: the investor's written approval is required. */
  readonly needsInvestorApproval: boolean;
  /** Forbearance + repayment ≤ 36 months; undefined when forbearance months were not given. */
  readonly withinCombinedLimit?: boolean;
}

export interface RepaymentPlanInput {
  readonly arrears: number;
  readonly contractualPayment: number;
  readonly months: number;
  readonly firstDueDate?: CalendarDate;
  readonly daysDelinquent?: number;
  readonly forbearanceMonths?: number;
}

type Params = {
  -readonly [K in keyof typeof REPAY_FNMA.params]: (typeof REPAY_FNMA.params)[K] extends string
    ? string
    : number;
};

/** A plan's amounts already read into cents (a custom function's cells), its other inputs as given. */
export type RepaymentPlanCentsInput = Omit<RepaymentPlanInput, "arrears" | "contractualPayment"> & {
  readonly arrears: Cents;
  readonly contractualPayment: Cents;
};

type Rules = { id: string; params: Params };

/** The checks of a plan's months, days delinquent and forbearance months. */
function termChecks(input: RepaymentPlanCentsInput | RepaymentPlanInput): Result<unknown>[] {
  return [
    parseMonths(input.months, "months"),
    ...(input.daysDelinquent === undefined
      ? []
      : [parseCount(input.daysDelinquent, "days_delinquent", { max: 100000 })]),
    ...(input.forbearanceMonths === undefined
      ? []
      : [parseCount(input.forbearanceMonths, "forbearance_months", { max: MAX_TERM_MONTHS })]),
  ];
}

export function repaymentPlan(
  input: RepaymentPlanInput,
  rules: Rules = REPAY_FNMA
): Result<RepaymentPlan> {
  const issues = issuesIn(
    parseMoney(input.arrears, "arrears"),
    parseMoney(input.contractualPayment, "contractual_payment"),
    ...termChecks(input)
  );
  if (issues.length) return failWith(issues);
  return planOf(
    {
      ...input,
      arrears: toCents(input.arrears),
      contractualPayment: toCents(input.contractualPayment),
    },
    rules
  );
}

/** repaymentPlan of amounts already in cents: the same checks, the same plan. */
export function repaymentPlanCents(
  input: RepaymentPlanCentsInput,
  rules: Rules = REPAY_FNMA
): Result<RepaymentPlan> {
  const issues = issuesIn(
    parseCents(input.arrears, "arrears"),
    parseCents(input.contractualPayment, "contractual_payment"),
    ...termChecks(input)
  );
  if (issues.length) return failWith(issues);
  return planOf(input, rules);
}

function planOf(input: RepaymentPlanCentsInput, rules: Rules): Result<RepaymentPlan> {
  const arrears = input.arrears;
  const contractual = input.contractualPayment;
  if (contractual === 0)
    return fail(
      "DIV0",
      "contractual_payment is 0: the 150% test divides by it",
      "contractual_payment",
      0
    );
  const m = input.months;
  const catchUp = evenShare(arrears, m);
  const lastCatchUp = arrears - catchUp * (m - 1);
  if (lastCatchUp < 0)
    return fail(
      "NUM",
      `arrears of ${arrears / 100} cannot be spread over ${m} months in whole cents`,
      "months",
      m
    );
  const rows: RepaymentPlanRow[] = [];
  let left = arrears;
  for (let i = 1; i <= m; i++) {
    const c = i === m ? lastCatchUp : catchUp;
    left -= c;
    rows.push({
      no: i,
      date: input.firstDueDate ? addMonths(input.firstDueDate, i - 1) : undefined,
      contractual,
      catchUp: c,
      installment: contractual + c,
      arrearsLeft: left,
    });
  }
  const maxInstallment = contractual + Math.max(catchUp, lastCatchUp);
  const p = rules.params;
  const paymentRatio = new D(maxInstallment).div(contractual);
  return ok({
    ruleSet: rules.id,
    months: m,
    rows,
    arrears,
    contractual,
    maxInstallment,
    paymentRatio,
    withinPaymentCap: paymentRatio.lte(p.maxPaymentRatio),
    needsBorrowerResponsePackage:
      m > p.noBrpMaxMonths || (input.daysDelinquent ?? 0) > p.noBrpMaxDaysDelinquent,
    needsInvestorApproval: m > p.investorApprovalOverMonths,
    withinCombinedLimit:
      input.forbearanceMonths === undefined
        ? undefined
        : input.forbearanceMonths + m <= p.maxForbearancePlusRepaymentMonths,
  });
}

/** arrears / months, half-up to cents. */
function evenShare(arrears: Cents, months: number): Cents {
  return roundHalfUpCents(arrears / months, () => new D(arrears).div(months));
}

/**
 * Fewest months whose every installment stays within maxRatio × contractual (LM.REPAYMONTHS).
 * The even share must fit the allowance (maxRatio − 1) × contractual, so ⌈arrears / allowance⌉ months
 * is the least candidate; rounding and the last installment's residue can need a month or two more.
 */
export function fewestRepaymentMonths(
  arrears: number,
  contractualPayment: number,
  maxRatio: Decimal.Value = REPAY_FNMA.params.maxPaymentRatio
): Result<number> {
  const issues = issuesIn(
    parseMoney(arrears, "arrears"),
    parseMoney(contractualPayment, "contractual_payment")
  );
  if (issues.length) return failWith(issues);
  return fewestMonths(toCents(arrears), toCents(contractualPayment), maxRatio, arrears);
}

/** fewestRepaymentMonths of amounts already in cents: the same checks, the same months. */
export function fewestRepaymentMonthsCents(
  arrears: Cents,
  contractualPayment: Cents,
  maxRatio: Decimal.Value = REPAY_FNMA.params.maxPaymentRatio
): Result<number> {
  const issues = issuesIn(
    parseCents(arrears, "arrears"),
    parseCents(contractualPayment, "contractual_payment")
  );
  if (issues.length) return failWith(issues);
  return fewestMonths(arrears, contractualPayment, maxRatio, arrears / 100);
}

/** The search itself; `shown` is the arrears as the caller gave them, for the message. */
function fewestMonths(a: Cents, c: Cents, maxRatio: Decimal.Value, shown: number): Result<number> {
  if (a === 0) return ok(0);
  const allowance = new D(maxRatio).minus(1).times(c);
  if (allowance.lte(0))
    return fail(
      "NA",
      `no plan can collect arrears when the installment may not exceed ${new D(maxRatio).times(100)}% of the contractual payment`,
      "max_ratio",
      maxRatio
    );
  const first = Math.max(1, new D(a).div(allowance).ceil().toNumber());
  for (let m = first; m <= MAX_TERM_MONTHS; m++) {
    const share = evenShare(a, m);
    const last = a - share * (m - 1);
    if (last >= 0 && allowance.gte(Math.max(share, last))) return ok(m);
  }
  return fail(
    "NA",
    `arrears cannot be repaid within ${MAX_TERM_MONTHS} months at that cap`,
    "arrears",
    shown
  );
}
