/** What the Portfolio page and its worker say to each other. */
import type { Cell } from "../loan/field-table";
import type { PortfolioSummary } from "../../core/portfolio";
import type { ReportDocument, SettingsValues } from "../workbook/host-types";

export interface PortfolioRequest {
  readonly table: string;
  /** The table's header row, with the columns the user mapped renamed to their fields. */
  readonly headers: readonly Cell[];
  readonly rows: readonly (readonly Cell[])[];
  /** The worksheet row number of the first data row. */
  readonly firstRow: number;
  readonly settings: SettingsValues;
  readonly today: string;
}

/** A problem of a rejected row, as the pane lists it. */
export interface RejectedCellText {
  readonly row: number;
  readonly loanId: string;
  readonly field: string;
  readonly value: string;
  readonly reason: string;
}

export interface PortfolioResult {
  readonly table: string;
  /** Every figure of the report (core/portfolio): counts, buckets, workouts, NPV, calendar. */
  readonly summary: PortfolioSummary;
  /** The first problems of the rejected rows (the report's Exceptions sheet holds them all). */
  readonly exceptions: readonly RejectedCellText[];
  readonly exceptionCount: number;
  /** Settings the table's own columns made unused, in words. */
  readonly notes: readonly string[];
  /** The report, ready for the host to write. */
  readonly report: ReportDocument;
}

export type PortfolioMessage =
  | { readonly kind: "progress"; readonly done: number; readonly total: number }
  | { readonly kind: "done"; readonly result: PortfolioResult }
  | { readonly kind: "failed"; readonly reason: string };
