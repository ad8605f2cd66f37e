import {
  Arg,
  Cell,
  Out,
  arg,
  errorCell,
  guarded,
  issueOf,
  money,
  optional,
  perRow,
  required,
  rowCount,
} from "./cells";
import { backEndDti, frontEndDti, ltv as loanToValue } from "../core/ratios";
import { dollarsOfCents } from "../core/money";

/**
 * Back-end debt-to-income ratio: all monthly debts (housing included) divided by gross monthly income. Unrounded; format the cell as %.
 * @customfunction DTI
 * @helpurl https://localhost:3000/help/dti.html
 * @param gross_monthly_income Gross (pre-tax) monthly income in dollars. A cell or a column.
 * @param monthly_debts Monthly debt payments; several cells per row are added up (housing payment, car, cards, ...). Blank cells count as 0.
 * @returns The ratio as a fraction; a column when the arguments span several rows.
 */
export function dti(gross_monthly_income: any[][], monthly_debts: any[][]): any[][] {
  return guarded(() => {
    const n = rowCount(
      [gross_monthly_income, monthly_debts],
      ["gross_monthly_income", "monthly_debts"],
      [false, true]
    );
    if (typeof n !== "number") return [[errorCell(n)]];
    if (!monthly_debts)
      return [
        [errorCell({ code: "NA", field: "monthly_debts", reason: "monthly_debts is missing" })],
      ];
    const income = required(money);
    const debt = optional(money, 0);
    const out: Out[][] = [];
    for (let row = 0; row < n; row++) {
      const gmi = income(pick(gross_monthly_income, row, 0), "gross_monthly_income");
      if (!gmi.ok) {
        out.push([errorCell(gmi.issues[0])]);
        continue;
      }
      const line = monthly_debts.length === 1 ? monthly_debts[0] : monthly_debts[row];
      const debts: ReturnType<typeof dollarsOfCents>[] = [];
      let bad: Out | undefined;
      for (const cell of line) {
        const d = debt(cell as Cell, "monthly_debts");
        if (!d.ok) {
          bad = errorCell(d.issues[0]);
          break;
        }
        debts.push(dollarsOfCents(d.value));
      }
      if (bad) {
        out.push([bad]);
        continue;
      }
      const r = backEndDti(dollarsOfCents(gmi.value), debts);
      out.push([r.ok ? r.value.toNumber() : errorCell(issueOf(r))]);
    }
    return out;
  });
}

function pick(a: Arg, row: number, col: number): Cell {
  if (a === null || a === undefined) return null;
  return (a.length === 1 ? a[0] : a[row])[col];
}

/**
 * Front-end (housing) ratio: P&I plus taxes, insurance and HOA dues, divided by gross monthly income (the HAMP and VA housing expense). Unrounded.
 * @customfunction FRONTDTI
 * @helpurl https://localhost:3000/help/frontdti.html
 * @param gross_monthly_income Gross (pre-tax) monthly income in dollars.
 * @param pi_payment Monthly principal and interest in dollars.
 * @param [taxes] Monthly property taxes. Default 0.
 * @param [insurance] Monthly hazard and flood insurance. Default 0.
 * @param [hoa] Monthly condominium or HOA dues. Default 0.
 * @returns The ratio as a fraction; a column when any argument is a column.
 */
export function frontdti(
  gross_monthly_income: any[][],
  pi_payment: any[][],
  taxes?: any[][],
  insurance?: any[][],
  hoa?: any[][]
): any[][] {
  return perRow(
    [
      arg("gross_monthly_income", required(money)),
      arg("pi_payment", required(money)),
      arg("taxes", optional(money, 0)),
      arg("insurance", optional(money, 0)),
      arg("hoa", optional(money, 0)),
    ] as const,
    [gross_monthly_income, pi_payment, taxes, insurance, hoa],
    (gmi, pi, t, i, h) => {
      const d = dollarsOfCents;
      const r = frontEndDti(d(gmi), { pi: d(pi), taxes: d(t), insurance: d(i), hoa: d(h) });
      return r.ok ? r.value.toNumber() : issueOf(r);
    }
  );
}

/**
 * Loan-to-value: balance divided by property value. With a current value and the post-capitalization balance it is the mark-to-market LTV. Unrounded.
 * @customfunction LTV
 * @helpurl https://localhost:3000/help/ltv.html
 * @param balance Loan balance in dollars.
 * @param value Property value in dollars.
 * @returns The ratio as a fraction; a column when any argument is a column.
 */
export function ltv(balance: any[][], value: any[][]): any[][] {
  return perRow(
    [arg("balance", required(money)), arg("value", required(money))] as const,
    [balance, value],
    (b, v) => {
      const r = loanToValue(dollarsOfCents(b), dollarsOfCents(v));
      return r.ok ? r.value.toNumber() : issueOf(r);
    }
  );
}
