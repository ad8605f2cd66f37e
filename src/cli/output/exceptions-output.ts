import { stringify } from "csv-stringify/sync";
import { TapeIssue } from "../../core/tape";
import { issueValueText } from "../../report/portfolio/exceptions-table";
import { csvSafeText } from "./formula-guard";
import { OutputTarget } from "./text-target";

export const EXCEPTION_COLUMNS = ["row", "loan_id", "field", "value", "reason"] as const;

/** An exception as a line of plain words for the terminal. */
export function issueLine(i: TapeIssue): string {
  const id = i.loanId === undefined ? "" : ` loan ${JSON.stringify(i.loanId)}`;
  return `row ${i.row}${id}: ${i.reason}`;
}

export function exceptionCells(i: TapeIssue): string[] {
  return [
    String(i.row),
    csvSafeText(i.loanId ?? ""),
    csvSafeText(i.field),
    csvSafeText(issueValueText(i.value)),
    csvSafeText(i.reason),
  ];
}

/**
 * The exceptions list (row, loan id, field, value, reason), one line per problem, in row order: a
 * CSV file, or (when there is nowhere to put one) the first few on standard error with the count.
 */
export interface ExceptionsOutput {
  readonly path?: string;
  start(): Promise<void>;
  write(issues: readonly TapeIssue[]): Promise<void>;
  finish(): Promise<void>;
  discard(): void;
  /** Problems written so far. */
  readonly count: number;
}

/**
 * The exceptions as a CSV file (with a byte-order mark, for Excel), or as CSV on standard output.
 * A file replaces one of its name only with `force`.
 */
export function exceptionsCsv(path: string | undefined, force = false): ExceptionsOutput {
  const target = path === undefined ? OutputTarget.stdout() : OutputTarget.file(path, force);
  let count = 0;
  return {
    path,
    async start() {
      await target.write((path ? "\uFEFF" : "") + stringify([[...EXCEPTION_COLUMNS]]));
    },
    async write(issues) {
      if (!issues.length) return;
      count += issues.length;
      await target.write(stringify(issues.map(exceptionCells)));
    },
    async finish() {
      await target.commit();
    },
    discard() {
      target.discard();
    },
    get count() {
      return count;
    },
  };
}

/** Exceptions with no file to go to: the first `shown` are kept for the summary on standard error. */
export function exceptionsOnTerminal(
  shown = 10
): ExceptionsOutput & { readonly first: readonly string[] } {
  let count = 0;
  const first: string[] = [];
  return {
    async start() {},
    async write(issues) {
      count += issues.length;
      for (const i of issues) if (first.length < shown) first.push(issueLine(i));
    },
    async finish() {},
    discard() {},
    get count() {
      return count;
    },
    first,
  };
}
