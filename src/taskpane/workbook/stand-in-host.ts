/**
 * A stand-in for Excel in tests of the built pane: the test gives the workbook (tables, selection,
 * settings, theme) in `window.__LM_STAND_IN__` before the page loads, moves the selection and the
 * theme as a user in Excel would, and reads back everything the workbook received from
 * `window.__lmStandIn`.
 */
import type {
  Host,
  HostInfo,
  LoanTable,
  ReportDocument,
  ReportWriteOptions,
  SettingsValues,
  ThemeName,
  WorksheetDocument,
  WriteOutcome,
} from "./host-types";
import { MemoryWorkbook, type Selection } from "./memory-workbook";
import { memoryHost } from "./memory-host";
import { freeSheetNames } from "../../report/model/sheet-names";
import type { WorkbookModel } from "../../report/model";

/* global window */

export interface StandInWorkbook {
  readonly tables: readonly LoanTable[];
  /** The workbook's other sheets, by name (a worksheet written gets a name none of them has). */
  readonly sheets?: readonly string[];
  readonly selection?: Selection;
  readonly settings?: SettingsValues;
  readonly theme?: ThemeName;
  /** When set, every worksheet write is refused with this reason (as a protected workbook would). */
  readonly refuseWrites?: string;
  /** Offer the tables in the pane, as the browser mode does. */
  readonly browsable?: boolean;
  /** How long each worksheet write takes, in milliseconds (to see the progress shown meanwhile). */
  readonly writeDelayMs?: number;
  /** A report's table rows are taken in chunks of 1,000, each after this many milliseconds. */
  readonly reportChunkMs?: number;
}

/** A worksheet the stand-in received, with the names it gave its sheets (free, as Excel's writer picks them). */
export interface StandInWrite extends WorksheetDocument {
  readonly sheetNames: readonly string[];
}

export interface StandInRecord {
  readonly written: StandInWrite[];
  /** Every sheet of the workbook: the tables' sheets, then each one written. */
  readonly sheets: string[];
  /** Reports the workbook took whole (a cancelled or refused one is not here). */
  readonly reports: ReportDocument[];
  readonly settingsSaved: SettingsValues[];
  select(table: string, index: number): void;
  setTheme(theme: ThemeName): void;
}

type StandInWindow = typeof window & {
  __LM_STAND_IN__?: StandInWorkbook;
  __lmStandIn?: StandInRecord;
};

export function standInHost(info: HostInfo, given?: StandInWorkbook): Host {
  const w = window as StandInWindow;
  const config: StandInWorkbook = given ?? w.__LM_STAND_IN__ ?? { tables: [] };
  const workbook = new MemoryWorkbook(config.tables, config.settings, config.selection);
  let theme = config.theme;
  const themeListeners = new Set<(t: ThemeName) => void>();
  const record: StandInRecord = {
    written: [],
    sheets: [...new Set([...config.tables.map((t) => t.sheet), ...(config.sheets ?? [])])],
    reports: [],
    settingsSaved: [],
    select: (table, index) => workbook.select(table, index),
    setTheme: (t) => {
      theme = t;
      for (const l of [...themeListeners]) l(t);
    },
  };
  w.__lmStandIn = record;
  return memoryHost({
    kind: "stand-in",
    info,
    workbook,
    browsable: config.browsable ?? false,
    writeWorksheet: async (document, options) => {
      options?.onProgress?.(`Writing ${document.name}`);
      if (config.writeDelayMs)
        await new Promise((resolve) => window.setTimeout(resolve, config.writeDelayMs));
      if (config.refuseWrites) return { ok: false, reason: config.refuseWrites } as WriteOutcome;
      const wished = (document.model as WorkbookModel).sheets.map((s) => s.name);
      const sheetNames = freeSheetNames(wished, record.sheets);
      record.sheets.push(...sheetNames);
      record.written.push({ ...document, sheetNames });
      return { ok: true, written: `sheet ${sheetNames.map((n) => `"${n}"`).join(", ")}` };
    },
    writeReport: (report, options) => takeReport(config, record, report, options),
    settingsSaved: (values) => {
      record.settingsSaved.push({ ...values });
      return { ok: true, written: "this workbook's settings" };
    },
    theme: () => theme,
    onThemeChanged: (listener) => {
      themeListeners.add(listener);
      return () => themeListeners.delete(listener);
    },
  });
}

const REPORT_CHUNK_ROWS = 1_000;

/** The table rows of a report's sheets, as the stand-in counts them (arrays of rows only). */
function tableRows(model: unknown): number {
  const sheets = (model as { sheets?: { blocks?: { table?: { rows?: unknown } }[] }[] }).sheets;
  let rows = 0;
  for (const sheet of sheets ?? [])
    for (const b of sheet.blocks ?? [])
      if (Array.isArray(b.table?.rows)) rows += b.table.rows.length;
  return rows;
}

/**
 * A report taken as Excel takes one from the Office writer: in chunks of rows, with progress, and
 * all or nothing: refused, or cancelled between chunks, the workbook is left as it was.
 */
async function takeReport(
  config: StandInWorkbook,
  record: StandInRecord,
  report: ReportDocument,
  options: ReportWriteOptions = {}
): Promise<WriteOutcome> {
  if (config.refuseWrites) return { ok: false, reason: config.refuseWrites };
  const total = tableRows(report.model);
  for (let rows = 0; ; rows = Math.min(total, rows + REPORT_CHUNK_ROWS)) {
    options.onProgress?.({ step: `Writing ${report.name}`, rows });
    await new Promise((resolve) => window.setTimeout(resolve, config.reportChunkMs ?? 0));
    if (options.signal?.aborted)
      return { ok: false, reason: "Cancelled. Nothing was left in the workbook." };
    if (rows >= total) break;
  }
  record.reports.push(report);
  const names = ((report.model as { sheets?: { name: string }[] }).sheets ?? []).map((x) => x.name);
  return { ok: true, written: `sheets ${names.join(", ")}` };
}
