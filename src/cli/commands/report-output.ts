/**
 * The portfolio report's writer: the report's sheet models (src/report/portfolio) written by the
 * headless writer in Node, its rows streamed through zlib from the run's files of rows, into a
 * hidden folder beside the file and put in place whole by the overwrite rule
 * (src/cli/output/workbook-files.ts). A writer is a hook so a test can stand in for it;
 * PORTFOLIO_REPORT.writer is the real one.
 */
import { PortfolioReportInput, portfolioReport } from "../../report/portfolio";
import { writeWorkbookFile } from "../output/workbook-files";

export type { PortfolioReportInput };

/**
 * Writes the report to `file`, replacing a file of that name only when `force`; `run` is what
 * `lm-workbench report` hands the writer: the report's input (summary, rows, run facts).
 */
export type PortfolioReportWriter = (
  run: PortfolioReportInput,
  file: string,
  force: boolean
) => Promise<void>;

/** Writes the report to `file`; a failed write leaves no file behind and says why (exit 1). */
export const writePortfolioReport: PortfolioReportWriter = async (run, file, force) => {
  await writeWorkbookFile(portfolioReport(run), file, force);
};

export const PORTFOLIO_REPORT: { writer: PortfolioReportWriter } = {
  writer: writePortfolioReport,
};
