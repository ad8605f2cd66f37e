import { Cell, LoanRecord } from "../record";
import { LoanIdTally } from "./loan-ids";
import { TapeCheckOptions, tapeValidator } from "./validator";
import { TapeCounts, TapeIssue } from "./tape-issue";

export interface CheckedTape {
  /** The accepted rows, in row order. */
  readonly records: readonly { readonly row: number; readonly record: LoanRecord }[];
  /** The header row's problems, then every row's, in row order. */
  readonly issues: readonly TapeIssue[];
  readonly headerIssues: readonly TapeIssue[];
  readonly counts: TapeCounts;
  readonly notes: readonly string[];
}

/**
 * A whole tape held in memory (an Excel table, a test's rows): both passes of the streaming check,
 * the id count and then the rows. Rows are numbered from the header row down.
 */
export function checkTape(
  headers: readonly Cell[],
  rows: readonly (readonly Cell[])[],
  options: Omit<TapeCheckOptions, "duplicates"> = {}
): CheckedTape {
  const headerRow = options.headerRow ?? 1;
  const tally = new LoanIdTally(headers);
  rows.forEach((cells, i) => tally.add(headerRow + 1 + i, cells));
  const validator = tapeValidator(headers, { ...options, duplicates: tally.duplicates() });
  const records: { row: number; record: LoanRecord }[] = [];
  const issues: TapeIssue[] = [...validator.headerIssues];
  rows.forEach((cells, i) => {
    const v = validator.row(headerRow + 1 + i, cells);
    if (v.ok) records.push({ row: v.row, record: v.record });
    else issues.push(...v.issues);
  });
  return {
    records,
    issues,
    headerIssues: validator.headerIssues,
    counts: validator.counts(),
    notes: validator.notes,
  };
}
