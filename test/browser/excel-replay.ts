/**
 * What the stand-in workbook received, written again by the Office.js writer (src/report/office)
 * into the stand-in Excel of test/report/office-mock.ts, which applies Excel's rules to what is
 * typed into a cell (text in a cell formatted "@" stays text, "=..." becomes a formula): in the
 * order the pane wrote it, on a workbook that holds the stand-in's own sheets first. The names the
 * writer picks must be the ones the pane reported, and the cells are read back to hold each
 * worksheet to its figures.
 */
import { strict as assert } from "node:assert";
import { toExcelSerial, type CalendarDate } from "../../src/core/calendar-date";
import { writeWorkbookModel } from "../../src/report/office";
import type { WorkbookModel } from "../../src/report/model";
import type { StandInWrite } from "../../src/taskpane/workbook/stand-in-host";
import { ExcelStandIn, officeGlobal, type CellState, type SheetState } from "../report/office-mock";

export async function intoExcel(
  existing: readonly string[],
  written: readonly StandInWrite[]
): Promise<ExcelStandIn> {
  const g = globalThis as { Office?: unknown };
  const saved = g.Office;
  g.Office = officeGlobal(1.9);
  try {
    const excel = new ExcelStandIn(existing.map((name) => ({ name })));
    for (const w of written) {
      const r = await writeWorkbookModel(
        excel.context as unknown as Excel.RequestContext,
        w.model as WorkbookModel
      );
      assert.ok(r.ok, r.ok ? "" : r.message);
      assert.deepEqual(r.sheetNames, w.sheetNames, "the names the pane reported are Excel's");
    }
    return excel;
  } finally {
    g.Office = saved;
  }
}

/** A date as Excel holds it in a cell: its serial number. */
export function serial(d: CalendarDate): number {
  return toExcelSerial(d);
}

/** A written sheet read back: cells by row, values beside labels, a table's body rows. */
export class SheetView {
  private readonly rows = new Map<number, [string, CellState][]>();

  constructor(readonly sheet: SheetState) {
    for (const [address, cell] of sheet.cells) {
      if (cell.kind === "empty") continue;
      const m = /^([A-Z]+)(\d+)$/.exec(address)!;
      const row = Number(m[2]);
      if (!this.rows.has(row)) this.rows.set(row, []);
      this.rows.get(row)!.push([m[1], cell]);
    }
    for (const cells of this.rows.values())
      cells.sort((a, b) => a[0].length - b[0].length || a[0].localeCompare(b[0]));
  }

  /** Every value, row by row, left to right. */
  values(): (string | number | boolean)[] {
    return [...this.rows.keys()]
      .sort((a, b) => a - b)
      .flatMap((r) => this.rows.get(r)!.map(([, c]) => c.value));
  }

  /** The cell right of the first cell that reads `label` and has one (the value a label stands beside). */
  beside(label: string): CellState | undefined {
    return this.rowsFrom(label).find((r) => r.length > 1)?.[1];
  }

  /** Each row holding a cell that reads `label`: that cell and the ones right of it. */
  rowsFrom(label: string): CellState[][] {
    const out: CellState[][] = [];
    for (const r of [...this.rows.keys()].sort((a, b) => a - b)) {
      const cells = this.rows.get(r)!;
      const i = cells.findIndex(([, c]) => c.value === label);
      if (i >= 0) out.push(cells.slice(i).map(([, c]) => c));
    }
    return out;
  }

  /** The body rows of the table headed by a row whose first cell reads `header`, up to its totals row or a gap. */
  table(header: string): (string | number | boolean)[][] {
    const rows = [...this.rows.keys()].sort((a, b) => a - b);
    const start = rows.find(
      (r) => this.rows.get(r)![0]?.[0] === "A" && this.rows.get(r)![0][1].value === header
    );
    assert.ok(start !== undefined, `no table headed "${header}"`);
    const out: (string | number | boolean)[][] = [];
    for (let r = start + 1; this.rows.has(r); r++) {
      const cells = this.rows.get(r)!;
      // The totals row: a label and SUBTOTAL formulas.
      if (cells.some(([, c]) => c.kind === "formula")) break;
      out.push(cells.map(([, c]) => c.value));
    }
    return out;
  }

  /** The cells whose text is `text` exactly, with how Excel holds them. */
  cellsReading(text: string): CellState[] {
    return [...this.sheet.cells.values()].filter((c) => c.value === text);
  }
}
