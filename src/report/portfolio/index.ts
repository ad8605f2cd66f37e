/**
 * The portfolio report as a sheet model: Summary, Breakdowns, Modifications, Reg X calendar,
 * Per-loan results and Exceptions (the last two on further sheets when longer than a sheet holds).
 * Pure: the command line and the task pane hand it the summary and the rows; either writer writes it.
 */
import { WorkbookModel, workbook } from "../model";
import { breakdownsSheet } from "./breakdowns-sheet";
import { calendarSheets } from "./calendar-sheet";
import { dataSheets } from "./data-sheets";
import { EXCEPTIONS_TABLE, EXCEPTION_COLUMNS, EXCEPTION_WIDTHS } from "./exceptions-table";
import type { PortfolioReportInput } from "./input";
import { modificationsSheet } from "./modifications-sheet";
import { PER_LOAN_COLUMNS, PER_LOAN_TABLE, PER_LOAN_WIDTHS } from "./per-loan";
import { summarySheet } from "./summary-sheet";
import { REPORT_TITLE } from "./report-print";
import { tapeText } from "./run-text";

export type { DataRows, PortfolioReportInput } from "./input";
export { PER_LOAN_COLUMNS, PER_LOAN_TABLE, perLoanRows } from "./per-loan";
export {
  EXCEPTION_COLUMNS,
  EXCEPTIONS_TABLE,
  exceptionRow,
  issueValueText,
} from "./exceptions-table";
export { dataSheets } from "./data-sheets";
export { SUMMARY_SHEET } from "./summary-sheet";
export { REPORT_TITLE } from "./report-print";
export { BREAKDOWNS_SHEET } from "./breakdowns-sheet";
export { MODIFICATIONS_SHEET } from "./modifications-sheet";
export { CALENDAR_SHEET } from "./calendar-sheet";

export const PER_LOAN_SHEET = "Per-loan results";
export const EXCEPTIONS_SHEET = "Exceptions";

export function portfolioReport(input: PortfolioReportInput): WorkbookModel {
  return workbook(
    [
      summarySheet(input),
      breakdownsSheet(input),
      modificationsSheet(input),
      ...calendarSheets(input.summary),
      ...dataSheets({
        name: PER_LOAN_SHEET,
        table: PER_LOAN_TABLE,
        columns: PER_LOAN_COLUMNS,
        widths: PER_LOAN_WIDTHS,
        data: input.perLoan,
        freezeColumns: 2,
        tabColor: "548235",
      }),
      ...dataSheets({
        name: EXCEPTIONS_SHEET,
        table: EXCEPTIONS_TABLE,
        columns: EXCEPTION_COLUMNS,
        widths: EXCEPTION_WIDTHS,
        data: input.exceptions,
        tabColor: "9C2A00",
        fitWidth: true,
      }),
    ],
    { title: `${REPORT_TITLE}: ${tapeText(input)}` }
  );
}
export type { TableRun, TableRunOptions } from "./table-run";
export { runTable } from "./table-run";
