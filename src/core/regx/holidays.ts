import { CalendarDate, addDays, dayOfWeek, daysInMonth, toDayNumber } from "../calendar-date";

/**
 * The legal public holidays of 5 U.S.C. 6103(a), the holidays Regulation X's business-day counts
 * exclude (12 CFR 1024.41(b)(2)(i)(B): "excluding legal public holidays, Saturdays, and Sundays";
 * docs/rules/regx.md).
 *
 * Rules as written in 6103(a) since the Uniform Monday Holiday Act (Pub. L. 90-363, in force 1971):
 * fixed dates for New Year's Day, Juneteenth, Independence Day, Veterans Day and Christmas; Mondays for
 * the rest, Thanksgiving on the fourth Thursday of November. Dates of changes:
 * - Birthday of Martin Luther King, Jr. from 1986 (Pub. L. 98-144);
 * - Veterans Day on the fourth Monday of October 1971-1977, back to November 11 from 1978 (Pub. L. 94-97);
 * - Juneteenth National Independence Day from 2021 (Pub. L. 117-17, signed 2021-06-17; 2021-06-19 was
 *   a Saturday, observed Friday 2021-06-18).
 * Years before 1971 are computed with the 1971 rules (no Reg X date falls there).
 *
 * Not included: Inauguration Day. 5 U.S.C. 6103(c) makes January 20 after a presidential election a
 * holiday only for federal employees in the Washington, D.C. area; it is not a legal public holiday
 * under 6103(a), which is the list Reg X refers to.
 *
 * Observed days: a holiday on a Saturday is observed on the Friday before (5 U.S.C. 6103(b)(1)); one
 * on a Sunday on the Monday after (Executive Order 11582). So New Year's Day on a Saturday is observed
 * on December 31 of the year before (2022-01-01 → 2021-12-31).
 */

export type HolidayName =
  | "New Year's Day"
  | "Birthday of Martin Luther King, Jr."
  | "Washington's Birthday"
  | "Memorial Day"
  | "Juneteenth National Independence Day"
  | "Independence Day"
  | "Labor Day"
  | "Columbus Day"
  | "Veterans Day"
  | "Thanksgiving Day"
  | "Christmas Day";

export interface Holiday {
  readonly name: HolidayName;
  /** The legal public holiday itself (5 U.S.C. 6103(a)). */
  readonly date: CalendarDate;
  /** The weekday it is observed on (the same date unless it falls on a weekend). */
  readonly observed: CalendarDate;
}

/**
 * Which day a business-day count skips: the observed weekday (docs/rules/regx.md, the default)
 * or only the legal date itself. See business-days.ts for why both exist.
 */
export type Observance = "observed" | "legal";

const MONDAY = 1;
const THURSDAY = 4;

/** The n-th (1-based) given weekday of a month. */
function nthWeekday(year: number, month: number, weekday: number, n: number): CalendarDate {
  const first: CalendarDate = { year, month, day: 1 };
  const offset = (weekday - dayOfWeek(first) + 7) % 7;
  return { year, month, day: 1 + offset + 7 * (n - 1) };
}

/** The last given weekday of a month. */
function lastWeekday(year: number, month: number, weekday: number): CalendarDate {
  const last: CalendarDate = { year, month, day: daysInMonth(year, month) };
  const back = (dayOfWeek(last) - weekday + 7) % 7;
  return { year, month, day: last.day - back };
}

/** Saturday → Friday before (5 U.S.C. 6103(b)(1)); Sunday → Monday after (Executive Order 11582). */
export function observedDay(date: CalendarDate): CalendarDate {
  const w = dayOfWeek(date);
  if (w === 6) return addDays(date, -1);
  if (w === 0) return addDays(date, 1);
  return date;
}

/** The legal public holidays whose legal date falls in `year`, in calendar order. */
export function legalPublicHolidays(year: number): Holiday[] {
  const list: [HolidayName, CalendarDate][] = [];
  const on = (month: number, day: number): CalendarDate => ({ year, month, day });
  list.push(["New Year's Day", on(1, 1)]);
  if (year >= 1986)
    list.push(["Birthday of Martin Luther King, Jr.", nthWeekday(year, 1, MONDAY, 3)]);
  list.push(["Washington's Birthday", nthWeekday(year, 2, MONDAY, 3)]);
  list.push(["Memorial Day", lastWeekday(year, 5, MONDAY)]);
  if (year >= 2021) list.push(["Juneteenth National Independence Day", on(6, 19)]);
  list.push(["Independence Day", on(7, 4)]);
  list.push(["Labor Day", nthWeekday(year, 9, MONDAY, 1)]);
  list.push(["Columbus Day", nthWeekday(year, 10, MONDAY, 2)]);
  const veterans = year >= 1971 && year <= 1977 ? nthWeekday(year, 10, MONDAY, 4) : on(11, 11);
  list.push(["Veterans Day", veterans]);
  list.push(["Thanksgiving Day", nthWeekday(year, 11, THURSDAY, 4)]);
  list.push(["Christmas Day", on(12, 25)]);
  return list
    .map(([name, date]) => ({ name, date, observed: observedDay(date) }))
    .sort((a, b) => toDayNumber(a.date) - toDayNumber(b.date));
}

/**
 * The days of `year` a business-day count skips as holidays, in order. With "observed" this includes
 * December 31 when the next New Year's Day is a Saturday, and not January 1 when it is one.
 */
export function holidayDates(year: number, observance: Observance = "observed"): CalendarDate[] {
  if (observance === "legal") return legalPublicHolidays(year).map((h) => h.date);
  return [...legalPublicHolidays(year), ...legalPublicHolidays(year + 1)]
    .map((h) => h.observed)
    .filter((d) => d.year === year);
}

const cache: Record<Observance, Map<number, ReadonlySet<number>>> = {
  observed: new Map(),
  legal: new Map(),
};

function holidaySet(year: number, observance: Observance): ReadonlySet<number> {
  let s = cache[observance].get(year);
  if (!s) {
    s = new Set(holidayDates(year, observance).map(toDayNumber));
    cache[observance].set(year, s);
  }
  return s;
}

/** True when the day is a legal public holiday (its observed day, by default). */
export function isHoliday(date: CalendarDate, observance: Observance = "observed"): boolean {
  return holidaySet(date.year, observance).has(toDayNumber(date));
}

/** The holiday a date is (observed as), if any. */
export function holidayOn(
  date: CalendarDate,
  observance: Observance = "observed"
): Holiday | undefined {
  const n = toDayNumber(date);
  for (const y of [date.year, date.year + 1]) {
    for (const h of legalPublicHolidays(y)) {
      if (toDayNumber(observance === "observed" ? h.observed : h.date) === n) return h;
    }
  }
  return undefined;
}
