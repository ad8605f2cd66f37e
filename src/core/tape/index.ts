/**
 * Loan tapes: validation row by row with an exceptions list whose counts reconcile
 * (read = accepted + rejected). Pure: the readers of CSV, XLSX files and Excel tables live at the edges.
 */
export type { TapeIssue, TapeCounts } from "./tape-issue";
export type { RunCounts } from "./run-counts";
export { ZERO_COUNTS, addRunCounts } from "./run-counts";
export type { DuplicateIds } from "./loan-ids";
export { LoanIdTally, loanIdColumn, loanIdOf, loanIdByRecord, repeatedIdIssue } from "./loan-ids";
export type { ColumnDefault, DefaultsPlan } from "./column-defaults";
export { planDefaults } from "./column-defaults";
export type { TapeCheckOptions, RowVerdict, TapeValidator } from "./validator";
export { tapeValidator } from "./validator";
export type { CheckedTape } from "./check-tape";
export { checkTape } from "./check-tape";
export { plausibilityIssues } from "./plausibility";
