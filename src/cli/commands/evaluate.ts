import { basename, dirname, extname, join } from "node:path";
import { inputError, usageError } from "../cli-error";
import { BatchResult, RunCounts, validatorOf } from "../pipeline/batch-evaluator";
import { evaluateTape, scanTape } from "../pipeline/run-tape";
import { Progress } from "../progress";
import { RunOptions } from "../run-options";
import { openTape } from "../tape/open-tape";
import { ExceptionsOutput, exceptionsCsv, exceptionsOnTerminal } from "../output/exceptions-output";
import { resultsOutput } from "../output/results-output";
import { XLSX_MAX_LOANS } from "../output/results-xlsx";
import { sameFile } from "../output/file-placement";
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

export interface EvaluateFlags extends OutputFlags {
  readonly exceptions?: string;
}

/** results.csv → results.exceptions.csv, beside it. */
export function exceptionsBeside(output: string): string {
  return join(dirname(output), `${basename(output, extname(output))}.exceptions.csv`);
}

/**
 * `lm-workbench evaluate`: every loan of the tape through the program (AUTO by default), NPV and
 * Reg X; one row of results per loan, in tape order, to -o (CSV, JSON or XLSX) or CSV on standard
 * output; every rejected row's problems to the exceptions file beside it. Rows stream in and out;
 * large tapes are spread over worker threads. An existing results or exceptions file stops the run
 * before the tape is read, unless --force.
 */
export async function evaluateCommand(
  tape: string | undefined,
  flags: EvaluateFlags,
  options: RunOptions,
  progress: Progress
): Promise<void> {
  const opened = openTape(tape, options.sheet);
  const facts = { tape: tapeName(opened), sample: opened.sample, program: options.program };
  const force = !!flags.force;
  const results = resultsOutput(flags.output, facts, force);
  const exceptionsPath =
    flags.exceptions ?? (flags.output ? exceptionsBeside(flags.output) : undefined);
  if (flags.output && exceptionsPath && sameFile(flags.output, exceptionsPath))
    throw usageError(
      `-o and --exceptions both name ${JSON.stringify(flags.output)}: give the exceptions a file of their own`
    );
  for (const p of [flags.output, exceptionsPath]) if (p) checkOutputFile(p, flags, opened);
  announceTape(opened, progress);

  const scan = await scanTape(opened.file, progress);
  const init = batchInit(scan, options, results.mode);
  const header = validatorOf(init);
  refuseBadHeader(header, opened);
  for (const note of header.notes) progress.note(note);
  if (results.mode === "values" && scan.rows > XLSX_MAX_LOANS)
    throw inputError(
      `the tape has ${scan.rows.toLocaleString("en-US")} rows, more than an .xlsx sheet holds (${XLSX_MAX_LOANS.toLocaleString("en-US")}): write .csv or .json`
    );

  const terminal = exceptionsPath ? undefined : exceptionsOnTerminal();
  const exceptions: ExceptionsOutput = exceptionsPath
    ? exceptionsCsv(exceptionsPath, force)
    : terminal!;
  let counts: RunCounts;
  try {
    await results.start();
    await exceptions.start();
    counts = await evaluateTape(
      opened.file,
      init,
      workerCount(scan.rows, options),
      scan.rows,
      async (r: BatchResult) => {
        await results.write(r);
        await exceptions.write(r.issues);
      },
      progress
    );
    await results.finish(counts);
    await exceptions.finish();
  } catch (e) {
    results.discard();
    exceptions.discard();
    throw e;
  }

  progress.note(countsLine(counts));
  if (flags.output)
    progress.note(`Results: ${flags.output} (${counts.evaluated.toLocaleString("en-US")} loans).`);
  if (exceptionsPath)
    progress.note(
      `Exceptions: ${exceptionsPath} (${exceptions.count.toLocaleString("en-US")} problems on ${counts.rejected.toLocaleString("en-US")} rows).`
    );
  else if (terminal && terminal.count) {
    progress.note(
      `Exceptions (${terminal.count.toLocaleString("en-US")} problems on ${counts.rejected.toLocaleString("en-US")} rows):`
    );
    for (const line of terminal.first) progress.note(`  ${line}`);
    if (terminal.count > terminal.first.length)
      progress.note(
        `  ... ${(terminal.count - terminal.first.length).toLocaleString("en-US")} more: write them all with --exceptions <file.csv>`
      );
  }
}
