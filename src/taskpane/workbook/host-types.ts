/**
 * What the task pane needs from the workbook it works in, as one interface with three
 * implementations: Excel (host.ts, the only module that touches Office.js), the in-browser workbook
 * of sample loans (browser-host.ts) and a stand-in for tests that records what the workbook received
 * (stand-in-host.ts). Pages and hooks see only this interface and plain values.
 */
import type { SheetKindId } from "../../report/sheets";
import type { Cell } from "../loan/field-table";

export type { Cell };

/** Where the pane runs, as Office reports it: host "Excel" and a platform, or null outside Office. */
export interface HostInfo {
  readonly host: string | null;
  readonly platform: string | null;
}

export type ThemeName = "light" | "dark";

/** One row of a table of loans, with the table's header row. */
export interface LoanRow {
  /** The Excel table's name, or the sheet's name when the loans are a plain range. */
  readonly table: string;
  readonly sheet: string;
  /** The worksheet row number as Excel shows it (1-based). */
  readonly rowNumber: number;
  readonly headers: readonly Cell[];
  readonly values: readonly Cell[];
}

/** A whole table of loans: its header row and every data row. */
export interface LoanTable {
  readonly table: string;
  readonly sheet: string;
  readonly headers: readonly Cell[];
  readonly rows: readonly (readonly Cell[])[];
  /** The worksheet row number of the first data row. */
  readonly firstRowNumber: number;
}

export type Read<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

/** The workbook's own settings: names to text values, as the Settings page saves them. */
export type SettingsValues = Readonly<Record<string, string>>;

/** A worksheet ready to write: the sheet model of src/report and the name it starts from. */
export interface WorksheetDocument {
  readonly kind: SheetKindId;
  /** "Repayment Plan 1001": the writer makes it free (`(2)`, Excel's 31 characters). */
  readonly name: string;
  /** The sheet model (src/report/model); the pane passes it through untouched. */
  readonly model: unknown;
}

/** How a write reports its progress: each step in words ("Writing Repayment Plan 1001"). */
export interface WriteOptions {
  readonly onProgress?: (step: string) => void;
}

/** A report of several sheets ready to write: the portfolio report's sheet model (src/report/model). */
export interface ReportDocument {
  /** "Portfolio report Loans": the file name in a browser; each sheet keeps its own name in Excel. */
  readonly name: string;
  /** The workbook model; the pane passes it through untouched. */
  readonly model: unknown;
}

/** Progress of a report's write (the step and the table rows written so far), and its cancel. */
export interface ReportWriteOptions {
  readonly onProgress?: (progress: { readonly step: string; readonly rows: number }) => void;
  /** Checked before every request to Excel: a cancelled write removes every sheet it added. */
  readonly signal?: { readonly aborted: boolean };
}

/** `written` says where, in words: "sheet Repayment Plan 1001" or "repayment-plan-1001.xlsx". */
export type WriteOutcome =
  { readonly ok: true; readonly written: string } | { readonly ok: false; readonly reason: string };

export interface Host {
  readonly kind: "office" | "browser" | "stand-in";
  readonly info: HostInfo;

  /** The row of the active cell, read with its table's header row. */
  readSelectedRow(): Promise<Read<LoanRow>>;
  /** The whole table that holds the active cell. */
  readSelectedTable(): Promise<Read<LoanTable>>;
  /** Calls `listener` whenever the user selects other cells; returns the function that stops it. */
  onSelectionChanged(listener: () => void): () => void;
  /**
   * Tables the pane itself may offer to pick rows from. Only the in-browser workbook has them; in
   * Excel the user selects a row in the grid.
   */
  readonly browse?: {
    tables(): Promise<readonly LoanTable[]>;
    /** Selects data row `index` (0-based) of `table`, as clicking it in Excel would. */
    selectRow(table: string, index: number): Promise<void>;
  };

  loadSettings(): Promise<SettingsValues>;
  saveSettings(values: SettingsValues): Promise<WriteOutcome>;

  /** The theme the host asks for; undefined when it does not say (then the system's is used). */
  theme(): ThemeName | undefined;
  onThemeChanged(listener: (theme: ThemeName) => void): () => void;

  /** Writes a worksheet: a new sheet in Excel, a downloaded .xlsx in a browser. */
  writeWorksheet(document: WorksheetDocument, options?: WriteOptions): Promise<WriteOutcome>;

  /**
   * Writes a report of several sheets: new sheets in Excel (all or nothing: on failure or cancel
   * every sheet added is removed), a downloaded .xlsx in a browser.
   */
  writeReport(report: ReportDocument, options?: ReportWriteOptions): Promise<WriteOutcome>;
}
