import { linkSync, lstatSync, renameSync, rmSync, statSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { inputError } from "../cli-error";

/**
 * Where every file of `lm-workbench` goes, and how. The rule: an existing file is never replaced
 * unless --force is given. A command checks each of its files before any work; a file is then
 * written whole under a temporary name in the folder of its file and put in place in one step, so a
 * failed or interrupted write leaves no partial file and an older file stays as it was. Without
 * --force the step is a hard link, which fails when the name was taken meanwhile; with --force it is
 * a rename over the old file.
 */

export const OVERWRITE_RULE = "an existing file is never replaced unless --force is given";

/** Refuses a name that is taken (a link to nowhere included; a folder always), unless `force`. */
export function refuseExisting(path: string, force: boolean): void {
  if (!lstatSync(path, { throwIfNoEntry: false })) return;
  if (statSync(path, { throwIfNoEntry: false })?.isDirectory())
    throw inputError(`cannot write ${JSON.stringify(path)}: it is a folder`);
  if (!force)
    throw inputError(
      `${JSON.stringify(path)} exists, so nothing is written: ${OVERWRITE_RULE} (add --force to replace it)`
    );
}

/** Whether two paths name one file: the same path, or (both existing) the same file by a link. */
export function sameFile(a: string, b: string): boolean {
  if (resolve(a) === resolve(b)) return true;
  try {
    const x = statSync(a);
    const y = statSync(b);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

/** Refuses an output that is the file the run reads, --force or not. */
export function refuseInput(path: string, input: string, what: string): void {
  if (sameFile(path, input))
    throw inputError(
      `cannot write ${JSON.stringify(path)}: it is ${what} this run reads; write to another file`
    );
}

/** The temporary name a file is written under, beside it, until it is complete. */
export function partialPath(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.partial`);
}

const NO_HARD_LINKS = new Set(["EPERM", "ENOTSUP", "EOPNOTSUPP", "ENOSYS"]);

/**
 * Puts the complete file `temp` at `path`, in the same folder, in one step: a hard link without
 * `force` (refused by the system if `path` exists by now), a rename over `path` with it. The
 * temporary name is gone afterwards, except when the placement is refused (the caller removes it).
 */
export function placeFile(temp: string, path: string, force: boolean): void {
  if (force) {
    renameSync(temp, path);
    return;
  }
  try {
    linkSync(temp, path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EEXIST") refuseExisting(path, false);
    if (!NO_HARD_LINKS.has(code ?? "")) throw e;
    // A file system without hard links: the check just made, then the rename.
    refuseExisting(path, false);
    renameSync(temp, path);
    return;
  }
  rmSync(temp, { force: true });
}
