/**
 * The loan record's fields as the pane names and shows them: the record's own field table (names,
 * kinds, header aliases) and how a cell reads in the form. No parsing happens here (parse-field.ts
 * does it), so the pane's first screen does not wait for the engine.
 */
import {
  FIELD_NAMES,
  FIELD_TABLE,
  INVESTORS,
  OCCUPANCIES,
  normalizeHeader,
  resolveFieldName,
  type FieldKind,
  type FieldName,
} from "../../core/record-fields";
import { formatIsoDate, fromExcelSerial } from "../../core/calendar-date";
import type { Cell } from "../../core/record";

export type { Cell, FieldKind, FieldName };
export { FIELD_NAMES, FIELD_TABLE, INVESTORS, OCCUPANCIES, normalizeHeader, resolveFieldName };

export function fieldKind(field: FieldName): FieldKind {
  return FIELD_TABLE[field].kind;
}

/**
 * A cell as the form shows it: dates as YYYY-MM-DD (Excel gives serial numbers), rates as percent
 * text moved exactly on the digits (0.0675 → 6.75%), money as written, flags as Yes/No.
 */
export function cellText(field: FieldName | undefined, cell: Cell): string {
  if (cell === undefined || cell === null) return "";
  if (typeof cell === "string") return cell;
  const kind = field ? FIELD_TABLE[field].kind : "text";
  if (typeof cell === "boolean") return cell ? "Yes" : "No";
  if (kind === "date") {
    const d = fromExcelSerial(cell);
    return d ? formatIsoDate(d) : String(cell);
  }
  if (kind === "flag" && (cell === 0 || cell === 1)) return cell === 1 ? "Yes" : "No";
  if (kind === "rate" && cell >= 0 && cell <= 1) return fractionAsPercent(String(cell));
  return String(cell);
}

/** "0.0675" → "6.75%": the decimal point moved two places on the text, so nothing is rounded. */
export function fractionAsPercent(text: string): string {
  if (/e/i.test(text)) return text;
  const negative = text.startsWith("-");
  const [whole, fraction = ""] = (negative ? text.slice(1) : text).split(".");
  const digits = (whole + fraction.padEnd(2, "0")).replace(/^0+(?=\d)/, "");
  const point = digits.length - Math.max(0, fraction.length - 2);
  const intPart = digits.slice(0, point) || "0";
  const frac = digits.slice(point);
  return `${negative ? "-" : ""}${intPart}${frac ? "." + frac : ""}%`;
}
