/**
 * The headless writer, for the browser (the task pane's downloads, loaded on demand) and Node:
 * a workbook model to the bytes of a real .xlsx. For large tables in Node use `writeXlsxFile`
 * (./node), which streams the rows through zlib instead of holding the file in memory.
 */
import type { WorkbookModel } from "../model/worksheet";
import { buildPackage } from "./package";
import { zipWithJsZip } from "./zip-jszip";
import { TableDataError } from "./rows-xml";

export type XlsxResult =
  | { readonly ok: true; readonly data: Uint8Array; readonly sheetNames: readonly string[] }
  | { readonly ok: false; readonly message: string };

export function failureMessage(e: unknown): string {
  if (e instanceof TableDataError) return `The table data cannot be written: ${e.message}.`;
  return `The .xlsx could not be written: ${e instanceof Error ? e.message : String(e)}.`;
}

/** The workbook as .xlsx bytes; never throws. */
export async function writeXlsx(model: WorkbookModel): Promise<XlsxResult> {
  try {
    const built = await buildPackage(model);
    if (!built.ok) return built;
    return { ok: true, data: await zipWithJsZip(built.entries), sheetNames: built.sheetNames };
  } catch (e) {
    return { ok: false, message: failureMessage(e) };
  }
}
