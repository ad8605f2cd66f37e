import { strict as assert } from "node:assert";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { parse } from "csv-parse/sync";
import { Progress } from "../../src/cli/progress";
import { checkOptions } from "../../src/cli/run-options";
import { CliError } from "../../src/cli/cli-error";
import { SHEET_WRITERS, SheetRequest } from "../../src/cli/commands/sheet-output";
import { fileNamePart, sheetCommand } from "../../src/cli/commands/sheet";
import { evaluateCommand } from "../../src/cli/commands/evaluate";
import { sampleTapePath } from "../../src/cli/project-files";

/**
 * The frame of `sheet` with stand-in output steps, run in this process: what the frame hands a
 * worksheet's writer, where the files go, and that a failed write leaves nothing behind. The real
 * writers plug into SHEET_WRITERS the same way. (The report's frame: test/cli/report.test.ts.)
 */
let dir: string;
const quiet = () => new Progress({ write: () => true }, true);
const options = (flags = {}) => checkOptions({ quiet: true, ...flags });

before(() => (dir = mkdtempSync(join(tmpdir(), "lm-frames-"))));
after(() => {
  rmSync(dir, { recursive: true, force: true });
  delete SHEET_WRITERS.comparison;
});

async function exitCode(p: Promise<unknown>): Promise<number> {
  try {
    await p;
    return 0;
  } catch (e) {
    if (e instanceof CliError) return e.exitCode;
    throw e;
  }
}

describe("cli: the sheet frame with a stand-in writer", function () {
  this.timeout(60000);
  const requests: SheetRequest[] = [];
  before(() => {
    SHEET_WRITERS.comparison = async (r) => {
      requests.push(r);
      writeFileSync(r.file, `${r.kind} ${r.outcome.record.loan_id}`);
    };
  });

  it("--loan: the loan's outcome (as-of date from --as-of when the row has none) to the writer, the file moved into place", async () => {
    const out = join(dir, "c.xlsx");
    await sheetCommand(
      "comparison",
      undefined,
      { loan: "7000100037", output: out },
      options(),
      quiet()
    );
    const r = requests.pop()!;
    assert.equal(r.outcome.record.loan_id, "7000100037");
    assert.equal(r.outcome.row, 3);
    assert.equal(r.sample, true);
    assert.equal(readFileSync(out, "utf8"), "comparison 7000100037");
    assert.ok(r.file.endsWith(".partial"), "the writer writes a temporary file");
    assert.deepEqual(
      readdirSync(dir).filter((f) => f.endsWith(".partial")),
      []
    );
  });

  it("--all: one file per accepted loan, named by kind and loan id, and the rejected rows in exceptions.csv", async () => {
    const folder = join(dir, "all");
    await sheetCommand("comparison", undefined, { all: true, output: folder }, options(), quiet());
    const files = readdirSync(folder);
    assert.equal(files.filter((f) => f.endsWith(".xlsx")).length, 1000);
    assert.ok(files.includes("comparison-7000100000.xlsx"));
    const ex = parse(readFileSync(join(folder, "exceptions.csv"), "utf8"), {
      bom: true,
    }) as string[][];
    assert.equal(ex.length - 1, 22);
  });

  it("a loan id as a file name keeps letters, digits, . _ -", () => {
    assert.equal(fileNamePart('=HYPERLINK("x")'), "_HYPERLINK__x__");
    assert.equal(fileNamePart("../../etc"), "__.._etc");
    assert.equal(fileNamePart("LN-001.a"), "LN-001.a");
  });

  it("a writer that fails leaves no file, and the failure comes back", async () => {
    SHEET_WRITERS.comparison = async (r) => {
      writeFileSync(r.file, "half");
      throw new Error("disk full");
    };
    const out = join(dir, "fail.xlsx");
    await assert.rejects(
      sheetCommand(
        "comparison",
        undefined,
        { loan: "7000100037", output: out },
        options(),
        quiet()
      ),
      /disk full/
    );
    assert.equal(existsSync(out), false);
    assert.deepEqual(
      readdirSync(dir).filter((f) => f.endsWith(".partial")),
      []
    );
  });
});

describe("cli: XLSX tapes through the commands", function () {
  this.timeout(60000);

  it("evaluate reads the worksheet named with --sheet; a missing one is exit 1 naming the sheets", async () => {
    const text = readFileSync(sampleTapePath(), "utf8").split("\r\n").slice(0, 6).join("\r\n");
    const rows = parse(text) as string[][];
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Cover").addRow(["Servicing tape, November"]);
    const ws = wb.addWorksheet("Loans");
    rows.forEach((r) => ws.addRow(r));
    const tape = join(dir, "tape.xlsx");
    await wb.xlsx.writeFile(tape);
    const out = join(dir, "x.csv");
    await evaluateCommand(tape, { output: out }, options({ sheet: "Loans" }), quiet());
    assert.equal((parse(readFileSync(out, "utf8"), { bom: true }) as string[][]).length, 6);
    assert.equal(
      await exitCode(evaluateCommand(tape, { output: out }, options({ sheet: "Tape" }), quiet())),
      1
    );
    await assert.rejects(
      evaluateCommand(tape, { output: out }, options({ sheet: "Tape" }), quiet()),
      /no worksheet named "Tape" \(its worksheets: "Cover", "Loans"\)/
    );
  });

  it("a file that is not a workbook, named .xlsx, is exit 1 in plain words", async () => {
    const bad = join(dir, "bad.xlsx");
    writeFileSync(bad, "loan_id\nA\n");
    assert.equal(
      await exitCode(evaluateCommand(bad, { output: join(dir, "y.csv") }, options(), quiet())),
      1
    );
    assert.equal(existsSync(join(dir, "y.csv")), false);
  });
});

describe("cli: the fields a program requires are checked with the tape", function () {
  this.timeout(60000);

  it("FLEX-2024 without mod_rate: the row is rejected naming the field; the counts still reconcile", async () => {
    const tape = join(dir, "flex.csv");
    writeFileSync(
      tape,
      "loan_id,investor,upb,note_rate,remaining_term,pi_payment,property_value,mod_rate\n" +
        "A,FNMA,200000,0.07,300,1413.56,250000,0.0625\nB,FNMA,200000,0.07,300,1413.56,250000,\n"
    );
    const out = join(dir, "flex-results.csv");
    await evaluateCommand(tape, { output: out }, options({ program: "FLEX-2024" }), quiet());
    const results = parse(readFileSync(out, "utf8"), { bom: true }) as string[][];
    assert.deepEqual(
      results.slice(1).map((r) => r[1]),
      ["A"]
    );
    const ex = parse(readFileSync(join(dir, "flex-results.exceptions.csv"), "utf8"), {
      bom: true,
    }) as string[][];
    assert.deepEqual(
      ex.slice(1).map((r) => [r[0], r[1], r[2]]),
      [["3", "B", "mod_rate"]]
    );
    assert.match(ex[1][4], /^mod_rate is required but missing/);
  });
});
