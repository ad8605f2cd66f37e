/**
 * The workbook's settings as defaults for a loan: the market inputs and the as-of date fill the
 * fields a loan's row lacks or leaves blank (a value in the loan's own column wins).
 */
import type { SettingsValues } from "../workbook/host-types";

/** Today's date in the pane's own time zone, as YYYY-MM-DD: the as-of date when none is set. */
export function localToday(now: Date): string {
  const p = (n: number, w = 2) => String(n).padStart(w, "0");
  return `${p(now.getFullYear(), 4)}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/** The as-of date in force: the setting, else `today`. */
export function asOfDate(settings: SettingsValues, today: string): string {
  const set = (settings.as_of_date ?? "").trim();
  return set === "" ? today : set;
}
