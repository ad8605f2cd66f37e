/**
 * A demonstration worksheet built the way the builders build theirs: a title, loan facts, a plan
 * table with totals, a chart of the plan, a paragraph, signature lines, the audit block, and a
 * print setup (portrait, one page wide, header with the loan id, footer with page numbers).
 * Figures: a 6-month plan over arrears of 1,500.00 with a contractual payment of 1,000.00:
 * catch-up 250.00 a month (1,500.00 / 6), installment 1,250.00, arrears left 1,500 - 250 k.
 */
import {
  NumberFormats,
  WorkbookModel,
  auditBlock,
  block,
  cell,
  hf,
  percentFormat,
  workbook,
  worksheet,
} from "../../src/report/model";
import { addMonths } from "../../src/core/calendar-date";

export const DEMO_LOAN = "1001";
export const DEMO_FIRST_DUE = { year: 2026, month: 1, day: 1 };

export function demoPlanRows(): (
  string | number | { year: number; month: number; day: number }
)[][] {
  return Array.from({ length: 6 }, (_, k) => [
    k + 1,
    addMonths(DEMO_FIRST_DUE, k),
    1000,
    250,
    1250,
    1500 - 250 * (k + 1),
  ]);
}

export function demoWorkbook(loanId = DEMO_LOAN): WorkbookModel {
  const sheet = worksheet({
    name: `Repayment Plan ${loanId}`,
    columns: [8, 13, 15, 13, 15, 15],
    blocks: [
      block.title("Repayment plan agreement", [`Loan ${loanId} · prepared 2025-12-01`]),
      block.heading("Loan"),
      block.pairs([
        ["Borrower", '=HYPERLINK("x") Jane Q. Borrower'],
        ["Loan number", loanId],
        ["Arrears", cell.money(1500)],
        ["Contractual payment", cell.money(1000)],
        ["Installment vs payment", cell.percent(1.25, 2)],
      ]),
      block.heading("Plan"),
      block.table(
        {
          name: "Plan",
          columns: [
            { header: "No.", format: NumberFormats.whole, total: { label: "Total" } },
            { header: "Due date", format: NumberFormats.date },
            { header: "Contractual", format: NumberFormats.money, total: "sum" },
            { header: "Catch-up", format: NumberFormats.money, total: "sum" },
            { header: "Installment", format: NumberFormats.money, total: "sum" },
            { header: "Arrears left", format: NumberFormats.money },
          ],
          rows: demoPlanRows(),
        },
        { id: "plan" }
      ),
      block.chart(
        {
          kind: "column",
          title: "Arrears left after each installment",
          categories: { table: "Plan", column: "No." },
          series: [{ name: "Arrears left", values: { table: "Plan", column: "Arrears left" } }],
          numberFormat: NumberFormats.money,
          dataLabels: true,
        },
        14
      ),
      block.paragraph(
        "The borrower agrees to pay each installment on or before its due date. The plan ends when " +
          "the arrears are paid; a missed installment ends the plan and the servicer may resume " +
          "collection of the full arrears. Installments are applied first to the contractual payment due."
      ),
      block.signatures(["Borrower", "Servicer"], { pageBreakBefore: true }),
      ...auditBlock({
        ruleSets: [{ id: "repay-fnma", version: "2024-01-10" }],
        inputs: [
          ["Arrears", cell.money(1500)],
          ["Plan months", cell.whole(6)],
          ["Payment cap ratio", cell.percent(1.5, 0, { numberFormat: percentFormat(0) })],
        ],
        asOf: { year: 2025, month: 12, day: 1 },
      }),
    ],
    print: {
      orientation: "portrait",
      fitTo: { wide: 1, tall: 0 },
      header: { left: hf.text(`Loan ${loanId}`), right: "Repayment plan agreement" },
      footer: { left: "Prepared 2025-12-01", right: `Page ${hf.page} of ${hf.pages}` },
    },
    freeze: undefined,
    tabColor: "1F4E79",
  });
  return workbook([sheet], { title: `Repayment plan ${loanId}` });
}
