import { mkdirSync, rmSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import type { WorkbookModel } from "../../report/model";
import { writeXlsxFile } from "../../report/xlsx/node";
import { CliError, inputError } from "../cli-error";
import { placeFile } from "./file-placement";
import { onInterrupt } from "./interruption";

/** Why a write failed, in plain words: the system's reason named, the writer's wording kept otherwise. */
const PLAIN: Readonly<Record<string, string>> = {
  ENOSPC: "the disk is full",
  EDQUOT: "the disk quota is used up",
  EFBIG: "the file would be larger than this system allows",
  EACCES: "permission to write there is denied",
  EPERM: "permission to write there is denied",
  EROFS: "the file system is read-only",
  ENOENT: "the folder is gone",
  EIO: "the disk reported an input/output error",
};

function failureText(message: string): string {
  const code = /\b(E[A-Z]{2,})\b/.exec(message)?.[1];
  return code && PLAIN[code] ? `${PLAIN[code]} (${code})` : message.replace(/^The /, "the ");
}

/**
 * Writes workbook files (worksheets, the portfolio report) into a folder, each whole or not at all,
 * by the overwrite rule (file-placement.ts). Each file is written in a hidden folder of its own
 * (.lm-workbench-<pid>.partial) inside the destination, then put in place; the hidden folder is
 * removed when the run ends, fails, or is interrupted (Ctrl-C, a kill), so no partial file is ever
 * left behind. An existing file is kept unless `force`.
 */
export class WorkbookFiles {
  private readonly temp: string;
  private made = false;
  private readonly unregister: () => void;

  /** Until `close`, an interruption removes what is in progress. */
  constructor(folder: string) {
    this.temp = join(folder, `.lm-workbench-${process.pid}.partial`);
    this.unregister = onInterrupt(() => this.removeTemp());
  }

  /** Writes one workbook to `path` (in this folder); returns its size in bytes. */
  async write(model: WorkbookModel, path: string, force: boolean): Promise<number> {
    const temp = join(this.temp, basename(path));
    try {
      if (!this.made) {
        mkdirSync(this.temp, { recursive: true });
        this.made = true;
      }
      const written = await writeXlsxFile(model, temp);
      if (!written.ok) throw new Error(written.message);
      placeFile(temp, path, force);
      return written.bytes;
    } catch (e) {
      if (e instanceof CliError) throw e;
      throw inputError(
        `cannot write ${JSON.stringify(path)}: ${failureText((e as Error).message)}; no part of it is left`
      );
    } finally {
      rmSync(temp, { force: true });
    }
  }

  /** Removes the hidden folder and whatever a write left in it. */
  close(): void {
    this.unregister();
    this.removeTemp();
  }

  private removeTemp(): void {
    if (!this.made) return;
    rmSync(this.temp, { recursive: true, force: true });
    this.made = false;
  }
}

/** One workbook file: whole or not at all, an existing file kept unless `force`. */
export async function writeWorkbookFile(
  model: WorkbookModel,
  path: string,
  force: boolean
): Promise<number> {
  const files = new WorkbookFiles(dirname(path));
  try {
    return await files.write(model, path, force);
  } finally {
    files.close();
  }
}
