import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CalendarDate, parseIsoDate } from "../../core/calendar-date";
import { PortfolioTally } from "../../core/portfolio";
import { exceptionRow } from "../../report/portfolio/exceptions-table";
import { usageError } from "../cli-error";
import { validatorOf } from "../pipeline/batch-evaluator";
import { evaluateTape, scanTape } from "../pipeline/run-tape";
import { Progress } from "../progress";
import { OPTION_LABELS, RunOptions } from "../run-options";
import { openTape } from "../tape/open-tape";
import { onInterrupt } from "../output/interruption";
import { PORTFOLIO_REPORT } from "./report-output";
import { RowsFile } from "./report-rows";
import {
  OutputFlags,
  announceTape,
  checkOutputFile,
  countsLine,
  batchInit,
  refuseBadHeader,
  tapeName,
  workerCount,
} from "./tape-run";

export const DEFAULT_REPORT = "portfolio-report.xlsx";

/** The settings the run was given, as the audit block lists them. */
function settingsUsed(options: RunOptions): [string, string][] {
  const s = options.settings;
  const out: [string, string][] = [];
  const text = (v: unknown) => (v === undefined || v === null ? "" : String(v).trim());
  if (text(s.asOfDate)) out.push([OPTION_LABELS.asOfDate, text(s.asOfDate)]);
  if (text(s.pmms)) out.push([OPTION_LABELS.pmms, text(s.pmms)]);
  if (text(s.modRate)) out.push([OPTION_LABELS.modRate, text(s.modRate)]);
  for (const [k, v] of Object.entries(s.npv ?? {}))
    out.push([`${OPTION_LABELS.npv} ${k}`, text(v)]);
  return out;
}

/** The date the report bears when no loan gives one: --as-of, else today (a tape with no loan). */
function fallbackDate(options: RunOptions): CalendarDate {
  const given = options.settings.asOfDate;
  const parsed = typeof given === "string" ? parseIsoDate(given.trim()) : undefined;
  if (parsed) return parsed;
  const now = new Date();
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

/**
 * `lm-workbench report`: the tape evaluated as `evaluate` does it, in one pass. Each batch comes back
 * with its loans already tallied into a partial summary and written as per-loan table rows; the
 * rows go straight to a file of rows and the exceptions to another, while the summaries are merged.
 * Only the summary (and the Reg X calendar's entries) is held in memory. Then the workbook is written
 * to -o (portfolio-report.xlsx by default): the summary sheets first, then the per-loan and exception
 * rows streamed from their files through zlib. Rejected rows are listed, never a failure. An existing
 * report file stops the run before the tape is read, unless --force; the files of rows (in the
 * system's temporary folder) and the report in progress are removed however the run ends, Ctrl-C
 * included.
 */
export async function reportCommand(
  tape: string | undefined,
  flags: OutputFlags,
  options: RunOptions,
  progress: Progress
): Promise<void> {
  const file = flags.output ?? DEFAULT_REPORT;
  if (!file.toLowerCase().endsWith(".xlsx"))
    throw usageError(
      `-o ${JSON.stringify(file)}: the portfolio report is written to an .xlsx file`
    );
  const opened = openTape(tape, options.sheet);
  checkOutputFile(file, flags, opened);
  announceTape(opened, progress);
  const scan = await scanTape(opened.file, progress);
  const init = batchInit(scan, options, "report");
  const header = validatorOf(init);
  refuseBadHeader(header, opened);
  for (const note of header.notes) progress.note(note);

  const work = mkdtempSync(join(tmpdir(), "lm-workbench-report-"));
  const removeWork = () => rmSync(work, { recursive: true, force: true });
  const unregister = onInterrupt(removeWork);
  const loans = new RowsFile(join(work, "loans.jsonl"));
  const exceptions = new RowsFile(join(work, "exceptions.jsonl"));
  try {
    const tally = new PortfolioTally();
    const counts = await evaluateTape(
      opened.file,
      init,
      workerCount(scan.rows, options),
      scan.rows,
      async (r) => {
        if (r.report) {
          loans.appendLines(r.report.lines, r.counts.evaluated);
          tally.merge(r.report.tally);
        }
        exceptions.append(r.issues.map(exceptionRow));
      },
      progress
    );
    loans.close();
    exceptions.close();
    const summary = tally.finish(counts);
    if (!summary.ok) throw new Error(summary.issues.map((i) => i.reason).join("; "));
    const total = loans.count + exceptions.count;
    progress.phase("writing the report", total);
    await PORTFOLIO_REPORT.writer(
      {
        summary: summary.value,
        tape: tapeName(opened),
        sample: opened.sample,
        program: options.program,
        settings: settingsUsed(options),
        asOf: fallbackDate(options),
        perLoan: { rows: loans.read((n) => progress.tick(n)), count: loans.count },
        exceptions: {
          rows: exceptions.read((n) => progress.tick(loans.count + n)),
          count: exceptions.count,
        },
        notes: header.notes,
      },
      file,
      !!flags.force
    );
    progress.done();
    progress.note(countsLine(counts));
    progress.note(
      `Report: ${file} (${counts.evaluated.toLocaleString("en-US")} loans; ${exceptions.count.toLocaleString("en-US")} problems on ${counts.rejected.toLocaleString("en-US")} rejected rows on its Exceptions sheet).`
    );
  } finally {
    loans.close();
    exceptions.close();
    removeWork();
    unregister();
  }
}
