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
import { parseDate, parseRateDecimal, parseWhole } from "../../core/input";
import type { Result } from "../../core/result";
import { formatIsoDate, type CalendarDate } from "../../core/calendar-date";
import type Decimal from "decimal.js";
import { fractionAsPercent } from "./field-table";
import { usd } from "../../core/programs/display";

export type { Cell, LoanRecord, RecordIssue, RecordReading, CalendarDate };

/** Reads one loan from a header row and a row of cells (any header the record accepts, aliases included). */
export function readLoan(headers: readonly Cell[], values: readonly Cell[]): RecordReading {
  return readLoanRecord(headers, values);
}

export type Parsed<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

/**
 * One setting or form value parsed alone, by the record parser, as the field `as` (a money, rate or
 * date field of the loan record): the same texts are accepted as in a loan row.
 */
export function parseAs(as: FieldName, label: string, text: string): Parsed<unknown> {
  const reading = readLoanRecord([as], [text]);
  const issue = reading.issues.find((i) => i.field === as);
  if (issue) return { ok: false, reason: renameField(issue.reason, as, label) };
  const value = reading.record[as];
  return value === undefined ? { ok: false, reason: `${label} is empty` } : { ok: true, value };
}

/** An issue's sentence with the record's field name replaced by what the user sees. */
function renameField(reason: string, field: string, label: string): string {
  return reason.startsWith(`${field}:`) ? `${label}:${reason.slice(field.length + 1)}` : reason;
}

/** A Result of the core's input module as the pane shows it (the label is the field's name there). */
function asParsed<T>(r: Result<T>): Parsed<T> {
  return r.ok ? { ok: true, value: r.value } : { ok: false, reason: r.issues[0].reason };
}

/**
 * A fraction written as `2.5%` or `0.025` (NPV assumptions), read by the core's rate parser (the
 * model's own bounds are checked where the assumptions are applied).
 */
export function parseFractionText(label: string, text: string): Parsed<Decimal> {
  return asParsed(parseRateDecimal(text, label));
}

/** A whole number of months (or days) written as text. */
export function parseMonthsText(
  label: string,
  text: string,
  min = 0,
  max = 1200,
  unit = "months"
): Parsed<number> {
  return asParsed(parseWhole(text, label, { min, max, unit }));
}

/** A date typed as YYYY-MM-DD or MM/DD/YYYY. */
export function parseDateText(label: string, text: string): Parsed<CalendarDate> {
  return asParsed(parseDate(text, label));
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
