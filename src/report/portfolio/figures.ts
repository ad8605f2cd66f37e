/** How the report shows its figures: money from whole cents, shares, counts in sentences, dates. */
import type { CalendarDate } from "../../core/calendar-date";
import type { PortfolioSummary } from "../../core/portfolio";
import type { Cents } from "../../core/verified-rounding";
import { dateText } from "../sheets/parts/values";

export { dateText };
export { usd as moneyText } from "../../core/programs/display";

/** Whole cents as the number a money cell holds. */
export const dollars = (c: Cents): number => c / 100;

/** part / whole, or null (a blank cell) when whole is 0. */
export const share = (part: number, whole: number): number | null =>
  whole === 0 ? null : part / whole;

/** 1,234 */
export const countText = (n: number): string => n.toLocaleString("en-US");

/** "1 loan", "2 loans" */
export const loansText = (n: number): string => `${countText(n)} loan${n === 1 ? "" : "s"}`;

/** The date the report is as of: the loans' one date, their range, or the given fallback. */
export function asOfOf(s: PortfolioSummary, fallback?: CalendarDate): CalendarDate | undefined {
  return s.asOf?.last ?? fallback;
}

/** "12/01/2026", or "11/28/2026 to 12/01/2026" when the loans' as-of dates differ. */
export function asOfText(s: PortfolioSummary, fallback?: CalendarDate): string {
  if (!s.asOf) return fallback ? dateText(fallback) : "no loan evaluated";
  const { first, last } = s.asOf;
  const same = first.year === last.year && first.month === last.month && first.day === last.day;
  return same ? dateText(last) : `${dateText(first)} to ${dateText(last)}`;
}
