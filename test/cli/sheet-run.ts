/**
 * `lm-workbench sheet` as a user runs it, for the sheet tests: `node bin/lm-workbench.cjs ...` in a
 * child process from a scratch folder, with its exit code and output; and the worksheet files read
 * back by openpyxl (test/report/read-xlsx.py), cells found by the label beside them.
 */
import { strict as assert } from "node:assert";
import { execFileSync, spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { ReadBook, ReadCell, ReadSheet, readXlsx } from "../report/readers";

export const root = join(__dirname, "..", "..");
export const bin = join(root, "bin", "lm-workbench.cjs");

export interface Run {
  readonly code: number | null;
  readonly out: string;
  readonly err: string;
}

/** Bundles the command line once, as `npm ci` does. */
export function buildCli(): void {
  execFileSync(process.execPath, [join(root, "bin", "build-cli.cjs")]);
}

export function lm(args: readonly string[], cwd: string): Run {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** The command line under a shell's limit on file size (`ulimit -f`, in 1,024-byte blocks). */
export function lmWithFileLimit(args: readonly string[], cwd: string, blocks: number): Run {
  const quoted = args.map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(" ");
  const r = spawnSync(
    "bash",
    [
      "-c",
      `ulimit -f ${blocks}; exec ${JSON.stringify(process.execPath)} ${JSON.stringify(bin)} ${quoted}`,
    ],
    { cwd, encoding: "utf8" }
  );
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** Never a stack trace on standard error. */
export function noStack(r: Run): void {
  assert.doesNotMatch(r.err, /^\s+at .+:\d+:\d+\)?$/m, r.err);
  assert.doesNotMatch(r.err, /\b(TypeError|ReferenceError|RangeError)\b/, r.err);
}

export function writeTape(dir: string, name: string, lines: readonly string[]): string {
  const p = join(dir, name);
  writeFileSync(p, lines.join("\n") + "\n");
  return p;
}

/** A CSV cell, quoted when it must be. */
export const csvCell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** The one worksheet of a document file, and the package's problems (none for a sound file). */
export function readSheet(file: string): ReadSheet {
  const book: ReadBook = readXlsx(file, 400);
  assert.deepEqual(book.package, [], `${file}: the package breaks none of Excel's rules`);
  assert.equal(book.sheets.length, 1, `${file}: one worksheet`);
  return book.sheets[0];
}

const address = (a: string) => {
  const m = /^([A-Z]+)(\d+)$/.exec(a)!;
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { col, row: Number(m[2]) };
};

/** The cells right of the first cell reading `label` (or matching it), in column order, blanks left out. */
export function rightOf(sheet: ReadSheet, label: string | RegExp): ReadCell[] {
  const hit = Object.entries(sheet.cells).find(
    ([, c]) =>
      typeof c.v === "string" && (typeof label === "string" ? c.v === label : label.test(c.v))
  );
  assert.ok(hit, `no cell of ${sheet.name} reads ${String(label)}`);
  const at = address(hit[0]);
  return Object.entries(sheet.cells)
    .map(([a, c]) => ({ ...address(a), c }))
    .filter((x) => x.row === at.row && x.col > at.col && x.c.v !== "" && x.c.v !== null)
    .sort((x, y) => x.col - y.col)
    .map((x) => x.c);
}

/** The cells whose value is exactly `value`. */
export function cellsReading(sheet: ReadSheet, value: string | number): ReadCell[] {
  return Object.values(sheet.cells).filter((c) => c.v === value);
}

/** openpyxl gives a date cell as an ISO date-time. */
export const isoDay = (c: ReadCell | undefined) => String(c?.v).slice(0, 10);
