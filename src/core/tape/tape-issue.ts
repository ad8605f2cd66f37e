import { IssueCode } from "../result";

/**
 * One reason a tape row is rejected: the row number as the file or sheet shows it, the loan id when
 * the row has one, the field (or `row` for the row's shape, `header` for the header row), the value
 * as given, and one plain sentence. A rejected row has one issue per problem.
 */
export interface TapeIssue {
  readonly row: number;
  readonly loanId?: string;
  readonly code: IssueCode;
  readonly field: string;
  readonly value?: unknown;
  readonly reason: string;
}

/** Rows read = rows accepted + rows rejected; blank rows are among the rejected. */
export interface TapeCounts {
  readonly read: number;
  readonly accepted: number;
  readonly rejected: number;
  readonly blank: number;
}

export const NO_ROWS: TapeCounts = { read: 0, accepted: 0, rejected: 0, blank: 0 };

/** The sum of two tallies (batches of a tape counted apart, then put together). */
export function addCounts(a: TapeCounts, b: TapeCounts): TapeCounts {
  return {
    read: a.read + b.read,
    accepted: a.accepted + b.accepted,
    rejected: a.rejected + b.rejected,
    blank: a.blank + b.blank,
  };
}
