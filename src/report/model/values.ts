/**
 * What a cell of a worksheet can hold. Text is always text (never a formula, a number or a date,
 * whatever it looks like); dates are calendar dates without a time zone; null is a blank cell.
 */
import type { CalendarDate } from "../../core/calendar-date";

export type { CalendarDate };

export type CellValue = string | number | boolean | CalendarDate | null;

export function isCalendarDate(value: unknown): value is CalendarDate {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as CalendarDate).year === "number" &&
    typeof (value as CalendarDate).month === "number" &&
    typeof (value as CalendarDate).day === "number"
  );
}

/** The kind of a value, as a writer sees it. */
export type ValueKind = "text" | "number" | "boolean" | "date" | "blank";

export function valueKind(value: CellValue | undefined): ValueKind {
  if (value === null || value === undefined) return "blank";
  if (typeof value === "string") return "text";
  if (typeof value === "number") return "number";
  if (typeof value === "boolean") return "boolean";
  return "date";
}
