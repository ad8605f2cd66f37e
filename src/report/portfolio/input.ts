/**
 * What the portfolio report is built from: the summary, the per-loan rows and the exceptions (each
 * an array or an iterable drawn once, with its count), and the run's facts for the title and the
 * audit block.
 */
import type { CalendarDate } from "../../core/calendar-date";
import type { PortfolioSummary } from "../../core/portfolio";
import type { TableRow } from "../model";

export interface DataRows {
  /** The rows, or an iterable drawn once at write time (a file of rows on the command line). */
  readonly rows: readonly TableRow[] | Iterable<TableRow>;
  readonly count: number;
}

export interface PortfolioReportInput {
  readonly summary: PortfolioSummary;
  /** The tape as its reader names it: "tape.csv", "table Loans". */
  readonly tape: string;
  /** The bundled sample tape, said as such. */
  readonly sample?: boolean;
  /** AUTO or the rule set every loan was evaluated under. */
  readonly program: string;
  /** The settings the run was given, as label and value text ("PMMS", "6.23%"). */
  readonly settings: readonly (readonly [string, string])[];
  /** The date the report is dated when no loan gives one (a tape with no loan evaluated). */
  readonly asOf?: CalendarDate;
  /** Rows in RESULT_COLUMNS order then LOAN_LABEL_COLUMNS, as perLoanRow makes them. */
  readonly perLoan: DataRows;
  /** Rows as exceptionRow makes them. */
  readonly exceptions: DataRows;
  /** What the reader or the settings said about the run (a default not applied). */
  readonly notes?: readonly string[];
}
