/**
 * The one adapter between Excel cells and the core, following Excel's own conventions:
 * every argument arrives as a matrix (one cell is [[x]], a column is [[a],[b],…]); single-row
 * arguments are broadcast against column arguments; columns of different lengths give #VALUE!;
 * each row computes on its own, so a bad row is an error in its own cell while the others compute.
 * Arguments are read by the core's input module, so a cell reads exactly as the same text in a loan
 * record or a tape. Nothing here throws: every failure becomes a CustomFunctions.Error with a message.
 */

export type { Cell } from "../../core/input";
export type { Out } from "./results";
export { dateCell, errorCell, guarded, isIssue, issueOf } from "./results";
export type { ArgSpec, Parser } from "./arguments";
export {
  arg,
  choice,
  count,
  date,
  flag,
  money,
  months,
  nonNegativeRate,
  optional,
  positive,
  rate,
  required,
  signedMoney,
  wholeNumber,
} from "./arguments";
export type { Arg } from "./shape";
export { rowCount } from "./shape";
export { perRow, table } from "./rows";
export type { AuditLine, RecordOutcome } from "./records";
export { recordFunction } from "./records";
