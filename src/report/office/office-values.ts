/** Model values as Office.js range values and number formats; looks as range format writes. */
import { toExcelSerial } from "../../core/calendar-date";
import type { CellValue } from "../model/values";
import { isCalendarDate } from "../model/values";
import { CellLook, FONT_NAME, FONT_SIZE, BorderWeight } from "../model/styles";
import { NumberFormats } from "../model/formats";
import { columnPixels } from "../model/text-fit";

export type OfficeValue = string | number | boolean;

export function officeValue(v: CellValue | undefined): OfficeValue {
  if (v === null || v === undefined) return "";
  if (isCalendarDate(v)) return toExcelSerial(v);
  return v;
}

/** The number format a cell gets: text always "@" (so Excel never reads it as a formula, number
 * or date), otherwise the look's format. */
export function officeFormat(v: CellValue | undefined, look: CellLook | undefined): string {
  if (typeof v === "string") return NumberFormats.text;
  return look?.numberFormat ?? "General";
}

const H = { left: "Left", center: "Center", right: "Right" } as const;
const V = { top: "Top", middle: "Center", bottom: "Bottom" } as const;

function border(range: Excel.Range, edge: string, weight: BorderWeight): void {
  const b = range.format.borders.getItem(edge as Excel.BorderIndex);
  b.style = weight === "double" ? "Double" : "Continuous";
  if (weight !== "double")
    b.weight = weight === "medium" ? "Medium" : weight === "hair" ? "Hairline" : "Thin";
  b.color = "#000000";
}

/** Writes a look (all but the number format) to a range; returns the number of properties set. */
export function applyLook(range: Excel.Range, look: CellLook, multiColumn: boolean): number {
  const f = range.format;
  let n = 2;
  f.font.name = FONT_NAME;
  f.font.size = look.size ?? FONT_SIZE;
  if (look.bold) ((f.font.bold = true), n++);
  if (look.italic) ((f.font.italic = true), n++);
  if (look.underline) ((f.font.underline = "Single"), n++);
  if (look.color) ((f.font.color = `#${look.color}`), n++);
  if (look.fill) ((f.fill.color = `#${look.fill}`), n++);
  if (look.align) ((f.horizontalAlignment = H[look.align]), n++);
  if (look.valign) ((f.verticalAlignment = V[look.valign]), n++);
  if (look.wrap) ((f.wrapText = true), n++);
  if (look.indent) ((f.indentLevel = look.indent), n++);
  if (look.borderTop) (border(range, "EdgeTop", look.borderTop), (n += 3));
  if (look.borderBottom) (border(range, "EdgeBottom", look.borderBottom), (n += 3));
  if (look.borderLeft) (border(range, "EdgeLeft", look.borderLeft), (n += 3));
  if (look.borderRight) {
    border(range, "EdgeRight", look.borderRight);
    if (multiColumn) border(range, "InsideVertical", look.borderRight);
    n += 6;
  }
  return n;
}

/** Excel's column width unit (characters) in points, as Office.js sets widths. */
export function widthPoints(chars: number): number {
  return columnPixels(chars) * 0.75;
}
