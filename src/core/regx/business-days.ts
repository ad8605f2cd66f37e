import {
  CalendarDate,
  FIRST_EXCEL_DATE,
  LAST_EXCEL_DATE,
  dayOfWeek,
  formatIsoDate,
  fromDayNumber,
  isExcelDate,
  toDayNumber,
  toExcelSerial,
} from "../calendar-date";
import { Result, fail, ok } from "../result";
import { Observance, holidayDates, isHoliday } from "./holidays";

/**
 * Business days of the Reg X calendar: not a Saturday, not a Sunday, not a legal public holiday of
 * 5 U.S.C. 6103(a) (12 CFR 1024.41(b)(2)(i)(B): "5 days (excluding legal public holidays, Saturdays,
 * and Sundays)").
 *
 * The engine counts a holiday on its observed weekday (Saturday → Friday before, Sunday →
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

const FIRST_DAY = toDayNumber(FIRST_EXCEL_DATE);
const LAST_DAY = toDayNumber(LAST_EXCEL_DATE);

/*
 * Counting without walking. Day numbers count from 1970-01-01, a Thursday; t = day + 3 counts from
 * Monday 1969-12-29, so t mod 7 is 0 on Mondays and 5, 6 on weekends. weekdaysTo(x), the number of
 * Mondays to Fridays up to day x from that Monday, is 5·⌊t/7⌋ + min(t mod 7 + 1, 5); the inverse
 * gives the day on which that count reaches a given value. Holidays are then the only days left to
 * skip: the weekday holidays in the span are counted from each year's short list and the span is
 * moved on by that many weekdays again, until a span holds none. Every step is integer arithmetic,
 * so the cost depends on the years crossed, not on the number of days.
 */
function weekdaysTo(day: number): number {
  const t = day + 3;
  const weeks = Math.floor(t / 7);
  return 5 * weeks + Math.min(t - 7 * weeks + 1, 5);
}

/** The weekday on which weekdaysTo first reaches `count`. */
function weekdayNumbered(count: number): number {
  const c = count - 1;
  const weeks = Math.floor(c / 5);
  return 7 * weeks + (c - 5 * weeks) - 3;
}

const holidayLists: Record<Observance, Map<number, readonly number[]>> = {
  observed: new Map(),
  legal: new Map(),
};

/** The day numbers of `year`'s holidays that fall on a weekday (the only ones a count skips). */
function weekdayHolidays(year: number, observance: Observance): readonly number[] {
  let list = holidayLists[observance].get(year);
  if (!list) {
    const days = holidayDates(year, observance)
      .filter((d) => dayOfWeek(d) !== 0 && dayOfWeek(d) !== 6)
      .map(toDayNumber);
    list = [...new Set(days)];
    holidayLists[observance].set(year, list);
  }
  return list;
}

/** Weekday holidays in the days from `from` to `to`, both included (from ≤ to). */
function holidaysBetween(from: number, to: number, observance: Observance): number {
  let n = 0;
  const last = fromDayNumber(to).year;
  for (let y = fromDayNumber(from).year; y <= last; y++)
    for (const h of weekdayHolidays(y, observance)) if (h >= from && h <= to) n++;
  return n;
}

/**
 * The date `days` business days after `start` (before it when negative), like Excel's WORKDAY: the
 * start itself is not counted, and 0 gives the start unchanged. `VALUE` for a non-whole count or a
 * start outside Excel's calendar, `NUM` when the result would leave it (1900-01-01 to 9999-12-31).
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
  if (!isExcelDate(start))
    return fail(
      "VALUE",
      `start_date ${formatIsoDate(start)} is outside Excel's calendar (1900-01-01 to 9999-12-31)`,
      "start_date",
      formatIsoDate(start)
    );
  // Roughly 250 business days a year: a count that cannot fit in Excel's calendar is refused at once.
  if (Math.abs(days) > LAST_DAY - FIRST_DAY)
    return fail("NUM", `${days} business days leaves Excel's calendar`, "days", days);
  const observance = options.observance ?? "observed";
  const first = toDayNumber(start);
  const leaves = () =>
    fail<CalendarDate>(
      "NUM",
      `${days} business days from ${toExcelSerial(start)} leaves Excel's calendar`,
      "days",
      days
    );
  let at = first;
  let left = Math.abs(days);
  // Each pass moves past `left` weekdays; the holidays among them are the next pass's `left`.
  while (left > 0) {
    const next =
      days > 0
        ? weekdayNumbered(weekdaysTo(at) + left)
        : weekdayNumbered(weekdaysTo(at - 1) - left + 1);
    if (next < FIRST_DAY || next > LAST_DAY) return leaves();
    left =
      days > 0
        ? holidaysBetween(at + 1, next, observance)
        : holidaysBetween(next, at - 1, observance);
    at = next;
  }
  return ok(fromDayNumber(at));
}
