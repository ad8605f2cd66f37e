/**
 * Calendar dates without a time zone (docs/rules/conventions.md, "Dates": no clock; "Excel
 * serial numbers at the Excel boundary; calendar dates inside").
 *
 * Day arithmetic runs on a day number (days since 1970-01-01, proleptic Gregorian) computed by the
 * civil-from-days algorithm, so nothing depends on the host's time zone or on `Date`.
 */
export interface CalendarDate {
  readonly year: number;
  readonly month: number; // 1-12
  readonly day: number; // 1-31
}

/** Days since 1970-01-01 for a proleptic Gregorian date. */
export function toDayNumber(d: CalendarDate): number {
  const y = d.month <= 2 ? d.year - 1 : d.year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (d.month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d.day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromDayNumber(n: number): CalendarDate {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/**
 * Excel's dates run from 1900-01-01 (serial 1) to 9999-12-31 (serial 2958465). Excel also counts a
 * 1900-02-29 that never was (serial 60, kept for Lotus 1-2-3), so from 1900-03-01 (serial 61) on a
 * serial is the days since 1899-12-30, and before it the days since 1899-12-31.
 */
const EPOCH_FROM_MARCH_1900 = toDayNumber({ year: 1899, month: 12, day: 30 });
const EPOCH_BEFORE_MARCH_1900 = EPOCH_FROM_MARCH_1900 + 1;
/** Serial 60: 1900-02-29, a day Excel counts but the calendar does not have. */
export const PHANTOM_SERIAL = 60;
/** 1900-01-01, Excel's first date. */
export const FIRST_SERIAL = 1;
/** 9999-12-31, Excel's last date. */
export const LAST_SERIAL = 2958465;
export const FIRST_EXCEL_DATE: CalendarDate = { year: 1900, month: 1, day: 1 };
export const LAST_EXCEL_DATE: CalendarDate = { year: 9999, month: 12, day: 31 };
const FIRST_DAY = toDayNumber(FIRST_EXCEL_DATE);
const LAST_DAY = toDayNumber(LAST_EXCEL_DATE);

/** Whether Excel can show the date (1900-01-01 to 9999-12-31). */
export function isExcelDate(d: CalendarDate): boolean {
  const n = toDayNumber(d);
  return n >= FIRST_DAY && n <= LAST_DAY;
}

/**
 * The date of an Excel serial number (the time of day, if any, is dropped); undefined outside
 * Excel's dates and for serial 60, Excel's 1900-02-29.
 */
export function fromExcelSerial(serial: number): CalendarDate | undefined {
  if (!Number.isFinite(serial)) return undefined;
  const whole = Math.floor(serial);
  if (whole < FIRST_SERIAL || whole > LAST_SERIAL || whole === PHANTOM_SERIAL) return undefined;
  return fromDayNumber(
    (whole < PHANTOM_SERIAL ? EPOCH_BEFORE_MARCH_1900 : EPOCH_FROM_MARCH_1900) + whole
  );
}

/** The Excel serial number of a date (see isExcelDate for the dates Excel can show). */
export function toExcelSerial(d: CalendarDate): number {
  const n = toDayNumber(d);
  return n - (n < EPOCH_FROM_MARCH_1900 + 61 ? EPOCH_BEFORE_MARCH_1900 : EPOCH_FROM_MARCH_1900);
}

/** Same day k months on, clamped to the month's last day (Excel's EDATE). */
export function addMonths(d: CalendarDate, k: number): CalendarDate {
  const m0 = d.year * 12 + (d.month - 1) + k;
  const year = Math.floor(m0 / 12);
  const month = m0 - year * 12 + 1;
  return { year, month, day: Math.min(d.day, daysInMonth(year, month)) };
}

export function addDays(d: CalendarDate, k: number): CalendarDate {
  return fromDayNumber(toDayNumber(d) + k);
}

export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** 0 = Sunday ... 6 = Saturday. */
export function dayOfWeek(d: CalendarDate): number {
  return (((toDayNumber(d) + 4) % 7) + 7) % 7;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A date written YYYY-MM-DD that the calendar has (any year 0000 to 9999; see isExcelDate). */
export function parseIsoDate(text: string): CalendarDate | undefined {
  const m = ISO.exec(text.trim());
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDate(year, month, day) ? { year, month, day } : undefined;
}

export function formatIsoDate(d: CalendarDate): string {
  const p = (n: number, w: number) => String(n).padStart(w, "0");
  return `${p(d.year, 4)}-${p(d.month, 2)}-${p(d.day, 2)}`;
}
