import { closeSync, openSync, readSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { loanIdColumn, loanIdOf } from "../core/tape";
import { sampleTapePath } from "./project-files";

/** The first loan id of the bundled sample tape, for the help text; undefined if the sample cannot be read. */
export function sampleLoanId(): string | undefined {
  try {
    const fd = openSync(sampleTapePath(), "r");
    const buf = Buffer.alloc(8192);
    const n = readSync(fd, buf, 0, buf.length, 0);
    closeSync(fd);
    const text = buf.subarray(0, n).toString("utf8");
    const lines = text.split(/\r?\n/).slice(0, 2).join("\n");
    const [header, first] = parse(lines, { bom: true, relax_column_count: true }) as string[][];
    return loanIdOf(first[loanIdColumn(header)]);
  } catch {
    return undefined;
  }
}
