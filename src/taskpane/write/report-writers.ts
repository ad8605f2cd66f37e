/**
 * The two worksheet writers of src/report, as the pane loads them: on demand, each in its own chunk
 * (the exceljs writer is large and only the browser mode needs it). One place to connect them.
 *
 * Each loader resolves to undefined while the writer is not part of the build; the pane then says
 * the worksheet cannot be written rather than pretending it was.
 */
import type { WorksheetDocument, WriteOutcome } from "../workbook/host-types";

/** Writes a worksheet into the open workbook through Office.js (a new sheet with a free name). */
export type OfficeSheetWriter = (document: WorksheetDocument) => Promise<WriteOutcome>;

/** Renders a worksheet as the bytes of an .xlsx file (exceljs). */
export type XlsxFileWriter = (
  document: WorksheetDocument
) => Promise<
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly reason: string }
>;

export async function loadOfficeWriter(): Promise<OfficeSheetWriter | undefined> {
  return undefined;
}

export async function loadXlsxWriter(): Promise<XlsxFileWriter | undefined> {
  return undefined;
}

/** What the pane says when a writer is missing from the build. */
export function writerMissing(where: "Excel" | "a file"): WriteOutcome {
  return {
    ok: false,
    reason: `This version of LM Workbench cannot write worksheets to ${where} yet: its worksheet writer is not included.`,
  };
}
