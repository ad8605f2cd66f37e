import { strict as assert } from "node:assert";
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeBenchTape } from "../../bench/cli-tape";
import { bin, buildCli } from "./sheet-run";

/**
 * Ctrl-C (SIGINT) or a kill (SIGTERM) in the middle of check, evaluate and report, as a user's
 * terminal sends it to the bundled command line: exit 130 (143), one line saying so, and no
 * temporary file left, neither beside the output (`.<name>.<pid>.partial`, the report's hidden
 * `.lm-workbench-<pid>.partial` folder) nor in the system's temporary folder (the report's files of
 * rows, `lm-workbench-report-*`; each child gets a TMPDIR of its own so only its folders are
 * counted). A file the run would have replaced with --force is left as it was. The tape is the
 * sample tape's generator at 50,000 loans: long enough that a run is still going at a tenth of it,
 * and large enough that progress lines are printed at every tenth (without a terminal).
 */
let dir: string;
let tape: string;

before(async function () {
  this.timeout(120000);
  dir = mkdtempSync(join(tmpdir(), "lm-interrupted-"));
  tape = join(dir, "tape-50k.csv");
  await writeBenchTape(tape, 50_000);
  buildCli();
});
after(() => rmSync(dir, { recursive: true, force: true }));

interface Stopped {
  readonly code: number | null;
  readonly err: string;
  readonly pid: number;
  /** The output folder and the child's temporary folder when the signal was sent. */
  readonly folderThen: readonly string[];
  readonly tmpThen: readonly string[];
}

/** A fresh output folder and temporary folder for one run. */
function scratch(name: string): { folder: string; tmp: string } {
  const folder = join(dir, name);
  const tmp = join(dir, `${name}-tmp`);
  mkdirSync(folder);
  mkdirSync(tmp);
  return { folder, tmp };
}

/** Runs the command in `folder` and sends `signal` once standard error matches `when`. */
function interrupt(
  args: readonly string[],
  at: { folder: string; tmp: string },
  when: RegExp,
  signal: NodeJS.Signals = "SIGINT"
): Promise<Stopped> {
  const child = spawn(process.execPath, [bin, ...args], {
    cwd: at.folder,
    env: { ...process.env, TMPDIR: at.tmp },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let err = "";
  let then: { folder: string[]; tmp: string[] } | undefined;
  child.stderr.on("data", (b: Buffer) => {
    err += b.toString();
    if (then || !when.test(err)) return;
    then = { folder: readdirSync(at.folder), tmp: readdirSync(at.tmp) };
    child.kill(signal);
  });
  return new Promise((resolve) =>
    child.on("close", (code) => {
      assert.ok(then, `the run ended before it could be interrupted:\n${err}`);
      resolve({ code, err, pid: child.pid!, folderThen: then.folder, tmpThen: then.tmp });
    })
  );
}

const STOPPED = (signal: string) =>
  new RegExp(`lm-workbench: stopped \\(${signal}\\); no partial file is left\\n$`);
/** Anything temporary: a partial file or folder, a report's files of rows. */
const temporary = (names: readonly string[]) =>
  names.filter((f) => f.includes(".partial") || f.startsWith("lm-workbench-report-"));

describe("cli: check, evaluate and report interrupted", function () {
  this.timeout(120000);

  it("with no file in progress (results on standard output), Ctrl-C still exits 130 with the same line", async () => {
    const at = scratch("stdout");
    const r = await interrupt(["evaluate", tape], at, /evaluating: 20%/);
    assert.equal(r.code, 130, r.err);
    assert.match(r.err, STOPPED("SIGINT"));
    assert.deepEqual(temporary(r.folderThen), []);
    assert.deepEqual(readdirSync(at.folder), []);
  });

  it("evaluate -o results.csv, Ctrl-C while evaluating: exit 130, no results, no exceptions, nothing partial", async () => {
    const at = scratch("evaluate-csv");
    const r = await interrupt(["evaluate", tape, "-o", "results.csv"], at, /evaluating: 20%/);
    assert.equal(r.code, 130, r.err);
    assert.match(r.err, STOPPED("SIGINT"));
    assert.deepEqual(
      temporary(r.folderThen).sort(),
      [`.results.csv.${r.pid}.partial`, `.results.exceptions.csv.${r.pid}.partial`],
      "both files were in progress"
    );
    assert.deepEqual(readdirSync(at.folder), []);
    assert.deepEqual(readdirSync(at.tmp), []);
  });

  it("evaluate -o results.xlsx --force, killed (SIGTERM) while evaluating: exit 143, the files it would replace kept as they were", async () => {
    const at = scratch("evaluate-xlsx");
    writeFileSync(join(at.folder, "results.xlsx"), "the user's workbook");
    writeFileSync(join(at.folder, "results.exceptions.csv"), "the user's list");
    const r = await interrupt(
      ["evaluate", tape, "-o", "results.xlsx", "--force"],
      at,
      /evaluating: 20%/,
      "SIGTERM"
    );
    assert.equal(r.code, 143, r.err);
    assert.match(r.err, STOPPED("SIGTERM"));
    assert.ok(r.folderThen.includes(`.results.xlsx.${r.pid}.partial`), r.folderThen.join(", "));
    assert.deepEqual(readdirSync(at.folder).sort(), ["results.exceptions.csv", "results.xlsx"]);
    assert.equal(readFileSync(join(at.folder, "results.xlsx"), "utf8"), "the user's workbook");
    assert.equal(
      readFileSync(join(at.folder, "results.exceptions.csv"), "utf8"),
      "the user's list"
    );
  });

  it("check -o exceptions.csv, Ctrl-C while checking: exit 130, no list, nothing partial", async () => {
    const at = scratch("check");
    const r = await interrupt(["check", tape, "-o", "exceptions.csv"], at, /: 20% \(/);
    assert.equal(r.code, 130, r.err);
    assert.match(r.err, STOPPED("SIGINT"));
    assert.deepEqual(temporary(r.folderThen), [`.exceptions.csv.${r.pid}.partial`]);
    assert.deepEqual(readdirSync(at.folder), []);
  });

  it("report, Ctrl-C while evaluating: exit 130, its files of rows gone from the temporary folder", async () => {
    const at = scratch("report-evaluating");
    const r = await interrupt(["report", tape, "-o", "report.xlsx"], at, /evaluating: 20%/);
    assert.equal(r.code, 130, r.err);
    assert.match(r.err, STOPPED("SIGINT"));
    assert.equal(temporary(r.tmpThen).length, 1, "the files of rows were being written");
    assert.match(r.tmpThen[0], /^lm-workbench-report-/);
    assert.deepEqual(readdirSync(at.tmp), []);
    assert.deepEqual(readdirSync(at.folder), []);
  });

  it("report --force, Ctrl-C while the workbook is written: exit 130, the old report kept, no hidden folder, no files of rows", async () => {
    const at = scratch("report-writing");
    writeFileSync(join(at.folder, "report.xlsx"), "last month's report");
    const r = await interrupt(
      ["report", tape, "-o", "report.xlsx", "--force"],
      at,
      /writing the report: 10%/
    );
    assert.equal(r.code, 130, r.err);
    assert.match(r.err, STOPPED("SIGINT"));
    assert.deepEqual(temporary(r.folderThen), [`.lm-workbench-${r.pid}.partial`]);
    assert.equal(temporary(r.tmpThen).length, 1);
    assert.deepEqual(readdirSync(at.folder), ["report.xlsx"]);
    assert.equal(readFileSync(join(at.folder, "report.xlsx"), "utf8"), "last month's report");
    assert.deepEqual(readdirSync(at.tmp), []);
  });
});
