/**
 * Checks a workbook model once, at the writers' edge, and lays out every sheet: the one step both
 * writers start with. A model that breaks a rule gives sentences naming the sheet and the rule,
 * never an exception or a half-written file.
 */
import type { ChartModel, ChartAnchor } from "./chart";
import type { WorkbookModel, WorksheetModel } from "./worksheet";
import type { PlacedSheet } from "./placed";
import { layoutSheet } from "./layout";
import { ResolvedRange, resolveRef } from "./references";
import { tableNameProblem, knownRowCount } from "./table";
import { validSheetName } from "./sheet-names";
import { MAX_COLUMNS, MAX_ROWS, parseRange } from "./addresses";
import { isCalendarDate } from "./values";
import { isValidDate } from "../../core/calendar-date";

export interface PreparedChart {
  readonly chart: ChartModel;
  readonly anchor: ChartAnchor;
  readonly categories: ResolvedRange;
  readonly series: readonly { readonly name: string; readonly values: ResolvedRange }[];
}

export interface PreparedSheet {
  readonly placed: PlacedSheet;
  readonly charts: readonly PreparedChart[];
}

export type Prepared =
  | { readonly ok: true; readonly sheets: readonly PreparedSheet[] }
  | { readonly ok: false; readonly problems: readonly string[] };

function sheetProblems(ws: WorksheetModel, placed: PlacedSheet): string[] {
  const p: string[] = [];
  const where = `sheet "${ws.name}"`;
  ws.columns.forEach((w, i) => {
    if (!(w > 0 && w <= 255))
      p.push(`${where}: column ${i + 1} width ${w} is not between 0 and 255`);
  });
  if (placed.lastRow > MAX_ROWS || placed.lastCol > MAX_COLUMNS)
    p.push(`${where}: it reaches beyond Excel's ${MAX_ROWS} rows or ${MAX_COLUMNS} columns`);
  for (const c of placed.cells) {
    const v = c.cell.value;
    if (typeof v === "number" && !Number.isFinite(v))
      p.push(
        `${where}: cell at row ${c.row}, column ${c.col} holds ${v}, not a number Excel can store`
      );
    if (isCalendarDate(v) && !isValidDate(v.year, v.month, v.day))
      p.push(`${where}: cell at row ${c.row}, column ${c.col} holds an impossible date`);
  }
  ws.blocks.forEach((b, i) => {
    if (b.kind !== "table") return;
    const t = b.table;
    const tp = tableNameProblem(t.name);
    if (tp) p.push(`${where}: ${tp}`);
    if (t.columns.length === 0) p.push(`${where}: table ${t.name} has no columns`);
    const seen = new Set<string>();
    for (const c of t.columns) {
      if (c.header.trim() === "") p.push(`${where}: table ${t.name} has a blank column header`);
      // eslint-disable-next-line no-control-regex -- control characters are what this rejects
      if (/[\u0000-\u0009\u000b-\u001f]/.test(c.header))
        p.push(`${where}: table ${t.name} column header "${c.header}" holds a control character`);
      if (seen.has(c.header.toLowerCase()))
        p.push(`${where}: table ${t.name} has the column header "${c.header}" twice`);
      seen.add(c.header.toLowerCase());
    }
    if (knownRowCount(t) === undefined && i !== ws.blocks.length - 1)
      p.push(`${where}: table ${t.name} has no row count, so it must be the sheet's last block`);
    if (Array.isArray(t.rows)) {
      const wide = t.rows.findIndex((r) => r.length > t.columns.length);
      if (wide >= 0)
        p.push(
          `${where}: table ${t.name} row ${wide + 1} has more cells than the table has columns`
        );
    }
  });
  const tr = ws.print?.titleRows;
  if (tr && !(tr.first >= 1 && tr.last >= tr.first))
    p.push(`${where}: print title rows ${tr.first}-${tr.last} are not a range of rows`);
  if (ws.print?.printArea !== undefined && !parseRange(ws.print.printArea))
    p.push(`${where}: print area "${ws.print.printArea}" is not an A1 range`);
  return p;
}

export function prepareWorkbook(model: WorkbookModel): Prepared {
  const problems: string[] = [];
  if (model.sheets.length === 0) problems.push("the workbook has no sheets");
  const names = new Set<string>();
  const tables = new Set<string>();
  for (const ws of model.sheets) {
    const n = validSheetName(ws.name).toLowerCase();
    if (names.has(n)) problems.push(`two sheets are named "${ws.name}"`);
    names.add(n);
    for (const b of ws.blocks) {
      if (b.kind !== "table") continue;
      const t = b.table.name.toLowerCase();
      if (tables.has(t)) problems.push(`two tables are named ${b.table.name}`);
      tables.add(t);
    }
  }
  const placed = model.sheets.map(layoutSheet);
  placed.forEach((p, i) => problems.push(...sheetProblems(model.sheets[i], p)));
  const sheets: PreparedSheet[] = placed.map((p, i) => ({
    placed: p,
    charts: p.charts.flatMap((c): PreparedChart[] => {
      const where = `sheet "${p.model.name}", chart "${c.chart.title}"`;
      const categories = resolveRef(c.chart.categories, placed, i);
      const series = c.chart.series.map((s) => ({
        name: s.name,
        values: resolveRef(s.values, placed, i),
      }));
      const bad = [categories, ...series.map((s) => s.values)].filter(
        (r): r is string => typeof r === "string"
      );
      if (c.chart.series.length === 0) bad.push("it has no series");
      if (c.chart.kind === "pie" && c.chart.series.length > 1)
        bad.push("a pie chart takes one series");
      if (bad.length > 0) {
        problems.push(...bad.map((b) => `${where}: ${b}`));
        return [];
      }
      return [
        {
          chart: c.chart,
          anchor: c.anchor,
          categories: categories as ResolvedRange,
          series: series.map((s) => ({ name: s.name, values: s.values as ResolvedRange })),
        },
      ];
    }),
  }));
  return problems.length > 0 ? { ok: false, problems } : { ok: true, sheets };
}
