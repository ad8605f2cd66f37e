import { existsSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname, relative, resolve } from "node:path";
import { TapeIssue, TapeValidator } from "../../core/tape";
import { inputError } from "../cli-error";
import { BatchInit, OutputMode } from "../pipeline/batch-evaluator";
import { TapeScan } from "../pipeline/run-tape";
import { Progress } from "../progress";
import { OpenedTape } from "../tape/open-tape";
import { RunOptions } from "../run-options";
import { issueValueText } from "../../report/portfolio/exceptions-table";
import { refuseExisting, refuseInput } from "../output/file-placement";

/** Below this many rows a tape is evaluated in the main thread: starting workers would cost more than it saves. */
const WORKERS_FROM_ROWS = 20_000;

export function workerCount(rows: number, options: RunOptions): number {
  if (options.workers !== undefined) return options.workers;
  return rows >= WORKERS_FROM_ROWS ? availableParallelism() : 0;
}

/** How a tape is named in messages: relative to the current folder when inside it. */
export function tapeName(opened: OpenedTape): string {
  const rel = relative(process.cwd(), resolve(opened.file.path));
  return rel && !rel.startsWith("..") ? rel : opened.file.path;
}

/** Says which tape is read; for the sample, that it is the sample and why. */
export function announceTape(opened: OpenedTape, progress: Progress): void {
  if (opened.sample)
    progress.note(
      `No tape given: reading the bundled sample tape, ${tapeName(opened)} (1,000 loans of every investor, and a few bad rows).`
    );
  else
    progress.note(
      `Reading ${tapeName(opened)}${opened.file.sheet ? `, worksheet ${JSON.stringify(opened.file.sheet)}` : ""}.`
    );
}

/** What every batch of a run is checked and evaluated with: the scanned header, the options, the mode. */
export function batchInit(scan: TapeScan, options: RunOptions, mode: OutputMode): BatchInit {
  return {
    headers: scan.headers,
    headerRow: scan.headerRow,
    program: options.program,
    settings: options.settings,
    duplicates: scan.duplicates,
    mode,
  };
}

/** A problem as an indented line: field, value, reason. */
export function problemLine(i: TapeIssue): string {
  const value = i.value === undefined ? "" : `, value ${JSON.stringify(issueValueText(i.value))}`;
  return `  field ${i.field}${value}: ${i.reason}`;
}

/** The header row's problems stop a run that needs the rows read. */
export function refuseBadHeader(v: TapeValidator, opened: OpenedTape): void {
  if (!v.headerIssues.length) return;
  throw inputError(
    `cannot use the tape ${JSON.stringify(tapeName(opened))}: its header row (row ${v.headerIssues[0].row}) has problems`,
    v.headerIssues.map(problemLine)
  );
}

/** The output options of `check`, `evaluate` and `report`: -o and --force. */
export interface OutputFlags {
  readonly output?: string;
  readonly force?: boolean;
}

/**
 * An output file, before any work: its folder exists, it is not the tape, and it does not exist
 * (unless --force; a folder of its name never).
 */
export function checkOutputFile(path: string, flags: OutputFlags, opened: OpenedTape): void {
  checkOutputFolder(path);
  refuseInput(path, opened.file.path, "the tape");
  refuseExisting(path, !!flags.force);
}

/** The folder an output goes to must exist (a file is written beside the one it replaces). */
export function checkOutputFolder(path: string): void {
  const dir = dirname(resolve(path));
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw inputError(
      `cannot write ${JSON.stringify(path)}: the folder ${JSON.stringify(dirname(path))} does not exist`
    );
  if (existsSync(path) && statSync(path).isDirectory())
    throw inputError(`cannot write ${JSON.stringify(path)}: it is a folder`);
}

const n = (x: number) => x.toLocaleString("en-US");

/** The counts line: rows read = evaluated (or passing) + rejected. */
export function countsLine(
  c: { read: number; evaluated: number; rejected: number; blank: number },
  verb = "evaluated"
): string {
  return `${n(c.read)} rows read = ${n(c.evaluated)} ${verb} + ${n(c.rejected)} rejected${c.blank ? ` (${n(c.blank)} of them blank)` : ""}.`;
}
