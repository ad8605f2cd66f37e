import Decimal from "decimal.js";
import { D, cents } from "./money";
import { Issue, Result, failWith, ok } from "./result";
import { Choices, choices, issuesIn, parseChoice, parseMoneyDecimal } from "./input";
import { INCOME_2025, IncomeRules } from "./rules/income-2025";

/**
 * Borrower income (docs/rules/income.md): monthly income from a pay
 * amount and its frequency, the non-taxable gross-up, and surplus income.
 */

export const PAY_FREQUENCIES = ["WEEKLY", "BIWEEKLY", "SEMIMONTHLY", "MONTHLY", "ANNUAL"] as const;
export type PayFrequency = (typeof PAY_FREQUENCIES)[number];

/**
 * Pay periods a year; monthly income = amount × periods / 12 (docs/rules/income.md): weekly
 * × 52/12, bi-weekly × 26/12, semi-monthly × 2, monthly × 1, annual / 12.
 */
export const PERIODS_PER_YEAR: Readonly<Record<PayFrequency, number>> = {
  WEEKLY: 52,
  BIWEEKLY: 26,
  SEMIMONTHLY: 24,
  MONTHLY: 12,
  ANNUAL: 1,
};

/** Other spellings accepted (case-insensitive; spaces, `_` and `-` ignored). */
export const PAY_FREQUENCY_ALIASES: Readonly<Record<string, PayFrequency>> = {
  "bi-weekly": "BIWEEKLY",
  fortnightly: "BIWEEKLY",
  "semi-monthly": "SEMIMONTHLY",
  "twice monthly": "SEMIMONTHLY",
  annually: "ANNUAL",
  yearly: "ANNUAL",
};

/** The pay frequencies and their other spellings, as the input module reads them. */
export const PAY_FREQUENCY_CHOICES: Choices<PayFrequency> = choices(
  PAY_FREQUENCIES,
  PAY_FREQUENCY_ALIASES
);

export function parsePayFrequency(text: string): PayFrequency | undefined {
  return PAY_FREQUENCY_CHOICES.lookup(text);
}

export interface MonthlyIncomeOptions {
  /** Non-taxable income (or net income standing in for gross): grossed up by the rule set's 25%. */
  readonly nonTaxable?: boolean;
  readonly rules?: IncomeRules;
}

/**
 * LM.MONTHLYINCOME: monthly gross income from a pay amount. Computed in full precision and rounded
 * once, half-up to cents, after any gross-up.
 */
export function monthlyIncome(
  amount: Decimal.Value,
  frequency: PayFrequency | string,
  options: MonthlyIncomeOptions = {}
): Result<Decimal> {
  const a = parseMoneyDecimal(amount, "amount");
  const f = parseChoice(frequency, "frequency", PAY_FREQUENCY_CHOICES);
  if (!a.ok || !f.ok) return failWith(issuesIn(a, f));
  let monthly = a.value.times(PERIODS_PER_YEAR[f.value]).div(12);
  // Non-taxable income is grossed up by 25% (Fannie Mae Servicing Guide; HAMP SD 09-01: × 1.25).
  if (options.nonTaxable) monthly = grossUp(monthly, options.rules);
  return ok(cents(monthly));
}

/** A non-taxable amount grossed up: amount × (1 + gross-up), unrounded. */
export function grossUp(amount: Decimal.Value, rules: IncomeRules = INCOME_2025): Decimal {
  return new D(amount).times(new D(1).plus(rules.params.nonTaxableGrossUp));
}

export interface SurplusInput {
  readonly netMonthlyIncome: Decimal.Value;
  readonly housingPayment: Decimal.Value;
  readonly otherDebts?: Decimal.Value;
  readonly livingExpenses?: Decimal.Value;
}

/**
 * Surplus income = net monthly income − housing payment − other debts − living expenses
 * (docs/rules/income.md), half-up to cents. Negative when the borrower runs a deficit.
 */
export function surplusIncome(input: SurplusInput): Result<Decimal> {
  const parts = [
    parseMoneyDecimal(input.netMonthlyIncome, "net_monthly_income"),
    parseMoneyDecimal(input.housingPayment, "housing_payment"),
    parseMoneyDecimal(input.otherDebts ?? 0, "other_debts"),
    parseMoneyDecimal(input.livingExpenses ?? 0, "living_expenses"),
  ];
  const issues: Issue[] = issuesIn(...parts);
  if (issues.length) return failWith(issues);
  const [net, housing, debts, living] = parts.map((p) => (p as { value: Decimal }).value);
  return ok(cents(net.minus(housing).minus(debts).minus(living)));
}
