import { arg, choice, flag, issueOf, money, optional, perRow, required } from "./cells";
import { monthlyIncome, PAY_FREQUENCY_CHOICES } from "../core/income";
import { breakEvenMonths } from "../core/refinance";
import { centsToNumber, dollarsOfCents } from "../core/money";

/**
 * Monthly gross income from a pay amount: weekly × 52 / 12, bi-weekly × 26 / 12, semi-monthly × 2, monthly × 1, annual / 12; non-taxable income grossed up by 25%. Rounded half-up to cents.
 * @customfunction MONTHLYINCOME
 * @helpurl https://localhost:3000/help/monthlyincome.html
 * @param amount The pay amount per period, in dollars.
 * @param frequency WEEKLY, BIWEEKLY, SEMIMONTHLY, MONTHLY or ANNUAL.
 * @param [non_taxable] TRUE for non-taxable income (Social Security, some benefits): grossed up by 25%. Default FALSE.
 * @returns Monthly gross income in dollars; a column when any argument is a column.
 */
export function monthlyincome(amount: any[][], frequency: any[][], non_taxable?: any[][]): any[][] {
  return perRow(
    [
      arg("amount", required(money)),
      arg("frequency", required(choice(PAY_FREQUENCY_CHOICES))),
      arg("non_taxable", optional(flag, false)),
    ] as const,
    [amount, frequency, non_taxable],
    (a, f, nonTaxable) => {
      const r = monthlyIncome(dollarsOfCents(a), f, { nonTaxable });
      return r.ok ? centsToNumber(r.value) : issueOf(r);
    }
  );
}

/**
 * Months for a refinance's monthly saving to repay its closing costs: closing costs / (current P&I − new P&I), each amount taken to cents first, rounded up to a whole month. #N/A when there is no saving.
 * @customfunction BREAKEVEN
 * @helpurl https://localhost:3000/help/breakeven.html
 * @param closing_costs The refinance's closing costs, in dollars.
 * @param current_pi The current monthly P&I, in dollars.
 * @param new_pi The new monthly P&I, in dollars.
 * @returns Whole months; a column when any argument is a column.
 */
export function breakeven(closing_costs: any[][], current_pi: any[][], new_pi: any[][]): any[][] {
  return perRow(
    [
      arg("closing_costs", required(money)),
      arg("current_pi", required(money)),
      arg("new_pi", required(money)),
    ] as const,
    [closing_costs, current_pi, new_pi],
    (c, cur, next) => {
      const r = breakEvenMonths(dollarsOfCents(c), dollarsOfCents(cur), dollarsOfCents(next));
      return r.ok ? r.value : issueOf(r);
    }
  );
}
