import { CalendarDate, formatIsoDate } from "../../core/calendar-date";
import { ColumnKind, ColumnValue } from "../../core/portfolio";
import { csvSafeText } from "./formula-guard";
import { csvField } from "./csv-line";

/** Whole cents as dollars with two decimals, in integer arithmetic: -12345 → "-123.45". */
export function centsText(cents: number): string {
  const sign = cents < 0 ? "-" : "";
  const a = Math.abs(cents);
  const whole = Math.floor(a / 100);
  const frac = a - whole * 100;
  return `${sign}${whole}.${frac < 10 ? "0" : ""}${frac}`;
}

/**
 * A result value as CSV text: money in dollars to the cent, ratios and rates as fractions, dates as
 * ISO dates, flags TRUE/FALSE, a blank as an empty cell, text guarded against formulas.
 */
export function csvCellText(kind: ColumnKind, v: ColumnValue): string {
  if (v === undefined) return "";
  switch (kind) {
    case "money":
      return centsText(v as number);
    case "date":
      return formatIsoDate(v as CalendarDate);
    case "flag":
      return v ? "TRUE" : "FALSE";
    case "text":
      return csvSafeText(String(v));
    default:
      return String(v);
  }
}

/** A result value for JSON: money in dollars (a number), dates as ISO text, a blank as null. */
export function jsonCellValue(kind: ColumnKind, v: ColumnValue): string | number | boolean | null {
  if (v === undefined) return null;
  if (kind === "money") return (v as number) / 100;
  if (kind === "date") return formatIsoDate(v as CalendarDate);
  return v as string | number | boolean;
}

/**
 * One loan's result row as a CSV line: csvLine of each value's csvCellText, made in one pass. Only
 * text can hold a comma, a quote or a line break; the other kinds' texts (digits, a sign, a point,
 * ISO dates, TRUE/FALSE) never need quoting.
 */
export function csvResultLine(kinds: readonly ColumnKind[], row: readonly ColumnValue[]): string {
  let line = "";
  for (let i = 0; i < row.length; i++) {
    if (i > 0) line += ",";
    const v = row[i];
    if (v === undefined) continue;
    const kind = kinds[i];
    line += kind === "text" ? csvField(csvSafeText(String(v))) : csvCellText(kind, v);
  }
  return line + "\n";
}
