import { strict as assert } from "node:assert";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { parse } from "csv-parse/sync";
import { Progress } from "../../src/cli/progress";
import { checkOptions } from "../../src/cli/run-options";
import { CliError } from "../../src/cli/cli-error";
import { evaluateCommand } from "../../src/cli/commands/evaluate";
import { sampleTapePath } from "../../src/cli/project-files";

/**
 * The commands run in this process on small tapes: XLSX tapes read with --sheet, a file that is not
 * a workbook, and the fields a program requires checked with the tape. (The report's frame:
 * test/cli/report-frame.test.ts; the sheet command: test/cli/sheet.test.ts.)
 */
let dir: string;
const quiet = () => new Progress({ write: () => true }, true);
const options = (flags = {}) => checkOptions({ quiet: true, ...flags });

before(() => (dir = mkdtempSync(join(tmpdir(), "lm-frames-"))));
after(() => {
  rmSync(dir, { recursive: true, force: true });
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
    const missing = join(dir, "x-missing.csv");
    assert.equal(
      await exitCode(
        evaluateCommand(tape, { output: missing }, options({ sheet: "Tape" }), quiet())
      ),
      1
    );
    await assert.rejects(
      evaluateCommand(tape, { output: missing }, options({ sheet: "Tape" }), quiet()),
      /no worksheet named "Tape" \(its worksheets: "Cover", "Loans"\)/
    );
    assert.equal(existsSync(missing), false);
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
