/**
 * What a run over a tape counts, as the command line, the report and the summary reconcile them:
 * rows read = rows evaluated + rows rejected (a row the check accepted but the program could not
 * evaluate is rejected too); blank rows are among the rejected.
 */
export interface RunCounts {
  readonly read: number;
  readonly evaluated: number;
  readonly rejected: number;
  readonly blank: number;
}

export const ZERO_COUNTS: RunCounts = { read: 0, evaluated: 0, rejected: 0, blank: 0 };

/** The sum of two runs' counts (batches of a tape counted apart, then put together). */
export function addRunCounts(a: RunCounts, b: RunCounts): RunCounts {
  return {
    read: a.read + b.read,
    evaluated: a.evaluated + b.evaluated,
    rejected: a.rejected + b.rejected,
    blank: a.blank + b.blank,
  };
}
