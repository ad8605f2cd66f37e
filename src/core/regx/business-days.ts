import {
  CalendarDate,
  FIRST_SERIAL,
  LAST_SERIAL,
  addDays,
  dayOfWeek,
  fromExcelSerial,
  toDayNumber,
  toExcelSerial,
} from "../calendar-date";
import { Result, fail, ok } from "../result";
import { Observance, isHoliday } from "./holidays";

/**
 * Business days of the Reg X calendar: not a Saturday, not a Sunday, not a legal public holiday of
 * 5 U.S.C. 6103(a) (12 CFR 1024.41(b)(2)(i)(B): "5 days (excluding legal public holidays, Saturdays,
 * and Sundays)").
 *
 * programs.md section 11 counts a holiday on its observed weekday (Saturday → Friday before, Sunday →
 * Monday after); that is the default here. The regulation's words name the legal public holidays
 * themselves, and the CFPB's reading of the same words in Regulation Z (comment 2(a)(6)-2) is that an
 * observed Friday or Monday *is* a business day; `observance: "legal"` counts that way. The two differ
 * only when a fixed-date holiday falls on a weekend.
 */

export interface BusinessDayOptions {
  readonly observance?: Observance;
}

export function isBusinessDay(date: CalendarDate, options: BusinessDayOptions = {}): boolean {
  const w = dayOfWeek(date);
  return w !== 0 && w !== 6 && !isHoliday(date, options.observance ?? "observed");
}

const FIRST_DAY = toDayNumber(fromExcelSerial(FIRST_SERIAL)!);
const LAST_DAY = toDayNumber(fromExcelSerial(LAST_SERIAL)!);

/**
 * The date `days` business days after `start` (before it when negative), like Excel's WORKDAY: the
 * start itself is not counted, and 0 gives the start unchanged. `VALUE` for a non-whole count, `NUM`
 * when the result would leave Excel's calendar (1900-03-01 to 9999-12-31).
 */
export function addBusinessDays(
  start: CalendarDate,
  days: number,
  options: BusinessDayOptions = {}
): Result<CalendarDate> {
  if (!Number.isFinite(days) || !Number.isInteger(days)) {
    return fail(
      "VALUE",
      `days must be a whole number of business days (got ${days})`,
      "days",
      days
    );
  }
  const step = days < 0 ? -1 : 1;
  // Roughly 250 business days a year: a count that cannot fit in Excel's calendar is refused at once.
  if (Math.abs(days) > LAST_DAY - FIRST_DAY)
    return fail("NUM", `${days} business days leaves Excel's calendar`, "days", days);
  let d = start;
  let left = Math.abs(days);
  while (left > 0) {
    d = addDays(d, step);
    const n = toDayNumber(d);
    if (n < FIRST_DAY || n > LAST_DAY)
      return fail(
        "NUM",
        `${days} business days from ${toExcelSerial(start)} leaves Excel's calendar`,
        "days",
        days
      );
    if (isBusinessDay(d, options)) left--;
  }
  return ok(d);
}
