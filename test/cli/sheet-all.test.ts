import { strict as assert } from "node:assert";
import { execFileSync, spawn } from "node:child_process";
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createHash } from "node:crypto";
import { parse } from "csv-parse/sync";
import { flatText, printToPdf } from "../report/readers";
import {
  bin,
  buildCli,
  csvCell,
  lm,
  lmWithFileLimit,
  noStack,
  readSheet,
  rightOf,
  writeTape,
} from "./sheet-run";

/**
 * `lm-workbench sheet <kind> --all -o <folder>`: one file per loan, named by kind and loan id and
 * safe whatever the id holds; the loans the document cannot be made for and the rows that fail
 * their check listed with the reason; the bundled sample tape; files that exist kept unless
 * --force; the files of one run opened by LibreOffice in one start.
 */
let dir: string;
const run = (args: readonly string[]) => lm(args, dir);
const csv = (file: string) =>
  parse(readFileSync(file, "utf8"), { bom: true, relax_column_count: true }) as string[][];

const HEADER =
  "loan_id,borrower_name,investor,property_state,upb,note_rate,remaining_term,pi_payment,escrow_payment,gross_monthly_income,property_value,months_delinquent,next_due_date,hardship_resolved,application_complete_date";
/** The published REPAYPLAN case: 3 × (1,200.00 + 300.00) = 4,500.00 in 6 installments of 2,250.00. */
const line = (id: string, months = 3, upb = "180000") =>
  `${csvCell(id)},Jordan Sample,FNMA,OH,${upb},0.065,300,1200,300,6000,260000,${months},2026-08-01,TRUE,2026-10-12`;

/** Ids a file name cannot hold as they are: formulas, paths, a drive, a space; two differing in case. */
const ODD_IDS = [
  '=HYPERLINK("http://example.com","x")',
  "+1",
  "-2",
  "@A1",
  "../../outside",
  "a/b",
  "C:loan",
  "LN 7",
  "ab-1",
  "AB-1",
];

before(function () {
  this.timeout(120000);
  dir = mkdtempSync(join(tmpdir(), "lm-sheet-all-"));
  buildCli();
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe("cli: sheet --all over a small tape", function () {
  this.timeout(180000);
  let tape: string;
  let folder: string;
  let first: ReturnType<typeof run>;
  /** `sheet repayment-plan small.csv --all --as-of 2026-11-02 -o plans [extra...]`. */
  const allPlans = (...extra: string[]) =>
    run([
      "sheet",
      "repayment-plan",
      tape,
      "--all",
      "--as-of",
      "2026-11-02",
      "-o",
      "plans",
      ...extra,
    ]);

  before(() => {
    tape = writeTape(dir, "small.csv", [
      HEADER,
      line("RP-6"),
      line("CUR-1", 0), // current: no arrears, no repayment plan
      line("BAD-1", 3, "see notes"), // fails its check
      ...ODD_IDS.map((id) => line(id)),
    ]);
    folder = join(dir, "plans");
    first = allPlans();
  });

  it("one file per loan it can be made for; the counts reconcile", () => {
    assert.equal(first.code, 0, first.err);
    noStack(first);
    assert.match(first.err, /13 rows read = 11 written \+ 1 not made \+ 1 rejected\./);
    const files = readdirSync(folder).filter((f) => f.endsWith(".xlsx"));
    assert.equal(files.length, 11);
    assert.ok(files.includes("repayment-plan-RP-6.xlsx"), files.join(", "));
    assert.deepEqual(
      readdirSync(folder)
        .filter((f) => !f.endsWith(".xlsx"))
        .sort(),
      ["repayment-plan-exceptions.csv", "repayment-plan-not-made.csv"]
    );
  });

  it("names stay in the folder, valid everywhere, one per loan even ignoring case", () => {
    const files = readdirSync(folder).filter((f) => f.endsWith(".xlsx"));
    for (const f of files) {
      assert.match(f, /^repayment-plan-[A-Za-z0-9_][A-Za-z0-9._-]*\.xlsx$/);
      assert.ok(statSync(join(folder, f)).isFile());
    }
    assert.equal(new Set(files.map((f) => f.toLowerCase())).size, files.length);
    assert.deepEqual(readdirSync(dir).sort(), ["plans", "small.csv"], "nothing outside the folder");
    // Every name whose id was changed, and both ids differing only in case, end in 8 hex digits
    // of the id's SHA-256; the rest is the id with anything but letters, digits, . _ - made _.
    const fp = (id: string) => createHash("sha256").update(id).digest("hex").slice(0, 8);
    for (const [id, part] of [
      ['=HYPERLINK("http://example.com","x")', "_HYPERLINK__http___example.com___x__"],
      ["-2", "_2"],
      ["../../outside", "_._.._outside"],
      ["a/b", "a_b"],
      ["C:loan", "C_loan"],
      ["LN 7", "LN_7"],
      ["ab-1", "ab-1"],
      ["AB-1", "AB-1"],
    ])
      assert.ok(
        files.includes(`repayment-plan-${part}-${fp(id)}.xlsx`),
        `${id}: ${files.join(", ")}`
      );
  });

  it("each file holds its loan's id as text, and the plan worked out by hand", () => {
    const ids = new Map<string, string>();
    for (const f of readdirSync(folder).filter((x) => x.endsWith(".xlsx"))) {
      const s = readSheet(join(folder, f));
      const id = rightOf(s, "loan_id")[0];
      assert.equal(id.t, "s", `${f}: the id is text`);
      ids.set(String(id.v), f);
      assert.equal(rightOf(s, "Total past due to repay")[0].v, 4500, f);
      assert.equal(rightOf(s, "Plan length")[0].v, 6, f);
      assert.equal(rightOf(s, /^Installment/)[0].v, 2250, f);
    }
    assert.deepEqual([...ids.keys()].sort(), ["RP-6", ...ODD_IDS].sort());
  });

  it("the loan the document cannot be made for is listed with the reason, on standard error and in <kind>-not-made.csv", () => {
    assert.match(
      first.err,
      /Not made \(the repayment plan agreement cannot be made for 1 loan\):\n {2}row 3 loan "CUR-1": loan CUR-1 has no arrears to repay/
    );
    const rows = csv(join(folder, "repayment-plan-not-made.csv"));
    assert.deepEqual(rows[0], ["row", "loan_id", "field", "value", "reason"]);
    assert.equal(rows.length, 2);
    assert.deepEqual(rows[1].slice(0, 3), ["3", "CUR-1", "months_delinquent"]);
    assert.match(rows[1][4], /has no arrears to repay/);
  });

  it("the row that fails its check is in <kind>-exceptions.csv with field, value and reason", () => {
    const rows = csv(join(folder, "repayment-plan-exceptions.csv"));
    assert.equal(rows.length, 2);
    assert.deepEqual(rows[1].slice(0, 4), ["4", "BAD-1", "upb", "see notes"]);
    assert.match(rows[1][4], /is not an amount of money/);
  });

  it("a second run keeps every file (exit 1, the rule stated); --force replaces them", () => {
    const before = statSync(join(folder, "repayment-plan-RP-6.xlsx")).mtimeMs;
    const again = allPlans();
    assert.equal(again.code, 1);
    assert.match(
      again.err,
      /13 of the files this run would write exist in "plans", so nothing is written: an existing file is never replaced unless --force is given/
    );
    assert.equal(statSync(join(folder, "repayment-plan-RP-6.xlsx")).mtimeMs, before);
    const forced = allPlans("--force");
    assert.equal(forced.code, 0, forced.err);
    assert.equal(readdirSync(folder).length, 13);
  });

  it("LibreOffice opens every file of the run, in one start; the pages show the plan", () => {
    const files = readdirSync(folder)
      .filter((f) => f.endsWith(".xlsx"))
      .map((f) => join(folder, f));
    const pdfs = printToPdf(files, join(dir, "pdf"));
    assert.equal(pdfs.length, files.length);
    const rp6 = flatText(pdfs[files.findIndex((f) => f.endsWith("repayment-plan-RP-6.xlsx"))]);
    assert.match(rp6, /Loan RP-6 · Jordan Sample/);
    assert.match(rp6, /2,250\.00/);
    const formula = flatText(pdfs[files.findIndex((f) => f.includes("HYPERLINK"))]);
    assert.match(formula, /Loan =HYPERLINK\("http:\/\/example\.com","x"\)/);
    rmSync(join(dir, "pdf"), { recursive: true, force: true });
  });

  it("a write that fails stops the run (exit 1): no partial file, no lists", () => {
    const r = lmWithFileLimit(
      ["sheet", "comparison", tape, "--all", "--as-of", "2026-11-02", "-o", "limited"],
      dir,
      4
    );
    assert.equal(r.code, 1, r.err);
    assert.match(r.err, /cannot write "limited\/comparison-/);
    noStack(r);
    assert.deepEqual(readdirSync(join(dir, "limited")), []);
  });

  it("-o naming a file is exit 1; --all with a bad option value is exit 2", () => {
    writeFileSync(join(dir, "afile"), "");
    const r = run(["sheet", "comparison", tape, "--all", "-o", "afile"]);
    assert.equal(r.code, 1);
    assert.match(r.err, /--all writes one file per loan into a folder, and this is a file/);
    const bad = run(["sheet", "short-sale", tape, "--all", "--sale-price", "lots", "-o", "x"]);
    assert.equal(bad.code, 2);
    assert.match(bad.err, /--sale-price "lots": "lots" is not an amount of money/);
  });
});

describe("cli: sheet --all interrupted", function () {
  this.timeout(120000);

  it("Ctrl-C mid-run: exit 130, every file left is whole, no partial file, no lists", async () => {
    const folder = join(dir, "interrupted");
    const child = spawn(
      process.execPath,
      [bin, "sheet", "comparison", "--all", "-o", folder, "-q"],
      {
        cwd: dir,
        stdio: ["ignore", "ignore", "pipe"],
      }
    );
    let err = "";
    child.stderr.on("data", (b: Buffer) => (err += b.toString()));
    const exited = new Promise<number | null>((resolve) =>
      child.on("exit", (code) => resolve(code))
    );
    // Interrupted once a few worksheets are written, while the next ones are in progress.
    for (let i = 0; i < 600; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      if (existsSync(folder) && readdirSync(folder).filter((f) => f.endsWith(".xlsx")).length >= 5)
        break;
    }
    child.kill("SIGINT");
    assert.equal(await exited, 130, err);
    assert.match(err, /stopped \(SIGINT\); no partial file is left/);
    const left = readdirSync(folder);
    assert.ok(left.length >= 5 && left.length < 1000, `${left.length} files`);
    assert.deepEqual(
      left.filter((f) => !/^comparison-\d+\.xlsx$/.test(f)),
      []
    );
    const broken = execFileSync(
      "/usr/bin/python3",
      [
        "-c",
        "import sys,zipfile\nfor f in sys.argv[1:]:\n  z=zipfile.ZipFile(f)\n  assert z.testzip() is None, f",
        ...left.map((f) => join(folder, f)),
      ],
      { encoding: "utf8" }
    );
    assert.equal(broken, "");
  });
});

describe("cli: sheet --all over the bundled sample tape", function () {
  this.timeout(300000);

  it("says it reads the sample; one evaluation notice per accepted loan, the rejected rows listed", () => {
    const r = run(["sheet", "evaluation-notice", "--all", "-o", "notices"]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /No tape given: reading the bundled sample tape/);
    assert.match(
      r.err,
      /1,010 rows read = 1,000 written \+ 0 not made \+ 10 rejected \(1 of them blank\)\./
    );
    const folder = join(dir, "notices");
    const files = readdirSync(folder).filter((f) => f.endsWith(".xlsx"));
    assert.equal(files.length, 1000);
    // The same 22 problems on 10 rows that `evaluate` lists for the sample (sample-tape.test.ts
    // works them out row by row).
    assert.equal(csv(join(folder, "evaluation-notice-exceptions.csv")).length, 1 + 22);
    assert.equal(csv(join(folder, "evaluation-notice-not-made.csv")).length, 1);
    const s = readSheet(join(folder, "evaluation-notice-7000100000.xlsx"));
    assert.equal(s.name, "Evaluation Notice 7000100000");
  });
});
