/**
 * Lays a worksheet's blocks down the sheet, one after another from row 1, so builders write
 * "next row" style data and never an address. Pure: the same model always gives the same places.
 */
import { Cell, CellInput, cellLook, toCell } from "./cells";
import { CellLook, NAMED_STYLES, mergeLooks } from "./styles";
import type { CellRange } from "./addresses";
import { parseRange } from "./addresses";
import type { Block } from "./blocks";
import type { WorksheetModel } from "./worksheet";
import { TableModel, knownRowCount, hasTotals } from "./table";
import {
  BOLD_WIDTH_RATIO,
  columnsPixels,
  heightForLines,
  textPixels,
  wrappedLines,
} from "./text-fit";
import type { BlockPlacement, PlacedCell, PlacedChart, PlacedSheet, PlacedTable } from "./placed";

const WRAP_SIZING_LIMIT = 2_000;

class SheetGrid {
  readonly cells = new Map<number, PlacedCell>();
  readonly merges: CellRange[] = [];
  readonly heights = new Map<number, number>();
  readonly tables: PlacedTable[] = [];
  readonly charts: PlacedChart[] = [];
  readonly blocks = new Map<string, BlockPlacement>();
  lastRow = 0;
  lastCol = 0;
  openTable = false;

  constructor(readonly widths: readonly number[]) {}

  get pageWidth(): number {
    return Math.max(1, this.widths.length);
  }

  put(row: number, col: number, input: CellInput, base?: CellLook): void {
    const c: Cell = toCell(input);
    this.cells.set(row * 20_000 + col, { row, col, cell: c, look: cellLook(c, base) });
    this.extend(row, col);
  }

  extend(row: number, col: number): void {
    this.lastRow = Math.max(this.lastRow, row);
    this.lastCol = Math.max(this.lastCol, col);
  }

  merge(top: number, left: number, bottom: number, right: number): void {
    if (bottom > top || right > left) this.merges.push({ top, left, bottom, right });
  }

  atLeast(row: number, points: number): void {
    this.heights.set(row, Math.max(this.heights.get(row) ?? 0, points));
  }

  width(fromCol: number, toCol: number): number {
    const ws: number[] = [];
    for (let c = fromCol; c <= toCol; c++) ws.push(this.widths[c - 1] ?? 8.43);
    return columnsPixels(ws);
  }

  /** Height for wrapped text in a cell spanning columns fromCol..toCol. */
  fitText(
    row: number,
    text: string,
    fromCol: number,
    toCol: number,
    size = 10,
    bold = false
  ): void {
    const ratio = (size / 10) * (bold ? BOLD_WIDTH_RATIO : 1);
    const lines = wrappedLines(text, this.width(fromCol, toCol), ratio);
    if (lines > 1 || size > 10) this.atLeast(row, heightForLines(lines, size));
  }
}

function textOf(input: CellInput | undefined): string | undefined {
  const c = toCell(input);
  return typeof c.value === "string" ? c.value : undefined;
}

/** Columns a label needs (set in bold), at most half of those available: a longer label wraps. */
function labelSpan(g: SheetGrid, label: string, available: number): number {
  const need = textPixels(label.length, BOLD_WIDTH_RATIO) + 8;
  const most = Math.max(1, Math.min(available - 1, Math.ceil(available / 2)));
  let span = 1;
  while (span < most && g.width(1, span) < need) span++;
  return span;
}

/** Places one block from `row`; returns the last row it takes. */
function placeBlock(g: SheetGrid, b: Block, row: number): number {
  const W = g.pageWidth;
  switch (b.kind) {
    case "title": {
      g.put(row, 1, { value: b.text, style: "title" });
      g.merge(row, 1, row, W);
      g.atLeast(row, 24);
      let r = row;
      for (const sub of b.subtitles ?? []) {
        r++;
        g.put(r, 1, { value: sub, style: "subtitle" });
        g.merge(r, 1, r, W);
      }
      return r;
    }
    case "heading": {
      g.put(row, 1, { value: b.text, style: "heading" });
      for (let c = 2; c <= W; c++) g.put(row, c, { value: null, style: "heading" });
      g.atLeast(row, 18);
      return row;
    }
    case "pairs": {
      const perRow = b.perRow ?? 1;
      const half = perRow === 2 ? Math.max(2, Math.floor(W / 2)) : W;
      const longest = b.pairs.reduce((a, [label]) => (label.length > a.length ? label : a), "");
      const span = labelSpan(g, longest, half);
      const last = row + Math.max(0, Math.ceil(b.pairs.length / perRow) - 1);
      b.pairs.forEach(([label, value], i) => {
        const r = row + Math.floor(i / perRow);
        const c = 1 + (i % perRow) * half;
        g.put(r, c, { value: label, style: "label", look: { wrap: true } });
        if (span > 1) g.merge(r, c, r, c + span - 1);
        g.fitText(r, label, c, c + span - 1, 10, true);
        g.put(r, c + span, value, NAMED_STYLES.value);
        const text = textOf(value);
        const placed = g.cells.get(r * 20_000 + c + span);
        if (text !== undefined && placed?.look.wrap) {
          // Wrapped text takes the rest of its half of the page.
          const end = c + half - 1;
          if (end > c + span) g.merge(r, c + span, r, end);
          g.fitText(r, text, c + span, Math.max(c + span, end));
        }
      });
      if (b.id) {
        g.blocks.set(b.id, {
          range: { top: row, left: 1, bottom: last, right: perRow === 2 ? 2 * half : 1 + span },
          dataColumns: [
            { top: row, left: 1, bottom: last, right: 1 },
            { top: row, left: 1 + span, bottom: last, right: 1 + span },
          ],
        });
      }
      return last;
    }
    case "grid": {
      const n = b.header.length;
      b.header.forEach((h, i) => g.put(row, 1 + i, { value: h, style: "tableHeader" }));
      g.fitText(
        row,
        b.header.reduce((a, h) => (h.length > a.length ? h : a), ""),
        2,
        2
      );
      b.rows.forEach((item, i) => {
        const r = row + 1 + i;
        const base = item.style ? NAMED_STYLES[item.style] : undefined;
        g.put(r, 1, { value: item.label, style: "label", look: { wrap: true } }, base);
        g.fitText(r, item.label, 1, 1, 10, true);
        for (let k = 0; k < n - 1; k++) {
          g.put(r, 2 + k, item.values[k] ?? null, mergeLooks(NAMED_STYLES.value, base));
          const text = textOf(item.values[k]);
          const placed = g.cells.get(r * 20_000 + 2 + k);
          if (text !== undefined && placed?.look.wrap) g.fitText(r, text, 2 + k, 2 + k);
        }
      });
      const last = row + b.rows.length;
      if (b.id) {
        const body = (c: number): CellRange => ({ top: row + 1, left: c, bottom: last, right: c });
        g.blocks.set(b.id, {
          range: { top: row, left: 1, bottom: last, right: n },
          dataColumns: Array.from({ length: n }, (_, c) => body(1 + c)),
        });
      }
      return last;
    }
    case "paragraph": {
      g.put(row, 1, { value: b.text, style: b.style ?? "value", look: { wrap: true } });
      g.merge(row, 1, row, W);
      const size = b.style ? ((NAMED_STYLES[b.style] as CellLook).size ?? 10) : 10;
      g.fitText(row, b.text, 1, W, size);
      return row;
    }
    case "signatures": {
      const lineTo = Math.max(1, W - 2);
      let r = row;
      b.parties.forEach((party, i) => {
        if (i > 0) r += 2;
        for (let c = 1; c <= lineTo; c++) g.put(r, c, { value: null, style: "signature" });
        if (W >= 3)
          for (let c = lineTo + 2; c <= W; c++) g.put(r, c, { value: null, style: "signature" });
        g.atLeast(r, 30);
        g.put(r + 1, 1, { value: party, style: "note" });
        if (W >= 3) g.put(r + 1, lineTo + 2, { value: "Date", style: "note" });
        r += 1;
      });
      return r;
    }
    case "spacer":
      return row + Math.max(0, b.rows - 1);
    case "cells": {
      b.rows.forEach((cells, i) =>
        cells.forEach((c, j) => {
          g.put(row + i, 1 + j, c);
          const text = textOf(c);
          if (text !== undefined && g.cells.get((row + i) * 20_000 + 1 + j)?.look.wrap)
            g.fitText(row + i, text, 1 + j, 1 + j);
        })
      );
      for (const [r, c, rows, cols] of b.merges ?? [])
        g.merge(row + r, 1 + c, row + r + rows - 1, 1 + c + cols - 1);
      return row + Math.max(0, b.rows.length - 1);
    }
    case "table":
      return placeTable(g, b.table, row, b.id);
    case "chart": {
      const cols = b.cols ?? W;
      g.charts.push({ chart: b.chart, anchor: { row, col: 1, rows: b.rows, cols } });
      g.extend(row + b.rows - 1, cols);
      return row + b.rows - 1;
    }
  }
}

function placeTable(g: SheetGrid, t: TableModel, row: number, id?: string): number {
  const left = 1;
  const right = left + t.columns.length - 1;
  t.columns.forEach((col, i) => g.put(row, left + i, { value: col.header, style: "tableHeader" }));
  const widest = t.columns.reduce(
    (a, c, i) => Math.max(a, wrappedLines(c.header, g.width(left + i, left + i))),
    1
  );
  if (widest > 1) g.atLeast(row, heightForLines(widest));
  const columnLooks = t.columns.map((col) =>
    mergeLooks(
      { valign: "top" },
      col.style ? NAMED_STYLES[col.style] : undefined,
      col.format ? { numberFormat: col.format } : undefined,
      col.wrap ? { wrap: true } : undefined
    )
  );
  const count = knownRowCount(t);
  const bodyRows = count === undefined ? undefined : Math.max(1, count);
  let rowHeights: (number | undefined)[] | undefined;
  if (
    Array.isArray(t.rows) &&
    t.rows.length <= WRAP_SIZING_LIMIT &&
    t.columns.some((c) => c.wrap)
  ) {
    rowHeights = t.rows.map((r) => {
      let lines = 1;
      t.columns.forEach((col, i) => {
        const v = r[i];
        if (col.wrap && typeof v === "string")
          lines = Math.max(lines, wrappedLines(v, g.width(left + i, left + i)));
      });
      return lines > 1 ? heightForLines(lines) : undefined;
    });
  }
  const totals = hasTotals(t);
  const placed: PlacedTable = {
    model: t,
    top: row,
    left,
    right,
    firstBodyRow: row + 1,
    bodyRows,
    columnLooks,
    rowHeights,
    totalsLook: totals ? NAMED_STYLES.total : undefined,
  };
  g.tables.push(placed);
  g.extend(row, right);
  if (bodyRows === undefined) {
    g.openTable = true;
    return row;
  }
  const last = row + bodyRows + (totals ? 1 : 0);
  g.extend(last, right);
  if (id) {
    const body = (c: number): CellRange => ({
      top: row + 1,
      left: c,
      bottom: row + bodyRows,
      right: c,
    });
    g.blocks.set(id, {
      range: { top: row, left, bottom: last, right },
      dataColumns: t.columns.map((_, i) => body(left + i)),
    });
  }
  return last;
}

export function layoutSheet(ws: WorksheetModel): PlacedSheet {
  const g = new SheetGrid(ws.columns);
  let row = 1;
  const pageBreaks: number[] = [];
  for (const b of ws.blocks) {
    if (b.pageBreakBefore && row > 1) pageBreaks.push(row);
    const last = placeBlock(g, b, row);
    row = last + 1 + (b.gapAfter ?? 1);
  }
  for (const a of ws.cells ?? []) g.put(a.row, a.col, a.cell);
  for (const m of ws.merges ?? []) {
    const r = parseRange(m);
    if (r) g.merge(r.top, r.left, r.bottom, r.right);
  }
  for (const c of ws.charts ?? []) {
    g.charts.push({ chart: c.chart, anchor: c.anchor });
    g.extend(c.anchor.row + c.anchor.rows - 1, c.anchor.col + c.anchor.cols - 1);
  }
  for (const [r, h] of Object.entries(ws.rowHeights ?? {})) g.heights.set(Number(r), h);
  g.extend(1, g.pageWidth);
  const cells = [...g.cells.values()].sort((a, b) => a.row - b.row || a.col - b.col);
  return {
    model: ws,
    cells,
    merges: g.merges,
    rowHeights: g.heights,
    tables: g.tables,
    charts: g.charts,
    blocks: g.blocks,
    lastRow: g.lastRow,
    lastCol: g.lastCol,
    openTable: g.openTable,
    pageBreaks,
  };
}
