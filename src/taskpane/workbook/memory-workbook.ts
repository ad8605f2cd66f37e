/**
 * A workbook held in the page: tables of loans, the selected row and the pane's settings. The
 * browser mode and the test stand-in both run on it, so they select and read rows the way Excel does
 * (the active cell's row, with its table's header row).
 */
import type { LoanRow, LoanTable, Read, SettingsValues } from "./host-types";

export interface Selection {
  readonly table: string;
  /** 0-based data row; -1 for the header row. */
  readonly index: number;
}

export class MemoryWorkbook {
  private readonly listeners = new Set<() => void>();
  private selected: Selection | undefined;
  settings: SettingsValues;

  constructor(
    readonly tables: readonly LoanTable[],
    settings: SettingsValues = {},
    selection?: Selection
  ) {
    this.settings = { ...settings };
    this.selected = selection;
  }

  get selection(): Selection | undefined {
    return this.selected;
  }

  table(name: string): LoanTable | undefined {
    return this.tables.find((t) => t.table.toLowerCase() === name.toLowerCase());
  }

  /** Moves the selection, as a click in the grid would, and tells the listeners. */
  select(table: string, index: number): void {
    this.selected = { table, index };
    for (const listener of [...this.listeners]) listener();
  }

  onSelectionChanged(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  readSelectedRow(): Read<LoanRow> {
    const s = this.selected;
    if (!s)
      return { ok: false, reason: "No cell is selected: select a loan's row in a table of loans." };
    const t = this.table(s.table);
    if (!t) return { ok: false, reason: `There is no table named ${s.table} in this workbook.` };
    if (s.index < 0)
      return {
        ok: false,
        reason: `The active cell is on the header row of table ${t.table}: select a loan's row below it.`,
      };
    const values = t.rows[s.index];
    if (!values) return { ok: false, reason: `Table ${t.table} has no row ${s.index + 1}.` };
    return {
      ok: true,
      value: {
        table: t.table,
        sheet: t.sheet,
        rowNumber: t.firstRowNumber + s.index,
        headers: t.headers,
        values,
      },
    };
  }

  readSelectedTable(): Read<LoanTable> {
    const s = this.selected;
    const t = s ? this.table(s.table) : undefined;
    return t
      ? { ok: true, value: t }
      : {
          ok: false,
          reason: "The active cell is not in a table: select a cell of your loan table.",
        };
  }
}
