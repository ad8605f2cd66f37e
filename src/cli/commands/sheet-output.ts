import { existsSync, linkSync, mkdirSync, renameSync, rmSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import type { WorkbookModel } from "../../report/model";
import { writeXlsxFile } from "../../report/xlsx/node";
import { CliError, inputError } from "../cli-error";

/**
 * Where `lm-workbench sheet` puts its files. The rule: an existing file is never replaced unless
 * --force is given. A worksheet is written whole under a temporary name in the folder of its file,
 * then put in place in one step, so a failed or interrupted write leaves no partial file and an
 * older file stays as it was. Without --force the step is a hard link, which fails when the name
 * was taken meanwhile; with --force it is a rename over the old file.
 */

export const OVERWRITE_RULE = "an existing file is never replaced unless --force is given";

/** Refuses a file that exists (a folder always), unless `force`. */
export function refuseExisting(path: string, force: boolean): void {
  if (!existsSync(path)) return;
  if (statSync(path).isDirectory())
    throw inputError(`cannot write ${JSON.stringify(path)}: it is a folder`);
  if (!force)
    throw inputError(
      `${JSON.stringify(path)} exists, so nothing is written: ${OVERWRITE_RULE} (add --force to replace it)`
    );
}

function placeFile(temp: string, path: string, force: boolean): void {
  if (force) {
    renameSync(temp, path);
    return;
  }
  try {
    linkSync(temp, path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EEXIST") refuseExisting(path, false);
    // A file system without hard links: the check just made, then the rename.
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EOPNOTSUPP" && code !== "ENOSYS")
      throw e;
    refuseExisting(path, false);
    renameSync(temp, path);
    return;
  }
  rmSync(temp, { force: true });
}

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
 * Writes worksheet files into a folder, each whole or not at all. Each file is written in a hidden
 * folder of its own (.lm-workbench-<pid>.partial) inside the destination, then put in place; the
 * hidden folder is removed when the run ends, fails, or is interrupted (Ctrl-C, a kill), so no
 * partial file is ever left behind. An existing file is kept unless `force`.
 */
export class SheetFiles {
  private readonly temp: string;
  private made = false;
  private readonly onSignal = (signal: NodeJS.Signals) => {
    this.close();
    this.onInterrupt();
    process.stderr.write(`lm-workbench: stopped (${signal}); no partial file is left\n`);
    process.exit(signal === "SIGINT" ? 130 : 143);
  };

  /** Until `close`, an interruption removes what is in progress (and runs `onInterrupt`) first. */
  constructor(
    folder: string,
    private readonly onInterrupt: () => void = () => undefined
  ) {
    this.temp = join(folder, `.lm-workbench-${process.pid}.partial`);
    process.on("SIGINT", this.onSignal);
    process.on("SIGTERM", this.onSignal);
  }

  /** Writes one worksheet's workbook to `path` (in this folder); returns its size in bytes. */
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
    process.off("SIGINT", this.onSignal);
    process.off("SIGTERM", this.onSignal);
    if (!this.made) return;
    rmSync(this.temp, { recursive: true, force: true });
    this.made = false;
  }
}

/** One worksheet file: whole or not at all, an existing file kept unless `force`. */
export async function writeSheetFile(
  model: WorkbookModel,
  path: string,
  force: boolean
): Promise<number> {
  const files = new SheetFiles(dirname(path));
  try {
    return await files.write(model, path, force);
  } finally {
    files.close();
  }
}
