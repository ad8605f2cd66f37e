import {
  Out,
  arg,
  date,
  dateCell,
  flag,
  issueOf,
  money,
  months as wholeMonths,
  optional,
  perRow,
  positive,
  required,
  table,
} from "./cells";
import { fewestRepaymentMonthsCents, repaymentPlanCents } from "../core/repayment-plan";
import { REPAY_FNMA } from "../core/rules/repay-fnma";

const PLAN_HEADERS: Out[] = [
  "No.",
  "Due date",
  "Contractual",
  "Catch-up",
  "Installment",
  "Arrears left",
];

/**
 * Repayment plan that spills: no., due date, contractual payment, catch-up, installment, arrears left. Installment = contractual + arrears / months (cents, half-up); the last installment collects exactly what is left.
 * @customfunction REPAYPLAN
 * @helpurl https://localhost:3000/help/repayplan.html
 * @param arrears Total past-due amount to repay, in dollars.
 * @param contractual_payment The full monthly contractual payment (PITI) in dollars.
 * @param months Plan length in months.
 * @param [first_due_date] Due date of the first plan installment. Blank leaves the date column empty.
 * @param [headers] TRUE (default) to put a header row on top.
 * @returns The plan, one row per month.
 */
export function repayplan(
  arrears: any[][],
  contractual_payment: any[][],
  months: any[][],
  first_due_date?: any[][],
  headers?: any[][]
): any[][] {
  return table(
    "LM.REPAYPLAN",
    [
      arg("arrears", required(money)),
      arg("contractual_payment", required(money)),
      arg("months", required(wholeMonths)),
      arg("first_due_date", optional(date, undefined)),
      arg("headers", optional(flag, true)),
    ] as const,
    [arrears, contractual_payment, months, first_due_date, headers],
    (a, c, m, first, withHeaders) => {
      const plan = repaymentPlanCents({
        arrears: a,
        contractualPayment: c,
        months: m,
        firstDueDate: first,
      });
      if (!plan.ok) return issueOf(plan);
      const rows: Out[][] = plan.value.rows.map((x) => [
        x.no,
        x.date ? dateCell(x.date) : "",
        x.contractual / 100,
        x.catchUp / 100,
        x.installment / 100,
        x.arrearsLeft / 100,
      ]);
      return withHeaders ? [PLAN_HEADERS, ...rows] : rows;
    }
  );
}

/**
 * Fewest plan months that keep every installment within max_ratio × the contractual payment (150% by default, Fannie Mae D2-3.2-02).
 * @customfunction REPAYMONTHS
 * @helpurl https://localhost:3000/help/repaymonths.html
 * @param arrears Total past-due amount to repay, in dollars.
 * @param contractual_payment The full monthly contractual payment (PITI) in dollars.
 * @param [max_ratio] Largest installment as a multiple of the contractual payment. Default 1.5.
 * @returns The number of months; a column when any argument is a column.
 */
export function repaymonths(
  arrears: any[][],
  contractual_payment: any[][],
  max_ratio?: any[][]
): any[][] {
  return perRow(
    [
      arg("arrears", required(money)),
      arg("contractual_payment", required(money)),
      arg("max_ratio", optional(positive, Number(REPAY_FNMA.params.maxPaymentRatio))),
    ] as const,
    [arrears, contractual_payment, max_ratio],
    (a, c, ratio) => {
      const r = fewestRepaymentMonthsCents(a, c, ratio);
      return r.ok ? r.value : issueOf(r);
    }
  );
}
