/**
 * The two worksheet writers of src/report, as the pane loads them: on demand, each in its own chunk
 * (the exceljs writer is large and only the browser mode needs it). One place to connect them.
 * Neither writer throws; each failure comes back as a sentence.
 */
import type { ExcelRun } from "../../report/office";
import type { WorkbookModel } from "../../report/model";
import type { WorksheetDocument, WriteOptions, WriteOutcome } from "../workbook/host-types";

/** Writes a worksheet into the open workbook through Office.js: a new sheet with a free name. */
export type OfficeSheetWriter = (
  document: WorksheetDocument,
  run: ExcelRun,
  options?: WriteOptions
) => Promise<WriteOutcome & { readonly sheetNames?: readonly string[] }>;

/** Renders a worksheet as the bytes of an .xlsx file (exceljs). */
export type XlsxFileWriter = (
  document: WorksheetDocument
) => Promise<
  | { readonly ok: true; readonly bytes: Uint8Array; readonly sheetNames: readonly string[] }
  | { readonly ok: false; readonly reason: string }
>;

function quoted(names: readonly string[]): string {
  return names.map((n) => `"${n}"`).join(", ");
}

export async function loadOfficeWriter(): Promise<OfficeSheetWriter> {
  const { writeWorkbookModel } = await import(
    /* webpackChunkName: "office-writer" */ "../../report/office"
  );
  return async (document, run, options) => {
    const r = await writeWorkbookModel(run, document.model as WorkbookModel, {
      onProgress: (p) => options?.onProgress?.(p.step),
    });
    if (!r.ok) return { ok: false, reason: r.message };
    const left = r.skipped.length ? `; this Excel could not add ${r.skipped.join(", ")}` : "";
    return {
      ok: true,
      written: `sheet ${quoted(r.sheetNames)}${left}`,
      sheetNames: r.sheetNames,
    };
  };
}

export async function loadXlsxWriter(): Promise<XlsxFileWriter> {
  const { writeXlsx } = await import(/* webpackChunkName: "xlsx-writer" */ "../../report/xlsx");
  return async (document) => {
    const r = await writeXlsx(document.model as WorkbookModel);
    return r.ok
      ? { ok: true, bytes: r.data, sheetNames: r.sheetNames }
      : { ok: false, reason: r.message };
  };
}
