/**
 * Resolves a chart's references (a table column, a block column, A1 cells) to cell ranges once
 * every sheet of the workbook is laid out. Table names are workbook-wide; blocks are per sheet.
 */
import type { CellRange } from "./addresses";
import { parseRange } from "./addresses";
import type { RangeRef } from "./chart";
import type { PlacedSheet } from "./placed";
import { validSheetName } from "./sheet-names";

export interface ResolvedRange {
  /** Index of the sheet in the workbook model. */
  readonly sheet: number;
  readonly range: CellRange;
}

function sheetIndex(
  sheets: readonly PlacedSheet[],
  name: string | undefined,
  current: number
): number {
  if (name === undefined) return current;
  const wanted = validSheetName(name).toLowerCase();
  return sheets.findIndex((s) => validSheetName(s.model.name).toLowerCase() === wanted);
}

/** The range a reference names, or a sentence saying why it names none. */
export function resolveRef(
  ref: RangeRef,
  sheets: readonly PlacedSheet[],
  current: number
): ResolvedRange | string {
  if ("table" in ref) {
    for (let s = 0; s < sheets.length; s++) {
      const t = sheets[s].tables.find(
        (x) => x.model.name.toLowerCase() === ref.table.toLowerCase()
      );
      if (!t) continue;
      const i = t.model.columns.findIndex((c) => c.header === ref.column);
      if (i < 0) return `table ${ref.table} has no column "${ref.column}"`;
      if (t.bodyRows === undefined)
        return `table ${ref.table} has no row count known before writing, so no chart can refer to it`;
      const col = t.left + i;
      return {
        sheet: s,
        range: {
          top: t.firstBodyRow,
          left: col,
          bottom: t.firstBodyRow + t.bodyRows - 1,
          right: col,
        },
      };
    }
    return `no table named ${ref.table}`;
  }
  const s = sheetIndex(sheets, ref.sheet, current);
  if (s < 0) return `no sheet named "${ref.sheet}"`;
  if ("block" in ref) {
    const b = sheets[s].blocks.get(ref.block);
    if (!b) return `sheet "${sheets[s].model.name}" has no block with id "${ref.block}"`;
    const range = b.dataColumns[ref.column];
    if (!range) return `block "${ref.block}" has no data column ${ref.column}`;
    return { sheet: s, range };
  }
  const range = parseRange(ref.range);
  return range ? { sheet: s, range } : `"${ref.range}" is not an A1 range`;
}
