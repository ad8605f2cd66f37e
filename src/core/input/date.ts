import {
  CalendarDate,
  FIRST_SERIAL,
  LAST_SERIAL,
  PHANTOM_SERIAL,
  fromExcelSerial,
  isExcelDate,
  isValidDate,
} from "../calendar-date";
import { Result, ok } from "../result";
import { isBlank } from "./cell";
import { invalid, missing } from "./problem";

const ISO_DATE = /^(\d{4,})-(\d{1,2})-(\d{1,2})$/;
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4,})$/;
const DIGITS = /^\d+$/;

const NOT_A_DATE = "is not a date (write YYYY-MM-DD, MM/DD/YYYY or an Excel date serial number)";
const OUTSIDE = "is outside Excel's dates (1900-01-01 to 9999-12-31)";

/**
 * A calendar date from an Excel serial number (a number, or digits as a CSV writes them; a time of
 * day is dropped), ISO text `YYYY-MM-DD`, or U.S. text `MM/DD/YYYY` (month first, four-digit year:
 * the way U.S. servicing systems and Excel in a U.S. locale write dates; a day-first date whose day is
 * above 12 is refused as no such month, and two-digit years are refused as ambiguous).
 *
 * Only Excel's dates are accepted, 1900-01-01 to 9999-12-31; serial 0 (Excel's "1900-01-00") and
 * serial 60 (Excel's 1900-02-29, a day that never was) are refused. Blank is `NA`.
 */
export function parseDate(cell: unknown, field: string): Result<CalendarDate> {
  if (typeof cell === "number") return serialDate(cell, field, cell);
  if (typeof cell === "string") {
    // A tape repeats the same few dates (its as-of date, due dates on the 1st): each text is read
    // once, and its date (immutable, like every CalendarDate) shared.
    const known = DATES.get(cell);
    if (known !== undefined) return known;
    const r = dateText(cell, field);
    if (r.ok) {
      if (DATES.size >= MAX_DATES) DATES.clear();
      DATES.set(cell, r);
    }
    return r;
  }
  return dateText(cell, field);
}

/** Dates read from text, by the text; a date's reading does not depend on the field. */
const DATES = new Map<string, Result<CalendarDate>>();
const MAX_DATES = 8192;

function dateText(cell: unknown, field: string): Result<CalendarDate> {
  if (typeof cell === "string") {
    // YYYY-MM-DD as it stands, the way tapes write dates: the ISO reading below, without the patterns.
    const iso = isoParts(cell);
    if (iso !== undefined) return calendarDate(iso[0], iso[1], iso[2], field, cell);
  }
  if (isBlank(cell)) return missing(field, cell);
  if (typeof cell !== "string") return invalid(field, cell, NOT_A_DATE);
  const t = cell.trim();
  if (DIGITS.test(t)) return serialDate(Number(t), field, cell);
  const iso = ISO_DATE.exec(t);
  if (iso) return calendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3]), field, cell);
  const us = US_DATE.exec(t);
  if (us) {
    if (Number(us[1]) > 12)
      return invalid(
        field,
        cell,
        "is not a date: MM/DD/YYYY puts the month first (or write YYYY-MM-DD)"
      );
    return calendarDate(Number(us[3]), Number(us[1]), Number(us[2]), field, cell);
  }
  return invalid(field, cell, NOT_A_DATE);
}

const HYPHEN = 45;

/** Year, month and day of text that is exactly `DDDD-DD-DD` (digits and hyphens); undefined otherwise. */
function isoParts(t: string): [number, number, number] | undefined {
  if (t.length !== 10 || t.charCodeAt(4) !== HYPHEN || t.charCodeAt(7) !== HYPHEN) return undefined;
  const y = digitsAt(t, 0, 4);
  const m = digitsAt(t, 5, 2);
  const d = digitsAt(t, 8, 2);
  return y < 0 || m < 0 || d < 0 ? undefined : [y, m, d];
}

/** The number written by `length` digits from `start`, or -1 when one is not a digit. */
function digitsAt(t: string, start: number, length: number): number {
  let v = 0;
  for (let i = start; i < start + length; i++) {
    const c = t.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

function serialDate(serial: number, field: string, cell: unknown): Result<CalendarDate> {
  if (!Number.isFinite(serial)) return invalid(field, cell, NOT_A_DATE);
  const d = fromExcelSerial(serial);
  if (d !== undefined) return ok(d);
  const whole = Math.floor(serial);
  if (whole === PHANTOM_SERIAL)
    return invalid(field, cell, "is Excel's 1900-02-29, a day the calendar does not have");
  if (whole < FIRST_SERIAL || whole > LAST_SERIAL) return invalid(field, cell, OUTSIDE);
  return invalid(field, cell, NOT_A_DATE);
}

function calendarDate(
  year: number,
  month: number,
  day: number,
  field: string,
  cell: unknown
): Result<CalendarDate> {
  if (!isValidDate(year, month, day)) return invalid(field, cell, "is not a date of the calendar");
  const d: CalendarDate = { year, month, day };
  return isExcelDate(d) ? ok(d) : invalid(field, cell, OUTSIDE);
}
