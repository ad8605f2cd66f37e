import {
  Out,
  arg,
  issueOf,
  money,
  months,
  optional,
  perRow,
  rate,
  count,
  required,
  table,
  date,
  dateCell,
  flag,
} from "./cells";
import { amortizeFromCents, balanceAfterCents, levelPaymentCents } from "../core/schedule";
import { maxPrincipalWithinCap } from "../core/max-principal";
import { modifiedPaymentCents } from "../core/modified-payment";

const LOAN = [
  arg("principal", required(money)),
  arg("annual_rate", required(rate)),
  arg("term_months", required(months)),
] as const;

/**
 * Level monthly principal-and-interest payment, rounded half-up to cents (like PMT, but positive and exact).
 * @customfunction PAYMENT
 * @helpurl https://localhost:3000/help/payment.html
 * @param principal Loan amount in dollars. A cell or a column.
 * @param annual_rate Annual interest rate as a fraction (0.065 or 6.5%). A cell or a column.
 * @param term_months Number of monthly payments (1 to 1200). A cell or a column.
 * @returns The monthly payment; a column when any argument is a column.
 */
export function payment(principal: any[][], annual_rate: any[][], term_months: any[][]): any[][] {
  return perRow(
    LOAN,
    [principal, annual_rate, term_months],
    (p, r, n) => levelPaymentCents(p, r, n) / 100
  );
}

/**
 * Monthly P&I of a modification: the level payment on upb + capitalized arrears − principal forbearance.
 * @customfunction MODPAYMENT
 * @helpurl https://localhost:3000/help/modpayment.html
 * @param upb Interest-bearing unpaid principal balance before the modification, in dollars.
 * @param annual_rate Modified annual interest rate as a fraction (0.04 or 4%).
 * @param term_months Modified term in months (1 to 1200).
 * @param [capitalized_arrears] Arrears added to the balance (past-due interest, escrow and servicing advances; never late fees). Default 0.
 * @param [forbearance] Non-interest-bearing principal forbearance, due at maturity. Default 0.
 * @returns The modified monthly P&I; a column when any argument is a column.
 */
export function modpayment(
  upb: any[][],
  annual_rate: any[][],
  term_months: any[][],
  capitalized_arrears?: any[][],
  forbearance?: any[][]
): any[][] {
  return perRow(
    [
      arg("upb", required(money)),
      arg("annual_rate", required(rate)),
      arg("term_months", required(months)),
      arg("capitalized_arrears", optional(money, 0)),
      arg("forbearance", optional(money, 0)),
    ] as const,
    [upb, annual_rate, term_months, capitalized_arrears, forbearance],
    (u, r, n, a, f) => {
      const c = modifiedPaymentCents(u, a, f, r, n);
      return typeof c === "number" ? c / 100 : c;
    }
  );
}

/**
 * The principal a target monthly payment carries: the present value of the payment floored to cents, as HUD and the GSEs size a modified loan (its payment never exceeds the target). Above 1e13 dollars it is #NUM!.
 * @customfunction MAXPRINCIPAL
 * @helpurl https://localhost:3000/help/maxprincipal.html
 * @param target_payment The most the monthly P&I may be, in dollars.
 * @param annual_rate Annual interest rate as a fraction (0.04 or 4%).
 * @param term_months Number of monthly payments (1 to 1200).
 * @returns The principal in dollars; a column when any argument is a column.
 */
export function maxprincipal(
  target_payment: any[][],
  annual_rate: any[][],
  term_months: any[][]
): any[][] {
  return perRow(
    [
      arg("target_payment", required(money)),
      arg("annual_rate", required(rate)),
      arg("term_months", required(months)),
    ] as const,
    [target_payment, annual_rate, term_months],
    (t, r, n) => {
      const l = maxPrincipalWithinCap(t, r, n);
      return l.ok ? l.value / 100 : issueOf(l);
    }
  );
}

/**
 * Balance after a number of scheduled payments, as the amortization schedule computes it (interest rounded to cents each month).
 * @customfunction BALANCE
 * @helpurl https://localhost:3000/help/balance.html
 * @param principal Loan amount in dollars.
 * @param annual_rate Annual interest rate as a fraction (0.065 or 6.5%).
 * @param term_months Number of monthly payments (1 to 1200).
 * @param payments_made Scheduled payments made so far (0 or more; at or past the term the balance is 0).
 * @returns The remaining balance in dollars; a column when any argument is a column.
 */
export function balance(
  principal: any[][],
  annual_rate: any[][],
  term_months: any[][],
  payments_made: any[][]
): any[][] {
  return perRow(
    [...LOAN, arg("payments_made", required(count))] as const,
    [principal, annual_rate, term_months, payments_made],
    (p, r, n, k) => balanceAfterCents(p, r, n, k) / 100
  );
}

const SCHEDULE_HEADERS: Out[] = ["No.", "Date", "Payment", "Interest", "Principal", "Balance"];

/**
 * Amortization schedule that spills: no., date, payment, interest, principal, balance. Ends at exactly 0.00; a forbearance amount is paid as a balloon with the last payment.
 * @customfunction AMORTIZE
 * @helpurl https://localhost:3000/help/amortize.html
 * @param principal Loan amount in dollars, forbearance included.
 * @param annual_rate Annual interest rate as a fraction (0.065 or 6.5%).
 * @param term_months Number of monthly payments (1 to 1200).
 * @param [first_payment_date] Due date of the first payment; later dates fall on the same day of each month. Blank leaves the date column empty.
 * @param [forbearance] Non-interest-bearing part of the principal, due with the last payment. Default 0.
 * @param [headers] TRUE (default) to put a header row on top.
 * @returns The schedule, one row per payment.
 */
export function amortize(
  principal: any[][],
  annual_rate: any[][],
  term_months: any[][],
  first_payment_date?: any[][],
  forbearance?: any[][],
  headers?: any[][]
): any[][] {
  return table(
    "LM.AMORTIZE",
    [
      ...LOAN,
      arg("first_payment_date", optional(date, undefined)),
      arg("forbearance", optional(money, 0)),
      arg("headers", optional(flag, true)),
    ] as const,
    [principal, annual_rate, term_months, first_payment_date, forbearance, headers],
    (p, r, n, first, f, withHeaders) => {
      const s = amortizeFromCents(p, r, n, f, first);
      if (!s.ok) return issueOf(s);
      const rows: Out[][] = s.value.rows.map((x) => [
        x.no,
        x.date ? dateCell(x.date) : "",
        x.payment / 100,
        x.interest / 100,
        x.principal / 100,
        x.balance / 100,
      ]);
      return withHeaders ? [SCHEDULE_HEADERS, ...rows] : rows;
    }
  );
}
