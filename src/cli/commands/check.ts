import { inputError } from "../cli-error";
import { validatorOf } from "../pipeline/batch-evaluator";
import { evaluateTape, scanTape } from "../pipeline/run-tape";
import { Progress } from "../progress";
import { RunOptions } from "../run-options";
import { openTape } from "../tape/open-tape";
import { exceptionsCsv } from "../output/exceptions-output";
import {
  OutputFlags,
  announceTape,
  checkOutputFile,
  countsLine,
  batchInit,
  problemLine,
  tapeName,
  workerCount,
} from "./tape-run";

/**
 * `lm-workbench check`: the tape check alone, with the fields the chosen program needs required.
 * Every problem of every rejected row goes to the exceptions list (-o file, or CSV on standard
 * output), the header row's first. Rejected rows are not a failure; a header row that makes every
 * row unreadable is (exit 1, after the list is written). An existing -o file stops the run before
 * the tape is read, unless --force.
 */
export async function checkCommand(
  tape: string | undefined,
  flags: OutputFlags,
  options: RunOptions,
  progress: Progress
): Promise<void> {
  const { output } = flags;
  const opened = openTape(tape, options.sheet);
  if (output) checkOutputFile(output, flags, opened);
  announceTape(opened, progress);
  const scan = await scanTape(opened.file, progress);
  const init = batchInit(scan, options, "check");
  const header = validatorOf(init);
  for (const note of header.notes) progress.note(note);
  const exceptions = exceptionsCsv(output, !!flags.force);
  let counts;
  try {
    await exceptions.start();
    await exceptions.write(header.headerIssues);
    counts = await evaluateTape(
      opened.file,
      init,
      workerCount(scan.rows, options),
      scan.rows,
      (r) => exceptions.write(r.issues),
      progress
    );
    await exceptions.finish();
  } catch (e) {
    exceptions.discard();
    throw e;
  }
  progress.note(countsLine(counts, "pass"));
  if (output)
    progress.note(`Exceptions: ${output} (${exceptions.count.toLocaleString("en-US")} problems).`);
  if (header.headerIssues.length)
    throw inputError(
      `the header row of ${JSON.stringify(tapeName(opened))} has problems, so no row can be used`,
      header.headerIssues.map(problemLine)
    );
}
