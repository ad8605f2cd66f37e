/**
 * The engine's values as worksheet cells: cents as money, Decimal rates and ratios as percents with
 * every digit they have, dates, and a dash for what does not apply.
 */
import Decimal from "decimal.js";
import type { CalendarDate } from "../../../core/calendar-date";
import type { Cents } from "../../../core/verified-rounding";
import { Cell, CellInput, CellLook, cell, mergeLooks, toCell } from "../../model";

/** What a cell shows when a figure does not apply. */
export const NONE = "—";

/** Whole cents as money: exact to the cent (a double of two decimals reads back as itself). */
export function money(c: Cents | undefined): CellInput {
  return c === undefined ? dash() : cell.money(c / 100);
}

/** A rate (7.5% is 0.075) as a percent showing all its decimals, at least `min` places. */
export function rate(r: Decimal | undefined, min = 3): CellInput {
  if (r === undefined) return dash();
  return cell.percent(r.toNumber(), Math.max(min, Math.min(8, r.decimalPlaces() - 2)));
}

/** A ratio (a DTI, an LTV, a reduction) as a percent with two places. */
export function ratio(r: Decimal | number | undefined, places = 2): CellInput {
  if (r === undefined) return dash();
  return cell.percent(typeof r === "number" ? r : r.toNumber(), places);
}

/** num / den of two cent amounts (a housing ratio), or a dash when den is 0. */
export function centsRatio(num: Cents, den: Cents | undefined): CellInput {
  return den ? cell.percent(num / den, 2) : dash();
}

export function date(d: CalendarDate | undefined): CellInput {
  return d === undefined ? dash() : cell.date(d);
}

export function dash(): Cell {
  return cell.text(NONE, undefined, { align: "right" });
}

/** A date as text in a sentence: 03/01/2027 (the documents' date format). */
export function dateText(d: CalendarDate): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${p(d.month)}/${p(d.day)}/${d.year}`;
}

/** Money in a sentence ($1,234.56) and a rate in a sentence (4.375%), as the engine's audit shows them. */
export { usd as moneyText, pct as rateText } from "../../../core/programs/display";

/** Text that wraps within its place (a sentence in a pairs block takes the rest of the row). */
export function prose(text: string): CellInput {
  return cell.text(text, undefined, { wrap: true });
}

/** A count with its unit in the number format ("6 months"), so it stays a number. */
export function counted(n: number | undefined, unit: string): CellInput {
  if (n === undefined) return dash();
  return cell.whole(n, { numberFormat: `#,##0 "${unit}"` });
}

/** The same cell with its look overridden (centred, bold ...). */
export function restyled(input: CellInput, look: CellLook): Cell {
  const c = toCell(input);
  return { ...c, look: mergeLooks(c.look, look) };
}
