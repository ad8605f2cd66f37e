/** One loan's outcome over a tape, the market settings a tape may lack, and the result columns. */
export type { LoanOutcome, OutcomeOptions } from "./outcome";
export { evaluateLoan } from "./outcome";
export type { MarketSettings, SettingLabels, ResolvedSettings } from "./settings";
export { resolveSettings, PLAIN_LABELS } from "./settings";
export type { ColumnKind, ColumnValue, ColumnGroup, PartColumn, ResultColumn } from "./columns";
export {
  NPV_COLUMNS,
  RESULT_COLUMNS,
  WATERFALL_COLUMNS,
  functionFields,
  resultRow,
} from "./columns";
export type { TapeLoanVerdict } from "./tape-loan";
export { evaluateTapeLoan } from "./tape-loan";
export * from "./summary";
export type { HeaderColumn, HeaderReading } from "./tape-columns";
export { readHeaders } from "./tape-columns";
