/**
 * The headless writer in Node (the command line, tests, benchmarks): the workbook streamed to a
 * file, or to bytes, through zlib. Rows drawn from an iterable are written as they come.
 */
import fs from "node:fs";
import { once } from "node:events";
import { PassThrough } from "node:stream";
import type { WorkbookModel } from "../model/worksheet";
import { buildPackage } from "./package";
import { zipToStream } from "./zip-node";
import { failureMessage } from "./index";

export type XlsxFileResult =
  | {
      readonly ok: true;
      readonly path: string;
      readonly bytes: number;
      readonly sheetNames: readonly string[];
    }
  | { readonly ok: false; readonly message: string };

/** Writes the workbook to `path` (replacing a file of that name); never throws. On failure no
 * partial file is left behind. */
export async function writeXlsxFile(model: WorkbookModel, path: string): Promise<XlsxFileResult> {
  const temp = `${path}.partial-${process.pid}`;
  try {
    const built = await buildPackage(model);
    if (!built.ok) return built;
    const out = fs.createWriteStream(temp);
    const failed = once(out, "error").then(([e]) => Promise.reject(e));
    failed.catch(() => undefined);
    const bytes = await Promise.race([zipToStream(built.entries, out), failed]);
    out.end();
    await Promise.race([once(out, "finish"), failed]);
    await fs.promises.rename(temp, path);
    return { ok: true, path, bytes, sheetNames: built.sheetNames };
  } catch (e) {
    await fs.promises.rm(temp, { force: true }).catch(() => undefined);
    return { ok: false, message: failureMessage(e) };
  }
}

/** The workbook as bytes, through zlib (faster than JSZip for large tables). */
export async function writeXlsxBuffer(
  model: WorkbookModel
): Promise<
  { ok: true; data: Buffer; sheetNames: readonly string[] } | { ok: false; message: string }
> {
  try {
    const built = await buildPackage(model);
    if (!built.ok) return built;
    const sink = new PassThrough();
    const parts: Buffer[] = [];
    sink.on("data", (b: Buffer) => parts.push(b));
    await zipToStream(built.entries, sink);
    sink.end();
    return { ok: true, data: Buffer.concat(parts), sheetNames: built.sheetNames };
  } catch (e) {
    return { ok: false, message: failureMessage(e) };
  }
}
