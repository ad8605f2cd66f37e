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
