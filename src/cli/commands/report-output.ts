/**
 * The portfolio report's writer: the report's sheet models (src/report/portfolio) written by the
 * exceljs writer in Node, its rows streamed through zlib from the run's files of rows. A writer is
 * a hook so a test can stand in for it; PORTFOLIO_REPORT.writer is the real one.
 */
import { PortfolioReportInput, portfolioReport } from "../../report/portfolio";
import { writeXlsxFile } from "../../report/xlsx/node";
import { inputError } from "../cli-error";

export type { PortfolioReportInput };

/** What `lm-workbench report` hands the writer: the report's input (summary, rows, run facts). */
export type PortfolioRun = PortfolioReportInput;

export type PortfolioReportWriter = (run: PortfolioRun, file: string) => Promise<void>;

/** Writes the report to `file`; a failed write leaves no file behind and says why (exit 1). */
export const writePortfolioReport: PortfolioReportWriter = async (run, file) => {
  const written = await writeXlsxFile(portfolioReport(run), file);
  if (!written.ok)
    throw inputError(
      `the report could not be written to ${JSON.stringify(file)}: ${written.message}`
    );
};

export const PORTFOLIO_REPORT: { writer: PortfolioReportWriter } = {
  writer: writePortfolioReport,
};
