/**
 * Queues a table: its body in row chunks of at most CHUNK_BYTES (per chunk and column, one number
 * format write: "@" for a column of text, the column's format otherwise, cell by cell only where a
 * column mixes text and numbers; then the values), then the column looks, the table itself over
 * the written range, and its totals row. Rows drawn from an iterable are read once, as they go.
 */
import { columnLetters, rangeAddress } from "../model/addresses";
import type { PlacedTable } from "../model/placed";
import { DEFAULT_TABLE_STYLE, TableCell, hasTotals, totalsFormula } from "../model/table";
import { mergeLooks } from "../model/styles";
import { NumberFormats } from "../model/formats";
import { CHUNK_BYTES, OP_OVERHEAD_BYTES, arrayOpBytes, opBytes, utf8Bytes } from "./budget";
import { applyLook, officeValue, OfficeValue } from "./office-values";
import type { Requests } from "./requests";

export interface TableWriteOptions {
  /** ExcelApi 1.3: filter buttons can be hidden. */
  readonly filterButtons: boolean;
  /** Called after each chunk with the body rows written so far. */
  readonly onRows?: (rows: number) => void;
}

export class TableDataProblem extends Error {}

/** A row as Office.js values, as wide as the table; a number Excel cannot store is refused. */
function officeRow(t: PlacedTable, row: readonly TableCell[], index: number): OfficeValue[] {
  const n = t.model.columns.length;
  const out = new Array<OfficeValue>(n);
  for (let c = 0; c < n; c++) {
    const v = row[c];
    if (typeof v === "number" && !Number.isFinite(v))
      throw new TableDataProblem(
        `table ${t.model.name}, row ${index}: ${v} is not a number Excel can store`
      );
    out[c] = officeValue(v);
  }
  return out;
}

/** A chunk of rows, with their Office.js values and those values' UTF-8 JSON bytes row by row. */
interface Chunk {
  readonly rows: TableCell[][];
  readonly values: OfficeValue[][];
  bytes: number;
}

async function queueChunk(
  q: Requests,
  sheet: Excel.Worksheet,
  t: PlacedTable,
  firstRow: number,
  chunk: Chunk
): Promise<void> {
  const { rows, values } = chunk;
  const n = t.model.columns.length;
  const lastRow = firstRow + rows.length - 1;
  for (let c = 0; c < n; c++) {
    let strings = 0;
    let others = 0;
    for (const r of rows) {
      const v = r[c];
      if (typeof v === "string") strings++;
      else if (v !== null && v !== undefined) others++;
    }
    const colFormat = t.columnLooks[c].numberFormat ?? "General";
    const address = rangeAddress({
      top: firstRow,
      left: t.left + c,
      bottom: lastRow,
      right: t.left + c,
    });
    if (strings > 0 && others > 0) {
      const perCell = rows.map((r) => [typeof r[c] === "string" ? NumberFormats.text : colFormat]);
      await q.queue(opBytes(perCell), () => {
        sheet.getRange(address).numberFormat = perCell;
      });
    } else {
      const format = strings > 0 ? NumberFormats.text : colFormat;
      // One format for the whole column chunk: Office.js applies a single value to every cell.
      await q.queue(OP_OVERHEAD_BYTES, () => {
        (sheet.getRange(address) as unknown as { numberFormat: string }).numberFormat = format;
      });
    }
  }
  const address = rangeAddress({ top: firstRow, left: t.left, bottom: lastRow, right: t.right });
  await q.queue(arrayOpBytes(chunk.bytes, values.length), () => {
    sheet.getRange(address).values = values;
  });
}

/** Writes the body; returns the number of body rows (at least 1). */
async function queueBody(
  q: Requests,
  sheet: Excel.Worksheet,
  t: PlacedTable,
  options: TableWriteOptions
): Promise<number> {
  let chunk: Chunk = { rows: [], values: [], bytes: 0 };
  let written = 0;
  for (const row of t.model.rows as Iterable<TableCell[]>) {
    const index = written + chunk.rows.length + 1;
    if (row.length > t.model.columns.length)
      throw new TableDataProblem(`table ${t.model.name}, row ${index} has more cells than columns`);
    const values = officeRow(t, row, index);
    chunk.rows.push(row);
    chunk.values.push(values);
    chunk.bytes += utf8Bytes(JSON.stringify(values));
    if (chunk.bytes >= CHUNK_BYTES) {
      await queueChunk(q, sheet, t, t.firstBodyRow + written, chunk);
      written += chunk.rows.length;
      options.onRows?.(written);
      chunk = { rows: [], values: [], bytes: 0 };
    }
  }
  if (chunk.rows.length > 0) {
    await queueChunk(q, sheet, t, t.firstBodyRow + written, chunk);
    written += chunk.rows.length;
    options.onRows?.(written);
  }
  return Math.max(1, written);
}

export async function queueTable(
  q: Requests,
  sheet: Excel.Worksheet,
  t: PlacedTable,
  name: string,
  options: TableWriteOptions
): Promise<number> {
  const bodyRows = await queueBody(q, sheet, t, options);
  const lastBody = t.firstBodyRow + bodyRows - 1;
  for (let c = 0; c < t.model.columns.length; c++) {
    const address = rangeAddress({
      top: t.firstBodyRow,
      left: t.left + c,
      bottom: lastBody,
      right: t.left + c,
    });
    const look = mergeLooks(t.columnLooks[c], { numberFormat: undefined });
    await q.queue(OP_OVERHEAD_BYTES * 6, () => applyLook(sheet.getRange(address), look, false));
  }
  for (const [i, h] of (t.rowHeights ?? []).entries()) {
    if (h === undefined) continue;
    const row = t.firstBodyRow + i;
    await q.queue(OP_OVERHEAD_BYTES, () => {
      sheet.getRange(`${row}:${row}`).format.rowHeight = h;
    });
  }
  const tableAddress = rangeAddress({ top: t.top, left: t.left, bottom: lastBody, right: t.right });
  const totals = hasTotals(t.model);
  await q.queue(OP_OVERHEAD_BYTES * 6, () => {
    const table = sheet.tables.add(tableAddress, true);
    table.name = name;
    table.style = t.model.tableStyle ?? DEFAULT_TABLE_STYLE;
    table.showBandedRows = t.model.banded !== false;
    if (options.filterButtons) table.showFilterButton = t.model.filterButtons !== false;
    if (totals) table.showTotals = true;
  });
  if (totals) await queueTotals(q, sheet, t, name, lastBody + 1);
  return bodyRows;
}

async function queueTotals(
  q: Requests,
  sheet: Excel.Worksheet,
  t: PlacedTable,
  name: string,
  row: number
): Promise<void> {
  for (const [c, col] of t.model.columns.entries()) {
    const address = `${columnLetters(t.left + c)}${row}`;
    const look = mergeLooks(t.columnLooks[c], t.totalsLook, {
      wrap: false,
      numberFormat: undefined,
    });
    const total = col.total;
    await q.queue(OP_OVERHEAD_BYTES * 8, () => {
      const cell = sheet.getRange(address);
      if (total === undefined) {
        cell.values = [[""]];
      } else if (typeof total === "object") {
        cell.numberFormat = [[NumberFormats.text]];
        cell.values = [[total.label]];
      } else {
        cell.numberFormat = [[t.columnLooks[c].numberFormat ?? "General"]];
        cell.formulas = [[`=${totalsFormula(name, col.header, total)}`]];
      }
      applyLook(cell, look, false);
    });
  }
}
