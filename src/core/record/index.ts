/**
 * The loan record: headers, one row's fields (read through the input module), the fields derived
 * from them, and the fields a use requires. Whole tapes are checked by core/tape.
 */
export type { Cell } from "../input";
export type { ExtraColumn, LoanRecord, ReadOptions, RecordIssue, RecordReading } from "./types";
export type { HeaderMap } from "./headers";
export { mapHeaders } from "./headers";
export { readLoanRecord, readRow } from "./row";
export { recordFields, recordResult, requireFields } from "./required";
export { INVESTOR_CHOICES, OCCUPANCY_CHOICES, STATE_CHOICES } from "./choices";
