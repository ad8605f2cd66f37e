import { existsSync, linkSync, renameSync, rmSync, statSync } from "node:fs";
import type { WorkbookModel } from "../../report/model";
import { writeXlsxFile } from "../../report/xlsx/node";
import { inputError } from "../cli-error";
import { partialPath } from "../output/text-target";

/**
 * Where `lm-workbench sheet` puts its files. The rule: an existing file is never replaced unless
 * --force is given. A worksheet is written whole under a temporary name beside its file, then put
 * in place in one step, so a failed or interrupted write leaves no partial file and an older file
 * stays as it was. Without --force the step is a hard link, which fails when the name was taken
 * meanwhile; with --force it is a rename over the old file.
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

/**
 * Writes one worksheet's workbook to `path`: whole or not at all, an existing file kept unless
 * `force`. A write that fails (a full disk, a folder that cannot be written) is an input error in
 * plain words, and no file is left behind.
 */
export async function writeSheetFile(
  model: WorkbookModel,
  path: string,
  force: boolean
): Promise<number> {
  const temp = partialPath(path);
  try {
    const written = await writeXlsxFile(model, temp);
    if (!written.ok) throw inputError(`cannot write ${JSON.stringify(path)}: ${written.message}`);
    placeFile(temp, path, force);
    return written.bytes;
  } finally {
    rmSync(temp, { force: true });
  }
}
