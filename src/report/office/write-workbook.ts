/**
 * The Office.js writer: a workbook model into the open workbook, each worksheet on a NEW sheet
 * with a free name, never touching anything that was there. Sheets are added hidden and shown
 * only once everything is written; on any refusal, error or cancel they are deleted, so nothing
 * half-written is left. Syncs: one to read the names, then one per request budget of writes
 * (budget.ts); the last request also shows the sheets. Never throws: returns a result.
 */
import type { WorkbookModel } from "../model/worksheet";
import { prepareWorkbook } from "../model/prepare";
import { freeSheetNames, freeTableName } from "../model/sheet-names";
import { columnLetters, rangeAddress } from "../model/addresses";
import { OP_OVERHEAD_BYTES, REQUEST_BUDGET_BYTES } from "./budget";
import { Requests } from "./requests";
import { queueCells } from "./cell-writes";
import { queueTable, TableDataProblem } from "./table-writes";
import { queueChart } from "./chart-writes";
import { queuePageLayout } from "./page-writes";
import { widthPoints } from "./office-values";
import { describeExcelError } from "./excel-errors";

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
export type ExcelTarget = Excel.RequestContext | ExcelRun;

export interface OfficeWriteOptions {
  /** Whether the host supports a requirement set; default: Office.context.requirements. */
  readonly supports?: (set: string, version: string) => boolean;
  readonly budgetBytes?: number;
  /** Progress: the step being queued and the body rows written so far. */
  readonly onProgress?: (progress: { step: string; rows: number }) => void;
  /** Cancel: checked before every sync; a cancelled write leaves nothing behind. */
  readonly signal?: { readonly aborted: boolean };
}

export type OfficeWriteResult =
  | {
      readonly ok: true;
      readonly sheetNames: readonly string[];
      readonly tableNames: readonly string[];
      readonly syncs: number;
      readonly requestBytes: readonly number[];
      /** Features this Excel could not apply, in plain words. */
      readonly skipped: readonly string[];
    }
  | { readonly ok: false; readonly message: string; readonly cancelled?: boolean };

class Cancelled extends Error {}

function officeSupports(set: string, version: string): boolean {
  try {
    return (
      typeof Office !== "undefined" &&
      Office.context.requirements.isSetSupported(set, version) === true
    );
  } catch {
    return false;
  }
}

/** Deletes the sheets of these names that exist now; a sentence when that failed. */
async function removeSheets(
  context: Excel.RequestContext,
  names: readonly string[]
): Promise<string> {
  if (names.length === 0) return "Nothing was written.";
  try {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const wanted = new Set(names.map((n) => n.toLowerCase()));
    for (const s of sheets.items) if (wanted.has(s.name.toLowerCase())) s.delete();
    await context.sync();
    return "Nothing was left in the workbook.";
  } catch (e) {
    return `The hidden sheet${names.length > 1 ? "s" : ""} ${names.map((n) => `"${n}"`).join(", ")} could not be removed (${describeExcelError(e)}); delete ${names.length > 1 ? "them" : "it"} by hand.`;
  }
}

async function write(
  context: Excel.RequestContext,
  model: WorkbookModel,
  options: OfficeWriteOptions
): Promise<OfficeWriteResult> {
  const prepared = prepareWorkbook(model);
  if (!prepared.ok)
    return {
      ok: false,
      message: `The worksheet could not be built: ${prepared.problems.join("; ")}.`,
    };
  const supports = options.supports ?? officeSupports;
  const skipped: string[] = [];
  const wb = context.workbook;
  const worksheets = wb.worksheets;
  worksheets.load("items/name");
  wb.tables.load("items/name");
  const names = supports("ExcelApi", "1.4") ? wb.names : undefined;
  names?.load("items/name");
  const protection = supports("ExcelApi", "1.7") ? wb.protection : undefined;
  protection?.load("protected");
  const q = new Requests(
    context,
    options.budgetBytes ?? REQUEST_BUDGET_BYTES,
    supports("ExcelApi", "1.8"),
    () => {
      if (options.signal?.aborted) throw new Cancelled();
    }
  );
  await q.sync();
  if (protection?.protected) {
    return {
      ok: false,
      message:
        "The workbook's structure is protected, so no sheet can be added: unprotect it (Review > Protect Workbook) and try again. Nothing was written.",
    };
  }
  const wished = prepared.sheets.map((s) => s.placed.model.name);
  const sheetNames = freeSheetNames(
    wished,
    worksheets.items.map((s) => s.name)
  );
  const takenTables = [
    ...wb.tables.items.map((t) => t.name),
    ...(names?.items ?? []).map((n) => n.name),
  ];
  const created: string[] = [];
  const tableNames: string[] = [];
  let rows = 0;
  const progress = (step: string) => options.onProgress?.({ step, rows });
  try {
    const sheets: Excel.Worksheet[] = [];
    const bodyRows: number[][] = [];
    for (const [i, p] of prepared.sheets.entries()) {
      const m = p.placed.model;
      progress(`Writing ${sheetNames[i]}`);
      created.push(sheetNames[i]);
      await q.queue(OP_OVERHEAD_BYTES * 4, () => {
        const sheet = worksheets.add(sheetNames[i]);
        sheet.visibility = "Hidden";
        if (m.tabColor && supports("ExcelApi", "1.7")) sheet.tabColor = `#${m.tabColor}`;
        if (supports("ExcelApi", "1.8")) sheet.showGridlines = m.gridlines ?? false;
        sheets[i] = sheet;
      });
      const sheet = sheets[i];
      for (const [c, w] of m.columns.entries()) {
        await q.queue(OP_OVERHEAD_BYTES, () => {
          sheet.getRange(`${columnLetters(c + 1)}:${columnLetters(c + 1)}`).format.columnWidth =
            widthPoints(w);
        });
      }
      await queueCells(q, sheet, p.placed);
      bodyRows[i] = [];
      for (const t of p.placed.tables) {
        const name = freeTableName(t.model.name, [...takenTables, ...tableNames]);
        tableNames.push(name);
        const before = rows;
        const n = await queueTable(q, sheet, t, name, {
          filterButtons: supports("ExcelApi", "1.3"),
          onRows: (written) => {
            rows = before + written;
            progress(`Writing ${sheetNames[i]}`);
          },
        });
        bodyRows[i].push(n);
      }
      const f = m.freeze;
      if (f && (f.rows || f.columns)) {
        if (supports("ExcelApi", "1.7")) {
          const frozen = rangeAddress({
            top: 1,
            left: 1,
            bottom: Math.max(1, f.rows ?? 0),
            right: Math.max(1, f.columns ?? 0),
          });
          await q.queue(OP_OVERHEAD_BYTES, () => {
            if (f.rows && f.columns) sheet.freezePanes.freezeAt(sheet.getRange(frozen));
            else if (f.rows) sheet.freezePanes.freezeRows(f.rows);
            else sheet.freezePanes.freezeColumns(f.columns ?? 0);
          });
        } else skipped.push(`frozen panes on "${sheetNames[i]}" (needs ExcelApi 1.7)`);
      }
    }
    for (const [i, p] of prepared.sheets.entries()) {
      if (p.charts.length === 0) continue;
      if (!supports("ExcelApi", "1.7")) {
        skipped.push(`charts on "${sheetNames[i]}" (need ExcelApi 1.7)`);
        continue;
      }
      for (const c of p.charts)
        await queueChart(q, sheets[i], sheets, c, supports("ExcelApi", "1.8"));
    }
    for (const [i, p] of prepared.sheets.entries()) {
      const print = p.placed.model.print ?? (p.placed.pageBreaks.length > 0 ? {} : undefined);
      if (!print) continue;
      if (!supports("ExcelApi", "1.9")) {
        skipped.push(
          `page setup of "${sheetNames[i]}" (orientation, fit to page, header, footer, print area: needs ExcelApi 1.9)`
        );
        continue;
      }
      let last = p.placed.lastRow;
      p.placed.tables.forEach((t, k) => {
        last = Math.max(last, t.firstBodyRow + bodyRows[i][k] - 1 + (t.totalsLook ? 1 : 0));
      });
      const area =
        print.printArea ?? rangeAddress({ top: 1, left: 1, bottom: last, right: p.placed.lastCol });
      await queuePageLayout(q, sheets[i], print, area, p.placed.pageBreaks);
    }
    await q.queue(OP_OVERHEAD_BYTES * (sheets.length + 1), () => {
      for (const s of sheets) s.visibility = "Visible";
      sheets[0].activate();
    });
    await q.sync();
    progress("Done");
    return {
      ok: true,
      sheetNames,
      tableNames,
      syncs: q.stats.syncs,
      requestBytes: q.stats.requestBytes,
      skipped,
    };
  } catch (e) {
    const cleanup = await removeSheets(context, created);
    if (e instanceof Cancelled)
      return { ok: false, cancelled: true, message: `Cancelled. ${cleanup}` };
    const what =
      e instanceof TableDataProblem
        ? `the data cannot be written: ${e.message}`
        : `Excel refused the write: ${describeExcelError(e)}`;
    return { ok: false, message: `"${sheetNames[0]}" was not written, ${what}. ${cleanup}` };
  }
}

/** Writes `model` through a request context or Excel.run; never throws. */
export async function writeWorkbookModel(
  target: ExcelTarget,
  model: WorkbookModel,
  options: OfficeWriteOptions = {}
): Promise<OfficeWriteResult> {
  try {
    if (typeof target === "function")
      return await target((context) => write(context, model, options));
    return await write(target, model, options);
  } catch (e) {
    return {
      ok: false,
      message: `Excel could not start the write: ${describeExcelError(e)}. Nothing was written.`,
    };
  }
}
