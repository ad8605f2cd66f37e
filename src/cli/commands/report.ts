import { ColumnValue, RESULT_COLUMNS } from "../../core/portfolio";
import { TapeIssue } from "../../core/tape";
import { inputError, usageError } from "../cli-error";
import { evaluateTape, scanTape } from "../pipeline/run-tape";
import { Progress } from "../progress";
import { projectVersion } from "../project-files";
import { RunOptions } from "../run-options";
import { openTape } from "../tape/open-tape";
import { partialPath } from "../output/text-target";
import { PORTFOLIO_REPORT } from "./report-output";
import {
  announceTape,
  checkOutputFolder,
  countsLine,
  headerValidator,
  refuseBadHeader,
  tapeName,
  workerCount,
} from "./tape-run";
import { existsSync, renameSync, unlinkSync } from "node:fs";

export const DEFAULT_REPORT = "portfolio-report.xlsx";

/**
 * `lm-workbench report`: the tape evaluated (as `evaluate` does), every loan's results and every
 * exception collected, and the portfolio report written to -o (portfolio-report.xlsx by default).
 * While the report's writer is not available the command says so and writes nothing (exit 1).
 */
export async function reportCommand(
  tape: string | undefined,
  output: string | undefined,
  options: RunOptions,
  progress: Progress
): Promise<void> {
  const file = output ?? DEFAULT_REPORT;
  if (!file.toLowerCase().endsWith(".xlsx"))
    throw usageError(
      `-o ${JSON.stringify(file)}: the portfolio report is written to an .xlsx file`
    );
  checkOutputFolder(file);
  const opened = openTape(tape, options.sheet);
  const writer = PORTFOLIO_REPORT.writer;
  if (!writer)
    throw inputError(
      "the portfolio report is not available in this version of lm-workbench, so nothing is written (`lm-workbench evaluate -o results.xlsx` gives every loan's results)"
    );
  announceTape(opened, progress);
  const scan = await scanTape(opened.file, progress);
  const header = headerValidator(scan, options);
  refuseBadHeader(header, opened);
  for (const note of header.notes) progress.note(note);
  const rows: ColumnValue[][] = [];
  const exceptions: TapeIssue[] = [];
  const counts = await evaluateTape(
    opened.file,
    {
      headers: scan.headers,
      headerRow: scan.headerRow,
      program: options.program,
      settings: options.settings,
      duplicates: scan.duplicates,
      mode: "values",
    },
    workerCount(scan.rows, options),
    scan.rows,
    async (r) => {
      rows.push(...(r.values ?? []));
      exceptions.push(...r.issues);
    },
    progress
  );
  const temp = partialPath(file);
  try {
    await writer(
      {
        tape: tapeName(opened),
        sample: opened.sample,
        program: options.program,
        columns: RESULT_COLUMNS,
        rows,
        exceptions,
        counts,
        version: projectVersion(),
      },
      temp
    );
    renameSync(temp, file);
  } catch (e) {
    if (existsSync(temp)) unlinkSync(temp);
    throw e;
  }
  progress.note(countsLine(counts));
  progress.note(`Report: ${file}.`);
}
