import { closeSync, openSync, readSync, statSync } from "node:fs";
import { extname } from "node:path";
import { inputError, usageError } from "../cli-error";
import { sampleTapePath } from "../project-files";
import { csvTape } from "./csv-tape";
import { TapeFile } from "./tape-row";
import { xlsxTape } from "./xlsx-tape";

export interface OpenedTape {
  readonly file: TapeFile;
  /** True when no tape was given and the bundled sample is read. */
  readonly sample: boolean;
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

function firstBytes(path: string): Buffer {
  const fd = openSync(path, "r");
  try {
    const b = Buffer.alloc(4);
    const n = readSync(fd, b, 0, 4, 0);
    return b.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

/**
 * The tape to read: the file given (an XLSX workbook by its zip signature, CSV otherwise), or the
 * bundled sample when none is. A file that is missing, a folder, unreadable or an old binary .xls is
 * an input error (exit 1); `--sheet` with a CSV is a usage error (exit 2).
 */
export function openTape(path: string | undefined, sheet: string | undefined): OpenedTape {
  const sample = path === undefined;
  const file = path ?? sampleTapePath();
  let isFile: boolean;
  try {
    isFile = statSync(file).isFile();
  } catch {
    throw inputError(`cannot read the tape ${JSON.stringify(file)}: there is no such file`);
  }
  if (!isFile)
    throw inputError(`cannot read the tape ${JSON.stringify(file)}: it is a folder, not a file`);
  let head: Buffer;
  try {
    head = firstBytes(file);
  } catch (e) {
    throw inputError(`cannot read the tape ${JSON.stringify(file)}: ${(e as Error).message}`);
  }
  const ext = extname(file).toLowerCase();
  if (ext === ".xls")
    throw inputError(
      `cannot read ${JSON.stringify(file)}: an Excel 97-2003 .xls file; save it as .xlsx or CSV`
    );
  const zip = head.equals(ZIP_MAGIC);
  if ((ext === ".xlsx" || ext === ".xlsm") && !zip)
    throw inputError(
      `cannot read ${JSON.stringify(file)}: it is named ${ext} but is not an Excel workbook (an .xlsx file is a zip archive; a password-protected workbook is not one until it is saved without its password)`
    );
  const xlsx = zip;
  if (!xlsx && sheet !== undefined)
    throw usageError(`--sheet names a worksheet, but ${JSON.stringify(file)} is a CSV file`);
  return { file: xlsx ? xlsxTape(file, sheet) : csvTape(file), sample };
}
