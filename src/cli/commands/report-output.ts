import { ColumnValue, RESULT_COLUMNS } from "../../core/portfolio";
import { TapeIssue } from "../../core/tape";
import { RunCounts } from "../pipeline/batch-evaluator";

/**
 * What `lm-workbench report` hands the portfolio report: every evaluated loan's result values (in
 * RESULT_COLUMNS order, tape order), every exception, the counts (read = evaluated + rejected), and
 * the run's facts. The report's writer builds the report's sheet models and writes them with the
 * exceljs writer to `file`.
 */
export interface PortfolioRun {
  readonly tape: string;
  readonly sample: boolean;
  readonly program: string;
  readonly columns: typeof RESULT_COLUMNS;
  readonly rows: readonly ColumnValue[][];
  readonly exceptions: readonly TapeIssue[];
  readonly counts: RunCounts;
  readonly version: string;
}

export type PortfolioReportWriter = (run: PortfolioRun, file: string) => Promise<void>;

/** The report's writer; undefined while the report is not available. */
export const PORTFOLIO_REPORT: { writer?: PortfolioReportWriter } = {};
