/** A cell's look as an exceljs style (one object per distinct look, shared by its cells). */
import type { Style, Borders, Border } from "exceljs";
import { CellLook, FONT_NAME, FONT_SIZE, BorderWeight, lookKey } from "../model/styles";

function border(weight: BorderWeight | undefined): Partial<Border> | undefined {
  return weight ? { style: weight, color: { argb: "FF000000" } } : undefined;
}

export function excelStyle(look: CellLook): Partial<Style> {
  const style: Partial<Style> = {
    font: {
      name: FONT_NAME,
      size: look.size ?? FONT_SIZE,
      bold: look.bold || undefined,
      italic: look.italic || undefined,
      underline: look.underline || undefined,
      color: look.color ? { argb: `FF${look.color}` } : undefined,
    },
  };
  if (look.fill) {
    style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${look.fill}` } };
  }
  const borders: Partial<Borders> = {};
  if (look.borderTop) borders.top = border(look.borderTop);
  if (look.borderBottom) borders.bottom = border(look.borderBottom);
  if (look.borderLeft) borders.left = border(look.borderLeft);
  if (look.borderRight) borders.right = border(look.borderRight);
  if (Object.keys(borders).length > 0) style.border = borders;
  if (look.align || look.valign || look.wrap || look.indent) {
    style.alignment = {
      horizontal: look.align,
      vertical: look.valign,
      wrapText: look.wrap || undefined,
      indent: look.indent,
    };
  }
  if (look.numberFormat && look.numberFormat !== "General") style.numFmt = look.numberFormat;
  return style;
}

/** Shares one exceljs style object among cells that look alike. */
export class StyleCache {
  private readonly styles = new Map<string, Partial<Style>>();

  get(look: CellLook): Partial<Style> {
    const key = lookKey(look);
    let style = this.styles.get(key);
    if (!style) {
      style = excelStyle(look);
      this.styles.set(key, style);
    }
    return style;
  }
}
