/**
 * A cell of a worksheet: a value, a named style and optional overrides. Builders make cells with
 * the constructors below (`cell.money(1234.5)`), which pick the number format with the value, or
 * pass plain values where the default look is right.
 */
import { CellValue, CalendarDate, isCalendarDate } from "./values";
import { NumberFormats, decimalFormat, percentFormat } from "./formats";
import { CellLook, NAMED_STYLES, StyleName, mergeLooks } from "./styles";

export interface Cell {
  readonly value: CellValue;
  readonly style?: StyleName;
  readonly look?: CellLook;
}

/** A cell or a plain value (text, number, boolean, calendar date, null for blank). */
export type CellInput = Cell | CellValue;

export function isCell(input: CellInput | undefined): input is Cell {
  return typeof input === "object" && input !== null && !isCalendarDate(input) && "value" in input;
}

export function toCell(input: CellInput | undefined): Cell {
  if (input === undefined) return { value: null };
  return isCell(input) ? input : { value: input };
}

/** The default look of a plain value: dates get the date format, text the text format. */
function defaultLook(value: CellValue): CellLook | undefined {
  if (typeof value === "string")
    return value.includes("\n")
      ? { numberFormat: NumberFormats.text, wrap: true }
      : { numberFormat: NumberFormats.text };
  if (isCalendarDate(value)) return NAMED_STYLES.date;
  return undefined;
}

/** The full look of a cell: the value's default, then its named style, then its overrides. */
export function cellLook(cell: Cell, base?: CellLook): CellLook {
  return mergeLooks(
    base,
    defaultLook(cell.value),
    cell.style ? NAMED_STYLES[cell.style] : undefined,
    cell.look
  );
}

function make(value: CellValue, style?: StyleName, look?: CellLook): Cell {
  return look ? { value, style, look } : style ? { value, style } : { value };
}

export const cell = {
  text: (text: string, style?: StyleName, look?: CellLook): Cell => make(text, style, look),
  /** Money, 1,234.56: the value must already be rounded to the cent. */
  money: (amount: number | null, look?: CellLook): Cell => make(amount, "money", look),
  /** Money with the dollar sign, $1,234.56. */
  currency: (amount: number | null, look?: CellLook): Cell => make(amount, "currency", look),
  /** A ratio shown as a percent: 0.3125 with 2 places shows 31.25%. */
  percent: (ratio: number | null, places = 2, look?: CellLook): Cell =>
    make(ratio, "percent", { ...look, numberFormat: percentFormat(places) }),
  date: (date: CalendarDate | null, look?: CellLook): Cell => make(date, "date", look),
  /** Whole numbers: counts, months, days. */
  whole: (n: number | null, look?: CellLook): Cell => make(n, "whole", look),
  number: (n: number | null, places: number, look?: CellLook): Cell =>
    make(n, undefined, { align: "right", ...look, numberFormat: decimalFormat(places) }),
  yesNo: (flag: boolean | null, look?: CellLook): Cell =>
    make(flag === null ? null : flag ? "Yes" : "No", undefined, look),
  bool: (flag: boolean | null, look?: CellLook): Cell => make(flag, undefined, look),
  blank: (style?: StyleName, look?: CellLook): Cell => make(null, style, look),
  styled: (value: CellValue, style: StyleName, look?: CellLook): Cell => make(value, style, look),
};
