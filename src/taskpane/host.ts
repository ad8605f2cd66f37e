/**
 * The task pane's only contact with Office.js: Office start-up, the Excel host (the selected row and
 * its table, the workbook's own settings, the Office theme, selection events) and the hand-over of a
 * worksheet to the Office sheet writer. Everything else gets plain values through the Host interface.
 */

/* global Office, Excel */

import type {
  Host,
  HostInfo,
  LoanRow,
  LoanTable,
  Read,
  ReportDocument,
  ReportWriteOptions,
  SettingsValues,
  ThemeName,
  WorksheetDocument,
  WriteOptions,
  WriteOutcome,
} from "./workbook/host-types";
import type { ExcelRun } from "../report/office";
import { loadOfficeWriter } from "./write/report-writers";
import { themeOfBackground } from "./theme/office-theme";

export type { HostInfo };
export { themeOfBackground };

const OUTSIDE_OFFICE: HostInfo = { host: null, platform: null };

/** The key of the pane's settings in the workbook's own settings (Office.context.document.settings). */
export const SETTINGS_KEY = "lmWorkbench.settings";

/** Rows read per request from a large table: well under Excel on the web's 5 MB response limit. */
const CELLS_PER_READ = 100_000;

/**
 * Resolves once Office has initialised the page. When office.js could not be loaded (the page
 * opened in a plain browser offline), it resolves at once with no host, so the pane still renders.
 */
export function whenOfficeReady(): Promise<HostInfo> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") {
    return Promise.resolve(OUTSIDE_OFFICE);
  }
  return new Promise((resolve) => {
    Office.onReady((info) => {
      // The typings declare enums, but at run time both are strings ("Excel", "PC") or null.
      resolve({
        host: info?.host == null ? null : String(info.host),
        platform: info?.platform == null ? null : String(info.platform),
      });
    });
  });
}

function failure<T>(reason: string): Read<T> {
  return { ok: false, reason };
}

/** An Office error in words, with what the pane was doing. */
function officeError(doing: string, error: unknown): string {
  const message =
    error && typeof error === "object" && "message" in error
      ? String((error as { message: unknown }).message)
      : String(error);
  return `Excel could not ${doing}: ${message}`;
}

type Cells = (string | number | boolean)[][];

/** The row found under a header row, as the pane reads it. */
function loanRow(
  table: string,
  sheet: string,
  header: Excel.Range,
  row: Excel.Range
): Read<LoanRow> {
  const headers = (header.values as Cells)[0];
  const values = (row.values as Cells)[0];
  return { ok: true, value: { table, sheet, rowNumber: row.rowIndex + 1, headers, values } };
}

/** The active cell's row with its table's header row (an Excel table, else the sheet's used range). */
export async function readSelectedRow(): Promise<Read<LoanRow>> {
  try {
    return await Excel.run(async (context) => {
      const cell = context.workbook.getActiveCell();
      // The active cell is on the active sheet.
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.load("name");
      const tables = cell.getTables(false);
      const count = tables.getCount();
      await context.sync();

      // A ClientResult's value is there after the sync; it has nothing to load.
      // eslint-disable-next-line office-addins/load-object-before-read
      const inTable = count.value > 0;
      const table = inTable ? tables.getFirst() : undefined;
      table?.load("name");
      const used = inTable ? undefined : sheet.getUsedRange(true);
      used?.load("rowIndex,rowCount");
      const header = table ? table.getHeaderRowRange() : used!.getRow(0);
      header.load("values");
      const row = cell
        .getEntireRow()
        .getIntersectionOrNullObject(table ? table.getDataBodyRange() : used!);
      row.load("values,rowIndex");
      await context.sync();

      if (table) {
        return row.isNullObject
          ? failure<LoanRow>(
              `The active cell is on the header row of table ${table.name}: select a loan's row below it.`
            )
          : loanRow(table.name, sheet.name, header, row);
      }
      return row.isNullObject || used!.rowCount < 2 || row.rowIndex <= used!.rowIndex
        ? failure<LoanRow>(
            `Select a loan's row in a table of loans: sheet ${sheet.name} has no loan row under its header row there.`
          )
        : loanRow(sheet.name, sheet.name, header, row);
    });
  } catch (error) {
    return failure(officeError("read the selected row", error));
  }
}

/** The whole Excel table that holds the active cell, read in row chunks. */
export async function readSelectedTable(): Promise<Read<LoanTable>> {
  try {
    return await Excel.run(async (context) => {
      const cell = context.workbook.getActiveCell();
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.load("name");
      const tables = cell.getTables(false);
      const count = tables.getCount();
      await context.sync();
      // eslint-disable-next-line office-addins/load-object-before-read
      if (count.value === 0) {
        return failure<LoanTable>(
          "The active cell is not in an Excel table: select a cell of your loan table (Insert > Table makes one)."
        );
      }
      const table = tables.getFirst();
      table.load("name");
      const header = table.getHeaderRowRange();
      header.load("values,columnCount");
      const body = table.getDataBodyRange();
      body.load("rowIndex,rowCount");
      await context.sync();
      const columns = Math.max(1, header.columnCount);
      const step = Math.max(1, Math.floor(CELLS_PER_READ / columns));
      const rows: (string | number | boolean)[][] = [];
      for (let start = 0; start < body.rowCount; start += step) {
        const chunk = body
          .getRow(start)
          .getResizedRange(Math.min(step, body.rowCount - start) - 1, 0);
        chunk.load("values");
        // One request per chunk keeps each response under Excel on the web's payload limit.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
        rows.push(...(chunk.values as Cells));
      }
      return {
        ok: true,
        value: {
          table: table.name,
          sheet: sheet.name,
          headers: (header.values as Cells)[0],
          rows,
          firstRowNumber: body.rowIndex + 1,
        },
      };
    });
  } catch (error) {
    return failure(officeError("read the table", error));
  }
}

export function onSelectionChanged(listener: () => void): () => void {
  const handler = () => listener();
  try {
    Office.context.document.addHandlerAsync(Office.EventType.DocumentSelectionChanged, handler);
  } catch {
    return () => undefined;
  }
  return () => {
    try {
      Office.context.document.removeHandlerAsync(Office.EventType.DocumentSelectionChanged, {
        handler,
      });
    } catch {
      // The pane is closing: nothing to undo.
    }
  };
}

/** The pane's settings as this workbook saved them (text values only). */
export async function loadSettings(): Promise<SettingsValues> {
  const stored: unknown = Office.context.document.settings.get(SETTINGS_KEY);
  const out: Record<string, string> = {};
  if (stored && typeof stored === "object" && !Array.isArray(stored)) {
    for (const [k, v] of Object.entries(stored as Record<string, unknown>)) {
      if (typeof v === "string") out[k] = v;
    }
  }
  return out;
}

/** Stores the settings in the workbook; they travel with the file once it is saved. */
export function saveSettings(values: SettingsValues): Promise<WriteOutcome> {
  return new Promise((resolve) => {
    try {
      Office.context.document.settings.set(SETTINGS_KEY, { ...values });
      Office.context.document.settings.saveAsync((result) => {
        if (result.status === Office.AsyncResultStatus.Succeeded) {
          resolve({ ok: true, written: "this workbook's settings" });
        } else {
          resolve({
            ok: false,
            reason: officeError("save the settings", result.error ?? "no reason given"),
          });
        }
      });
    } catch (error) {
      resolve({ ok: false, reason: officeError("save the settings", error) });
    }
  });
}

export function officeTheme(): ThemeName | undefined {
  try {
    return themeOfBackground(Office.context.officeTheme?.bodyBackgroundColor);
  } catch {
    return undefined;
  }
}

/** Follows Office's theme changes where the host reports them (not every Excel does). */
export function onOfficeThemeChanged(listener: (theme: ThemeName) => void): () => void {
  const handler = (event?: unknown) => {
    const given = (event as { officeTheme?: { bodyBackgroundColor?: string } } | undefined)
      ?.officeTheme?.bodyBackgroundColor;
    const theme = themeOfBackground(given) ?? officeTheme();
    if (theme) listener(theme);
  };
  const type = Office.EventType?.OfficeThemeChanged;
  if (!type) return () => undefined;
  try {
    Office.context.document.addHandlerAsync(type, handler);
  } catch {
    return () => undefined;
  }
  return () => {
    try {
      Office.context.document.removeHandlerAsync(type, { handler });
    } catch {
      // Nothing to undo.
    }
  };
}

/** Brings a sheet just written to the front, as a user adding it would see it; a refusal is no failure. */
async function showSheet(name: string): Promise<void> {
  try {
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem(name).activate();
      await context.sync();
    });
  } catch {
    // The sheet is written; it stays where Excel put it.
  }
}

/** Excel.run, as the Office sheet writer takes it. */
const excelRun: ExcelRun = (batch) => Excel.run(batch);

/** Hands a worksheet to the Office sheet writer of src/report (loaded on first use). */
export async function writeWorksheet(
  document: WorksheetDocument,
  options?: WriteOptions
): Promise<WriteOutcome> {
  try {
    const writer = await loadOfficeWriter();
    const outcome = await writer(document, excelRun, {
      onProgress: (p) => options?.onProgress?.(p.step),
    });
    if (!outcome.ok) return { ok: false, reason: outcome.reason };
    if (outcome.sheetNames?.length) await showSheet(outcome.sheetNames[0]);
    return { ok: true, written: outcome.written };
  } catch (error) {
    return { ok: false, reason: officeError(`write ${document.name}`, error) };
  }
}

/**
 * Writes a report into the open workbook with the Office.js writer (loaded on demand): new sheets,
 * added hidden and shown once complete; on failure or cancel every sheet it added is removed.
 */
async function writeReport(
  report: ReportDocument,
  options: ReportWriteOptions = {}
): Promise<WriteOutcome> {
  try {
    const writer = await loadOfficeWriter();
    const outcome = await writer(report, excelRun, options);
    return outcome.ok
      ? { ok: true, written: outcome.written }
      : { ok: false, reason: outcome.reason };
  } catch (error) {
    return { ok: false, reason: officeError(`write ${report.name}`, error) };
  }
}

/** The Host the pane uses inside Excel. */
export function officeHost(info: HostInfo): Host {
  return {
    kind: "office",
    info,
    readSelectedRow,
    readSelectedTable,
    onSelectionChanged,
    loadSettings,
    saveSettings,
    theme: officeTheme,
    onThemeChanged: onOfficeThemeChanged,
    writeWorksheet,
    writeReport,
  };
}
