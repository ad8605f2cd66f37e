import { createReadStream } from "node:fs";
import { Cell } from "../../core/record";
import { TapeFile, TapeRow, isBlankCell } from "./tape-row";
import { tableRows } from "./table-rows";
import { xlsxCell } from "./xlsx-cells";

/** The sheet asked for is not in the workbook: the message names the sheets there are. */
export class MissingSheetError extends Error {}

/**
 * An XLSX tape, streamed by exceljs's WorkbookReader (shared strings cached, styles read so date
 * cells come back as dates): the first worksheet, or the one named. A row's cells run to the header's
 * last column; an XLSX file does not store empty trailing cells, so a short row is padded, and cells
 * with values beyond the header's columns are kept (the tape check reports them as extra cells).
 * Rows the sheet skips (wholly empty rows) come back as blank rows, numbered as Excel numbers them.
 */
export function xlsxTape(path: string, sheet?: string): TapeFile {
  return { path, format: "xlsx", sheet, rows: () => tableRows(xlsxRows(path, sheet)) };
}

interface SheetReader extends AsyncIterable<{ number: number; values: unknown }> {
  readonly name: string;
}

async function* xlsxRows(path: string, wanted?: string): AsyncGenerator<TapeRow> {
  // exceljs is loaded only when a workbook is read: CSV runs start without it.
  const ExcelJS = (await import("exceljs")).default;
  const input = createReadStream(path);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
    worksheets: "emit",
    entries: "ignore",
  });
  const seen: string[] = [];
  try {
    for await (const ws of reader as unknown as AsyncIterable<SheetReader>) {
      const names = (
        (reader as unknown as { model?: { sheets?: { name: string }[] } }).model?.sheets ?? []
      ).map((s) => s.name);
      seen.push(ws.name);
      const target = wanted ?? names[0] ?? ws.name;
      if (ws.name !== target) {
        // Read past another sheet's rows: a sheet left unread is spooled by exceljs to a temporary
        // file whose later failure would escape this reader.
        for await (const _row of ws) void _row;
        continue;
      }
      yield* sheetRows(ws);
      return;
    }
    const names = (
      (reader as unknown as { model?: { sheets?: { name: string }[] } }).model?.sheets ?? []
    ).map((s) => s.name);
    throw new MissingSheetError(
      wanted
        ? `the workbook has no worksheet named ${JSON.stringify(wanted)} (its worksheets: ${(names.length ? names : seen).map((n) => JSON.stringify(n)).join(", ")})`
        : "the workbook has no worksheet"
    );
  } finally {
    input.destroy();
  }
}

async function* sheetRows(ws: SheetReader): AsyncGenerator<TapeRow> {
  let width = -1;
  let last = 0;
  for await (const r of ws) {
    const number = Number.isFinite(r.number) ? r.number : last + 1;
    const values = (r.values as unknown[]) ?? [];
    const cells: Cell[] = [];
    for (let c = 1; c < values.length; c++) cells.push(xlsxCell(values[c]));
    while (cells.length && isBlankCell(cells[cells.length - 1])) cells.pop();
    for (let gap = last + 1; gap < number; gap++) yield { row: gap, cells: [] };
    last = number;
    if (width < 0) {
      if (!cells.length) continue;
      width = cells.length;
    } else if (cells.length < width) {
      while (cells.length < width) cells.push("");
    }
    yield { row: number, cells };
  }
}
