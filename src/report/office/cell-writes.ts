/**
 * Queues a laid-out sheet's cells: per row, one write of number formats then values (formats
 * first, so text lands in "@" cells and stays text), then one format write per run of cells that
 * look alike, then merges and row heights.
 */
import { cellAddress, rangeAddress } from "../model/addresses";
import type { PlacedCell, PlacedSheet } from "../model/placed";
import { lookKey, mergeLooks } from "../model/styles";
import { opBytes, OP_OVERHEAD_BYTES } from "./budget";
import { applyLook, officeFormat, officeValue } from "./office-values";
import type { Requests } from "./requests";

function byRow(cells: readonly PlacedCell[]): PlacedCell[][] {
  const rows: PlacedCell[][] = [];
  let current: PlacedCell[] = [];
  for (const c of cells) {
    if (current.length > 0 && current[0].row !== c.row) {
      rows.push(current);
      current = [];
    }
    current.push(c);
  }
  if (current.length > 0) rows.push(current);
  return rows;
}

export async function queueCells(
  q: Requests,
  sheet: Excel.Worksheet,
  placed: PlacedSheet
): Promise<void> {
  for (const row of byRow(placed.cells)) {
    const r = row[0].row;
    const first = row[0].col;
    const last = row[row.length - 1].col;
    const values: (string | number | boolean)[] = new Array(last - first + 1).fill("");
    const formats: string[] = new Array(last - first + 1).fill("General");
    for (const c of row) {
      values[c.col - first] = officeValue(c.cell.value);
      formats[c.col - first] = officeFormat(c.cell.value, c.look);
    }
    const address = rangeAddress({ top: r, left: first, bottom: r, right: last });
    await q.queue(opBytes([formats], [values]), () => {
      const range = sheet.getRange(address);
      range.numberFormat = [formats];
      range.values = [values];
    });
    let runStart = 0;
    for (let i = 1; i <= row.length; i++) {
      const key = (c: PlacedCell) => lookKey(mergeLooks(c.look, { numberFormat: undefined }));
      const ends =
        i === row.length || row[i].col !== row[i - 1].col + 1 || key(row[i]) !== key(row[runStart]);
      if (!ends) continue;
      const from = row[runStart];
      const to = row[i - 1];
      const runAddress =
        from.col === to.col
          ? cellAddress(r, from.col)
          : `${cellAddress(r, from.col)}:${cellAddress(r, to.col)}`;
      await q.queue(OP_OVERHEAD_BYTES * 6, () => {
        applyLook(sheet.getRange(runAddress), from.look, from.col !== to.col);
      });
      runStart = i;
    }
  }
  for (const m of placed.merges) {
    await q.queue(OP_OVERHEAD_BYTES, () => sheet.getRange(rangeAddress(m)).merge(false));
  }
  const inTable = (row: number) =>
    placed.tables.some(
      (t) => row > t.top && (t.bodyRows === undefined || row <= t.top + t.bodyRows)
    );
  for (const [row, points] of placed.rowHeights) {
    if (inTable(row)) continue;
    await q.queue(OP_OVERHEAD_BYTES, () => {
      sheet.getRange(`${row}:${row}`).format.rowHeight = points;
    });
  }
}
