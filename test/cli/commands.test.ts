import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { sampleTapePath } from "../../src/cli/project-files";
import { bin, buildCli, lm as lmIn, noStack } from "./sheet-run";

/**
 * The command line as a user runs it: `node bin/lm-workbench.cjs ...` in a child process, from a
 * scratch folder, with its exit code, standard output and standard error.
 */
let dir: string;
const lm = (args: readonly string[]) => lmIn(args, dir);

const csvRows = (text: string) =>
  parse(text, { bom: true, relax_column_count: true }) as string[][];
const write = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

/** The sample's first loan id, read from the file itself. */
const firstSampleId = () => csvRows(readFileSync(sampleTapePath(), "utf8"))[1][0];

const TAPE_HEADER =
  "loan_id,investor,property_state,upb,note_rate,remaining_term,pi_payment,escrow_payment,gross_monthly_income,property_value,months_delinquent,hardship_resolved";
const loanLine = (id: string) =>
  `${id},PRIVATE,TX,200000,0.075,360,1398.43,250,4000,250000,3,FALSE`;

before(function () {
  this.timeout(120000);
  dir = mkdtempSync(join(tmpdir(), "lm-cli-"));
  buildCli();
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe("cli: lm-workbench --help", () => {
  it("lists the commands, the exit codes and a loan id of the sample tape", () => {
    const r = lm(["--help"]);
    assert.equal(r.code, 0);
    for (const c of ["check", "evaluate", "report", "sheet"])
      assert.match(r.out, new RegExp(`\\n  ${c} `));
    assert.match(r.out, new RegExp(`one of its loans is ${firstSampleId()}`));
    assert.match(r.out, /Exit codes: 0 done/);
  });

  for (const command of ["check", "evaluate", "report", "sheet"])
    it(`${command} --help shows its options`, () => {
      const r = lm([command, "--help"]);
      assert.equal(r.code, 0);
      assert.match(r.out, /--as-of <YYYY-MM-DD>/);
      assert.match(r.out, /--pmms <rate>/);
      assert.match(r.out, new RegExp(firstSampleId()));
    });
});

describe("cli: lm-workbench evaluate", function () {
  this.timeout(60000);

  it("without a tape: the sample, said on standard error; CSV on standard output, one row per loan", () => {
    const r = lm(["evaluate"]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /No tape given: reading the bundled sample tape/);
    assert.match(r.err, /1,010 rows read = 1,000 evaluated \+ 10 rejected \(1 of them blank\)/);
    // The sample's 22 problems on 10 rows, worked out row by row in sample-tape.test.ts.
    assert.match(
      r.err,
      /Exceptions \(22 problems on 10 rows\):\n {2}row 14 loan "7000100444": loan_id/
    );
    const rows = csvRows(r.out);
    assert.equal(rows.length, 1001);
    assert.equal(rows[0][0], "row");
    assert.ok(!r.out.startsWith("\uFEFF"), "no byte-order mark on standard output");
    noStack(r);
  });

  it("-o results.csv writes the results and results.exceptions.csv beside them; check lists the same exceptions", () => {
    const r = lm(["evaluate", "-o", "results.csv"]);
    assert.equal(r.code, 0, r.err);
    const results = csvRows(readFileSync(join(dir, "results.csv"), "utf8"));
    const exceptions = readFileSync(join(dir, "results.exceptions.csv"), "utf8");
    assert.equal(results.length, 1001);
    assert.equal(csvRows(exceptions).length, 23, "a header and 22 problems");
    assert.deepEqual(csvRows(exceptions)[0], ["row", "loan_id", "field", "value", "reason"]);
    const c = lm(["check", "-o", "checked.csv"]);
    assert.equal(c.code, 0, c.err);
    assert.equal(readFileSync(join(dir, "checked.csv"), "utf8"), exceptions);
    assert.match(c.err, /1,010 rows read = 1,000 pass \+ 10 rejected/);
    assert.deepEqual(
      readdirSync(dir).filter((f) => f.endsWith(".partial")),
      [],
      "no temporary file left"
    );
  });

  it("-o results.json: one document, the results and the counts", () => {
    // results.exceptions.csv is there from the CSV run: --force replaces it.
    const r = lm(["evaluate", "-q", "--force", "-o", "results.json"]);
    assert.equal(r.code, 0, r.err);
    assert.equal(r.err, "", "--quiet prints nothing");
    const doc = JSON.parse(readFileSync(join(dir, "results.json"), "utf8"));
    assert.equal(doc.sample_tape, true);
    assert.equal(doc.results.length, 1000);
    assert.deepEqual(doc.counts, { read: 1010, evaluated: 1000, rejected: 10, blank: 1 });
    assert.equal(typeof doc.results[0].upb, "number");
  });

  it("worker threads give the same output as one thread", () => {
    assert.equal(lm(["evaluate", "-q", "--workers", "0", "-o", "one.csv"]).code, 0);
    const r = lm(["evaluate", "-q", "--workers", "2", "-o", "two.csv"]);
    assert.equal(r.code, 0, r.err);
    assert.equal(
      readFileSync(join(dir, "two.csv"), "utf8"),
      readFileSync(join(dir, "one.csv"), "utf8")
    );
  });

  it("market settings fill what the tape lacks: --pmms gives an NPV, --as-of the Reg X days; a tape's own column wins", () => {
    const tape = write(
      "settings.csv",
      `${TAPE_HEADER},next_due_date,as_of_date\n${loanLine("A")},2026-09-01,\n${loanLine("B")},2026-09-01,2026-10-01\n`
    );
    const without = csvRows(lm(["evaluate", tape, "-q"]).out);
    const h = without[0];
    assert.equal(without[1][h.indexOf("npv_mod")], "");
    assert.match(without[1][h.indexOf("npv_note")], /pmms is required/);
    const r = lm(["evaluate", tape, "-q", "--pmms", "6%", "--as-of", "2026-12-01"]);
    assert.equal(r.code, 0, r.err);
    const rows = csvRows(r.out);
    assert.equal(
      rows[1][h.indexOf("npv_mod")],
      "135970.72",
      "the README's HAMP-A NPV, with PMMS 6%"
    );
    assert.equal(rows[1][h.indexOf("days_delinquent")], "91", "as of 2026-12-01 (--as-of)");
    assert.equal(
      rows[2][h.indexOf("days_delinquent")],
      "30",
      "as of 2026-10-01 (the tape's own cell)"
    );
  });

  it("-o results.xlsx: a Results sheet openpyxl reads, money as numbers with a number format", () => {
    const r = lm(["evaluate", "-q", "--force", "-o", "results.xlsx"]);
    assert.equal(r.code, 0, r.err);
    const py = spawnSync(
      "/usr/bin/python3",
      [
        "-c",
        `import openpyxl,json,sys
wb=openpyxl.load_workbook(sys.argv[1]); ws=wb["Results"]
h=[c.value for c in ws[1]]; r=[c for c in ws[2]]
print(json.dumps({"rows":ws.max_row,"freeze":ws.freeze_panes,"upb":[r[h.index("upb")].value,r[h.index("upb")].number_format],"date":r[h.index("next_due_date")].number_format,"flag":r[h.index("eligible")].data_type}))`,
        join(dir, "results.xlsx"),
      ],
      { encoding: "utf8" }
    );
    assert.equal(py.status, 0, py.stderr);
    const got = JSON.parse(py.stdout);
    assert.deepEqual(got, {
      rows: 1001,
      freeze: "A2",
      upb: [44522.34, "#,##0.00"],
      date: "yyyy-mm-dd",
      flag: "b",
    });
  });

  it("formula-looking loan ids stay text: prefixed with ' in CSV, plain strings in XLSX; negative numbers are not touched", () => {
    const ids = ['=HYPERLINK("http://example.com","x")', "+1", "-2", "@x"];
    const tape = write(
      "formula.csv",
      [
        TAPE_HEADER + ",PMMS",
        ...ids.map((id) => `"${id.replace(/"/g, '""')}"${loanLine("").slice(0)},0.06`),
      ].join("\n") + "\n"
    );
    const r = lm(["evaluate", tape, "-q", "-o", "f.csv"]);
    assert.equal(r.code, 0, r.err);
    const rows = csvRows(readFileSync(join(dir, "f.csv"), "utf8"));
    const h = rows[0];
    assert.deepEqual(
      rows.slice(1).map((x) => x[h.indexOf("loan_id")]),
      ids.map((id) => `'${id}`)
    );
    assert.match(
      rows[1][h.indexOf("npv_benefit")],
      /^-\d+\.\d\d$/,
      "a negative amount stays a number"
    );
    // f.exceptions.csv is there from the CSV run: --force replaces it.
    assert.equal(lm(["evaluate", tape, "-q", "--force", "-o", "f.xlsx"]).code, 0);
    const py = spawnSync(
      "/usr/bin/python3",
      [
        "-c",
        `import openpyxl,json,sys
ws=openpyxl.load_workbook(sys.argv[1])["Results"]
print(json.dumps([[ws.cell(row=i,column=2).value,ws.cell(row=i,column=2).data_type] for i in range(2,6)]))`,
        join(dir, "f.xlsx"),
      ],
      { encoding: "utf8" }
    );
    assert.equal(py.status, 0, py.stderr);
    assert.deepEqual(
      JSON.parse(py.stdout),
      ids.map((id) => [id, "s"])
    );
  });

  it("a header row with no loan_id column: exit 1, the problem named, nothing written", () => {
    const tape = write("noid.csv", "investor,upb\nFNMA,1000\n");
    const r = lm(["evaluate", tape, "-o", "noid-results.csv"]);
    assert.equal(r.code, 1);
    assert.match(
      r.err,
      /its header row \(row 1\) has problems\n {2}field loan_id: no column gives loan_id/
    );
    assert.equal(existsSync(join(dir, "noid-results.csv")), false);
    assert.equal(existsSync(join(dir, "noid-results.exceptions.csv")), false);
    noStack(r);
    const c = lm(["check", tape, "-o", "noid-ex.csv"]);
    assert.equal(c.code, 1, "check lists the problems, then says the tape cannot be used");
    assert.match(readFileSync(join(dir, "noid-ex.csv"), "utf8"), /no column gives loan_id/);
  });

  it("usage errors exit 2, input errors exit 1, in plain words", () => {
    const cases: [string[], number, RegExp][] = [
      [
        ["evaluate", "no-such-tape.csv"],
        1,
        /cannot read the tape "no-such-tape.csv": there is no such file/,
      ],
      [["evaluate", "--bogus"], 2, /unknown option '--bogus'/],
      [["evaluate", "--program", "FLEX-2099"], 2, /is not a program; use one of AUTO/],
      [["evaluate", "--as-of", "2026-02-30"], 2, /--as-of: "2026-02-30" is not a date/],
      [["evaluate", "--pmms", "6.23"], 2, /--pmms: "6.23" looks like a percent/],
      [["evaluate", "--npv", "spread"], 2, /write name=value/],
      [["evaluate", "-o", "results.txt"], 2, /write results to a \.csv, \.json or \.xlsx file/],
      [
        ["evaluate", "-o", "no/such/folder/r.csv"],
        1,
        /the folder "no\/such\/folder" does not exist/,
      ],
      [["evaluate", "--workers", "-1"], 2, /--workers/],
      [["frobnicate"], 2, /unknown command 'frobnicate'/],
    ];
    for (const [args, code, message] of cases) {
      const r = lm(args);
      assert.equal(r.code, code, `${args.join(" ")}: ${r.err}`);
      assert.match(r.err, message, args.join(" "));
      noStack(r);
    }
  });

  it("standard output closed early (| head -1) ends the run quietly", () => {
    const r = spawnSync(
      "bash",
      ["-c", `node ${JSON.stringify(bin)} evaluate -q | head -1; exit \${PIPESTATUS[0]}`],
      { cwd: dir, encoding: "utf8" }
    );
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout.split("\n")[0].split(",")[0], "row");
    assert.equal(r.stderr, "");
    const help = spawnSync(
      "bash",
      ["-c", `node ${JSON.stringify(bin)} --help | head -1; exit \${PIPESTATUS[0]}`],
      {
        cwd: dir,
        encoding: "utf8",
      }
    );
    assert.equal(help.status, 0, help.stderr);
    assert.equal(help.stderr, "");
  });
});

describe("cli: lm-workbench report (the frame)", function () {
  this.timeout(60000);

  it("report: a missing tape is exit 1, an output other than .xlsx exit 2; nothing written", () => {
    const r = lm(["report", "none.csv"]);
    assert.equal(r.code, 1);
    assert.match(r.err, /no such file/);
    assert.equal(lm(["report", "-o", "r.pdf"]).code, 2);
    assert.equal(existsSync(join(dir, "portfolio-report.xlsx")), false);
  });
});
