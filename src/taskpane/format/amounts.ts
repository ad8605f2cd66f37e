/**
 * Amounts, rates and dates as the pane shows them: the core's own formatting ("$1,234.56",
 * "4.375%"), so a figure reads the same in the pane, in an audit sentence and on a worksheet.
 */
import type Decimal from "decimal.js";
import { pct, usd } from "../../core/programs/display";
import { formatIsoDate, type CalendarDate } from "../../core/calendar-date";
import type { Cents } from "../../core/verified-rounding";

export function money(cents: Cents | undefined): string {
  return cents === undefined ? "—" : usd(cents);
}

export function percent(x: Decimal | undefined, places = 2): string {
  return x === undefined ? "—" : pct(x, places);
}

export function date(d: CalendarDate | undefined): string {
  return d === undefined ? "—" : formatIsoDate(d);
}

export function yesNo(b: boolean | undefined): string {
  return b === undefined ? "—" : b ? "Yes" : "No";
}
