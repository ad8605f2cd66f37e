/** The values a chart's ranges hold, read from the laid-out model, for the chart's cache. */
import { formatIsoDate } from "../../core/calendar-date";
import { absoluteRange, CellRange, quoteSheetName } from "../model/addresses";
import type { PreparedChart, PreparedSheet } from "../model/prepare";
import type { CellValue } from "../model/values";
import { isCalendarDate } from "../model/values";
import type { ChartData } from "./chart-xml";

type Lookup = (row: number, col: number) => CellValue | undefined;

function sheetLookup(sheet: PreparedSheet): Lookup {
  const cells = new Map<number, CellValue>();
  for (const c of sheet.placed.cells) cells.set(c.row * 20_000 + c.col, c.cell.value);
  return (row, col) => {
    const hit = cells.get(row * 20_000 + col);
    if (hit !== undefined) return hit;
    for (const t of sheet.placed.tables) {
      if (!Array.isArray(t.model.rows)) continue;
      const i = row - t.firstBodyRow;
      if (i >= 0 && i < t.model.rows.length && col >= t.left && col <= t.right) {
        return t.model.rows[i][col - t.left] as CellValue;
      }
    }
    return undefined;
  };
}

function cellsOf(range: CellRange, lookup: Lookup): (CellValue | undefined)[] {
  const out: (CellValue | undefined)[] = [];
  for (let r = range.top; r <= range.bottom; r++)
    for (let c = range.left; c <= range.right; c++) out.push(lookup(r, c));
  return out;
}

function label(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  if (isCalendarDate(v)) return formatIsoDate(v);
  return String(v);
}

export function chartData(
  chart: PreparedChart,
  sheets: readonly PreparedSheet[],
  names: readonly string[]
): ChartData {
  const lookups = new Map<number, Lookup>();
  const lookupFor = (s: number): Lookup => {
    let l = lookups.get(s);
    if (!l) {
      l = sheetLookup(sheets[s]);
      lookups.set(s, l);
    }
    return l;
  };
  const ref = (s: number, r: CellRange) => `${quoteSheetName(names[s])}!${absoluteRange(r)}`;
  return {
    categoriesRef: ref(chart.categories.sheet, chart.categories.range),
    categories: cellsOf(chart.categories.range, lookupFor(chart.categories.sheet)).map(label),
    series: chart.series.map((s) => ({
      name: s.name,
      ref: ref(s.values.sheet, s.values.range),
      values: cellsOf(s.values.range, lookupFor(s.values.sheet)).map((v) =>
        typeof v === "number" ? v : null
      ),
    })),
  };
}
