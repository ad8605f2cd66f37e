/**
 * The report command in this process: what it hands the report's writer (the summary, the per-loan
 * rows and exceptions drawn from their files, the counts), a tape with a row the program cannot
 * evaluate, a failed write that leaves nothing behind, and the files of rows themselves.
 */
import { strict as assert } from "node:assert";
import fc from "fast-check";
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Progress } from "../../src/cli/progress";
import { checkOptions } from "../../src/cli/run-options";
import { CliError } from "../../src/cli/cli-error";
import { reportCommand } from "../../src/cli/commands/report";
import {
  PORTFOLIO_REPORT,
  PortfolioReportInput,
  writePortfolioReport,
} from "../../src/cli/commands/report-output";
import { RowsFile } from "../../src/cli/commands/report-rows";
import type { TableRow } from "../../src/report/model";

let dir: string;
const quiet = () => new Progress({ write: () => true }, true);
const options = (flags = {}) => checkOptions({ quiet: true, ...flags });

before(() => (dir = mkdtempSync(join(tmpdir(), "lm-report-frame-"))));
after(() => {
  rmSync(dir, { recursive: true, force: true });
  PORTFOLIO_REPORT.writer = writePortfolioReport;
});

/** Temporary folders the report command leaves in the system's temporary folder (none). */
const leftovers = () => readdirSync(tmpdir()).filter((f) => f.startsWith("lm-workbench-report-"));

describe("cli: the report frame with a stand-in writer", function () {
  this.timeout(60_000);

  it("hands the writer the summary, every per-loan row and exception from their files, and the counts", async () => {
    const before = leftovers();
    let got: PortfolioReportInput | undefined;
    let perLoan: TableRow[] = [];
    let exceptions: TableRow[] = [];
    PORTFOLIO_REPORT.writer = async (run, file) => {
      got = run;
      perLoan = [...run.perLoan.rows];
      exceptions = [...run.exceptions.rows];
      writeFileSync(file, "report");
    };
    await reportCommand(
      undefined,
      { output: join(dir, "r.xlsx") },
      options({ pmms: "6.23%" }),
      quiet()
    );
    assert.ok(got);
    assert.equal(got.sample, true);
    assert.equal(got.program, "AUTO");
    assert.deepEqual(got.settings, [["--pmms", "6.23%"]]);
    assert.deepEqual(
      { ...got.summary.counts },
      { read: 1010, evaluated: 1000, rejected: 10, blank: 1, notEvaluable: 0, failedCheck: 10 }
    );
    assert.equal(got.perLoan.count, 1000);
    assert.equal(perLoan.length, 1000);
    // The sample's 22 problems, worked out row by row in sample-tape.test.ts.
    assert.equal(got.exceptions.count, 22);
    assert.equal(exceptions.length, 22);
    // Tape order: rows ascending.
    const rows = perLoan.map((r) => r[0] as number);
    assert.deepEqual(
      rows,
      [...rows].sort((a, b) => a - b)
    );
    assert.equal(got.summary.loans.count, 1000);
    assert.deepEqual(leftovers(), before, "the files of rows are removed");
  });

  it("a row the program cannot evaluate is rejected, counted apart from the tape check's", async () => {
    // AUTO needs investor and upb to start; its first option (the repayment plan) needs the rest.
    const tape = join(dir, "short.csv");
    writeFileSync(
      tape,
      [
        "loan_id,investor,property_state,upb,note_rate,remaining_term,pi_payment,escrow_payment,gross_monthly_income,property_value,months_delinquent,next_due_date,as_of_date",
        "A1,PRIVATE,TX,200000,0.075,360,1398.43,250,4000,250000,3,2026-09-01,2026-12-01",
        "A2,PRIVATE,TX,150000,,360,1048.82,250,4000,250000,3,2026-09-01,2026-12-01",
        "A3,PRIVATE,TX,,0.075,360,1398.43,250,4000,250000,3,2026-09-01,2026-12-01",
      ].join("\n")
    );
    let got: PortfolioReportInput | undefined;
    let exceptions: TableRow[] = [];
    PORTFOLIO_REPORT.writer = async (run, file) => {
      got = run;
      exceptions = [...run.exceptions.rows];
      writeFileSync(file, "report");
    };
    await reportCommand(tape, { output: join(dir, "short.xlsx") }, options(), quiet());
    assert.ok(got);
    // A2 lacks note_rate (the plan cannot run): not evaluable; A3 lacks upb: fails the check.
    assert.deepEqual(
      { ...got.summary.counts },
      { read: 3, evaluated: 1, rejected: 2, blank: 0, notEvaluable: 1, failedCheck: 1 }
    );
    assert.deepEqual(
      exceptions.map((r) => [r[0], r[1], r[2]]),
      [
        [3, "A2", "note_rate"],
        [4, "A3", "upb"],
      ]
    );
    assert.match(String(exceptions[0][4]), /^cannot be evaluated under AUTO: /);
  });

  it("a writer that fails: exit 1, no report and no files of rows left", async () => {
    const before = leftovers();
    PORTFOLIO_REPORT.writer = async () => {
      throw new CliError(1, "the disk is full");
    };
    const out = join(dir, "fail.xlsx");
    await assert.rejects(
      reportCommand(undefined, { output: out }, options(), quiet()),
      /the disk is full/
    );
    assert.equal(existsSync(out), false);
    assert.deepEqual(leftovers(), before);
  });

  it("the real writer: the report file, nothing partial left beside it", async () => {
    PORTFOLIO_REPORT.writer = writePortfolioReport;
    const out = join(dir, "real.xlsx");
    await reportCommand(undefined, { output: out }, options(), quiet());
    assert.ok(existsSync(out));
    assert.deepEqual(
      readdirSync(dir).filter((f) => f.includes(".partial")),
      []
    );
  });
});

describe("cli: files of rows", () => {
  it("give back every row written, whatever the read size cuts (lines, multi-byte characters)", () => {
    const cell = fc.oneof(
      fc.string({ unit: "grapheme", maxLength: 12 }),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.boolean(),
      fc.constant(null)
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 40 }),
        fc.integer({ min: 1, max: 64 }),
        (rows, readBytes) => {
          const f = new RowsFile(join(dir, "rows.jsonl"), readBytes);
          f.append(rows);
          f.close();
          assert.equal(f.count, rows.length);
          // -0 travels through JSON as 0.
          const plain = JSON.parse(JSON.stringify(rows));
          assert.deepEqual([...f.read()], plain);
        }
      ),
      { numRuns: 200 }
    );
  });
});
