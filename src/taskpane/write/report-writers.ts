/**
 * The two worksheet writers of src/report, as the pane loads them: on demand, each in its own chunk
 * (the exceljs writer is large and only the browser mode needs it). One place to connect them, for
 * a worksheet and for the portfolio report alike. Neither writer throws; each failure comes back as
 * a sentence.
 */
import type { ExcelRun } from "../../report/office";
import type { WorkbookModel } from "../../report/model";
import type { ReportDocument, ReportWriteOptions, WriteOutcome } from "../workbook/host-types";

/** What a writer takes: a name and the sheet model of src/report (a worksheet or a report). */
export type ModelDocument = Pick<ReportDocument, "name" | "model">;

/** Said when a write was cancelled before it finished. */
const CANCELLED = "Cancelled: nothing was written.";

/**
 * Writes a sheet model into the open workbook through Office.js: new sheets with free names (on
 * failure or cancel every sheet it added is removed).
 */
export type OfficeSheetWriter = (
  document: ModelDocument,
  run: ExcelRun,
  options?: ReportWriteOptions
) => Promise<WriteOutcome & { readonly sheetNames?: readonly string[] }>;

/** Renders a sheet model as the bytes of an .xlsx file (exceljs). */
export type XlsxFileWriter = (
  document: ModelDocument,
  options?: Pick<ReportWriteOptions, "signal">
) => Promise<
  | { readonly ok: true; readonly bytes: Uint8Array; readonly sheetNames: readonly string[] }
  | { readonly ok: false; readonly reason: string }
>;

/** Where the sheets went, in words: `sheet "Repayment Plan 1001"`, or `sheets Summary, Loans`. */
function sheetsText(names: readonly string[]): string {
  return names.length === 1 ? `sheet "${names[0]}"` : `sheets ${names.join(", ")}`;
}

export async function loadOfficeWriter(): Promise<OfficeSheetWriter> {
  const { writeWorkbookModel } = await import(
    /* webpackChunkName: "office-writer" */ "../../report/office"
  );
  return async (document, run, options) => {
    const r = await writeWorkbookModel(run, document.model as WorkbookModel, {
      onProgress: options?.onProgress,
      signal: options?.signal,
    });
    if (!r.ok) return { ok: false, reason: r.message };
    const left = r.skipped.length ? `; this Excel could not add ${r.skipped.join(", ")}` : "";
    return { ok: true, written: `${sheetsText(r.sheetNames)}${left}`, sheetNames: r.sheetNames };
  };
}

export async function loadXlsxWriter(): Promise<XlsxFileWriter> {
  const { writeXlsx } = await import(/* webpackChunkName: "xlsx-writer" */ "../../report/xlsx");
  return async (document, options) => {
    if (options?.signal?.aborted) return { ok: false, reason: CANCELLED };
    const r = await writeXlsx(document.model as WorkbookModel);
    if (!r.ok) return { ok: false, reason: r.message };
    if (options?.signal?.aborted) return { ok: false, reason: CANCELLED };
    return { ok: true, bytes: r.data, sheetNames: r.sheetNames };
  };
}
