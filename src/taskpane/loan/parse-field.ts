/**
 * The pane's one door to the core's input parsing: loan rows and form fields are read here, and only
 * here, by the core's record parser, so a text gets the same answer in the pane as in a cell or a
 * tape. Every problem names its field, the value and the reason. (The record's field names and
 * header aliases, which the shell needs before this parser loads, are in field-table.ts.)
 */
import {
  readLoanRecord,
  type Cell,
  type LoanRecord,
  type RecordIssue,
  type RecordReading,
} from "../../core/record";
import { FIELD_TABLE, type FieldName } from "../../core/record-fields";
import { formatIsoDate, type CalendarDate } from "../../core/calendar-date";
import { fractionAsPercent } from "./field-table";
import { usd } from "../../core/programs/display";

export type { Cell, LoanRecord, RecordIssue, RecordReading, CalendarDate };

/** Reads one loan from a header row and a row of cells (any header the record accepts, aliases included). */
export function readLoan(headers: readonly Cell[], values: readonly Cell[]): RecordReading {
  return readLoanRecord(headers, values);
}

/** A typed value of the record as the pane shows it: rates as percents, money with cents. */
export function recordValueText(field: FieldName, value: unknown): string {
  if (value === undefined || value === null) return "";
  const kind = FIELD_TABLE[field].kind;
  if (typeof value === "object" && "year" in (value as object))
    return formatIsoDate(value as CalendarDate);
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (kind === "rate") return fractionAsPercent(String(value));
  if (kind === "money" && typeof value === "number") return usd(value);
  return String(value);
}
