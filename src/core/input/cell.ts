import Decimal from "decimal.js";

/**
 * A value as a cell, a CSV field or a form field holds it: Excel passes numbers, text and booleans,
 * and null (or nothing) for an empty cell or an omitted argument; a tape reader passes text.
 */
export type Cell = number | string | boolean | null | undefined;

const SPACE_ONLY = /^\s*$/;

/** Blank: nothing, null, empty text or text of spaces only. Blank is "not given" everywhere. */
export function isBlank(value: unknown): boolean {
  if (typeof value === "string") {
    if (value.length === 0) return true;
    // Text starting with a printable ASCII character other than a space is not spaces only.
    const first = value.charCodeAt(0);
    return first > 32 && first < 127 ? false : SPACE_ONLY.test(value);
  }
  return value === undefined || value === null;
}

/** Longest text a message quotes in full; longer text is cut, with an ellipsis. */
const QUOTED = 60;

/** A value as a message quotes it: text in double quotes, numbers and booleans as written. */
export function showValue(value: unknown): string {
  if (typeof value === "string")
    return JSON.stringify(value.length > QUOTED ? `${value.slice(0, QUOTED)}…` : value);
  if (Decimal.isDecimal(value)) return (value as Decimal).toString();
  if (value !== null && typeof value === "object") return "an object";
  return String(value);
}
