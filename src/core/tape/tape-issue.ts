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
