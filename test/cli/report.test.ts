/**
 * `lm-workbench report` for the bundled sample tape, as a user runs it (the bundled command line in a
 * child process), opened by openpyxl and printed by LibreOffice headless. Every summary figure is
 * recomputed here from the Per-loan results sheet as openpyxl reads it back, with the published
 * buckets stated below, never from the report's own summary code.
 */
import { strict as assert } from "node:assert";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { CATALOGUE } from "../../src/core/programs/catalogue";
import { LOAN_LABEL_COLUMNS, RESULT_COLUMNS } from "../../src/core/portfolio";
import { sampleTapePath } from "../../src/cli/project-files";
import {
  ReadBook,
  pdfPageSizes,
  printToPdf,
  readXlsx,
  renderPages,
  sheetNamed,
  RESULTS,
} from "../report/readers";
import { ReadTableRows, Value, cents, tableNamed } from "../report/portfolio/read-tables";
import { buildCli, lm } from "./sheet-run";

/** MBA's 30/60/90 days and Reg X's 120 (docs/rules/portfolio-metrics.md). */
const BUCKETS: [string, number][] = [
  ["Current (under 30 days)", 0],
  ["30-59 days", 30],
  ["60-89 days", 60],
  ["90-119 days", 90],
  ["120 days or more", 120],
];
const bucketOf = (days: number) => [...BUCKETS].reverse().find(([, from]) => days >= from)![0];
/** The programs whose NPV role is the investor's modification, from the program descriptors. */
const MODIFICATIONS = new Set(CATALOGUE.filter((d) => d.npv === "modification").map((d) => d.id));

type Loan = Record<string, Value>;

function groupBy(loans: readonly Loan[], key: (l: Loan) => string): Map<string, [number, number]> {
  const out = new Map<string, [number, number]>();
  for (const l of loans) {
    const k = key(l);
    const [n, u] = out.get(k) ?? [0, 0];
    out.set(k, [n + 1, u + cents(l.upb)]);
  }
  return out;
}

/** A summary table's lines with loans, as label → [loans, UPB cents]. */
function lines(t: ReadTableRows, label: string): Map<string, [number, number]> {
  return new Map(
    t.rows
      .filter((r) => Number(r.Loans) > 0)
      .map((r) => [String(r[label]), [Number(r.Loans), cents(r.UPB)]])
  );
}

const workoutOf = (l: Loan) =>
  l.offerable === true ? `${String(l.program)} (${String(l.rule_set)})` : "No workout";
/** The investor's modification program recommended (the option the NPV test values). */
const npvOption = (l: Loan) => l.offerable === true && MODIFICATIONS.has(String(l.rule_set));
/** ... and it changes the note: capitalizes, changes the rate, extends the term or defers principal. */
const isModification = (l: Loan) =>
  npvOption(l) &&
  (Number(l.capitalized_upb) > Number(l.upb) ||
    Number(l.new_rate) !== Number(l.note_rate) ||
    Number(l.new_term) > Number(l.remaining_term) ||
    Number(l.forbearance) > 0);

describe("cli: lm-workbench report on the sample tape, read back", function () {
  this.timeout(240_000);
  let dir: string;
  let file: string;
  let book: ReadBook;
  let loans: Loan[];
  let stderr: string;

  before(() => {
    dir = mkdtempSync(join(tmpdir(), "lm-report-"));
    buildCli();
    file = join(dir, "report.xlsx");
    const r = lm(["report", "-o", file], dir);
    stderr = r.err;
    assert.equal(r.code, 0, r.err);
    book = readXlsx(file, 1_100);
    loans = [...tableNamed(book, "PerLoanResults").rows];
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("says what it read and wrote; the counts reconcile (rejected rows are no failure)", () => {
    assert.match(stderr, /No tape given: reading the bundled sample tape/);
    assert.match(stderr, /1,010 rows read = 1,000 evaluated \+ 10 rejected \(1 of them blank\)\./);
    // The sample's 22 problems on 10 rows, worked out row by row in sample-tape.test.ts.
    assert.match(stderr, /Report: .*report\.xlsx \(1,000 loans; 22 problems on 10 rejected rows/);
    assert.deepEqual(book.package, []);
  });

  it("holds every sheet, in order, with its tables and both charts", () => {
    assert.deepEqual(
      book.sheets.map((s) => s.name),
      [
        "Summary",
        "Breakdowns",
        "Modification characteristics",
        "Reg X calendar",
        "Per-loan results",
        "Exceptions",
      ]
    );
    const charts = sheetNamed(book, "Summary").charts;
    assert.deepEqual(
      charts.map((c) => [c.type, c.title]),
      [
        ["barChart", "Loans by days delinquent"],
        ["barChart", "Workout mix (loans)"],
      ]
    );
    assert.deepEqual(
      charts.map((c) => c.direction),
      ["col", "bar"]
    );
    // Both count loans: the Loans column (B) of their tables.
    for (const c of charts)
      assert.match(c.series[0].values ?? "", /^'?Summary'?!\$B\$\d+:\$B\$\d+$/);
  });

  it("the per-loan sheet: every result column, one row per evaluated loan, money, percent and date formats", () => {
    const t = tableNamed(book, "PerLoanResults");
    assert.equal(loans.length, 1000);
    const tape = parse(readFileSync(sampleTapePath(), "utf8"), {
      bom: true,
      relax_column_count: true,
    }) as string[][];
    assert.deepEqual(t.headers, [...RESULT_COLUMNS.map((c) => c.name), ...LOAN_LABEL_COLUMNS]);
    const cells = t.sheet.cells;
    assert.equal(cells.F2.f, "#,##0.00"); // upb
    assert.equal(cells.G2.f, "0.000%"); // note_rate
    assert.equal(cells.L2.f, "yyyy-mm-dd"); // next_due_date
    // The first loan's UPB as the tape gives it, to the cent.
    const first = tape[1];
    assert.equal(cents(loans[0].upb), Math.round(Number(first[tape[0].indexOf("upb")]) * 100));
  });

  it("key figures and delinquency buckets: counts and UPB equal the per-loan rows' sums", () => {
    const total = loans.reduce((n, l) => n + cents(l.upb), 0);
    const dq = tableNamed(book, "DelinquencyBuckets");
    const expected = groupBy(loans, (l) => bucketOf(Number(l.days_delinquent)));
    for (const [label] of BUCKETS)
      assert.deepEqual(
        lines(dq, "Days delinquent").get(label),
        expected.get(label) ?? [0, 0],
        label
      );
    // The totals row adds the rows up in Excel (openpyxl reads its formula, not a cached value).
    assert.equal(dq.totals?.Loans, "=SUBTOTAL(109,DelinquencyBuckets[Loans])");
    assert.equal(dq.totals?.UPB, "=SUBTOTAL(109,DelinquencyBuckets[UPB])");
    const summary = sheetNamed(book, "Summary").cells;
    const key = Object.values(summary).find((c) => c.v === "Loans evaluated");
    assert.ok(key);
    assert.ok(
      Object.values(summary).some(
        (c) => typeof c.v === "number" && Math.round(c.v * 100) === total
      ),
      "the key figures' UPB"
    );
  });

  it("recommended workouts by count and UPB equal the per-loan rows' workouts", () => {
    const w = tableNamed(book, "Workouts");
    assert.deepEqual(lines(w, "Recommended workout"), groupBy(loans, workoutOf));
  });

  it("breakdowns by investor, state and bucket equal the per-loan rows grouped", () => {
    const byInvestor = tableNamed(book, "ByInvestor");
    assert.deepEqual(
      lines(byInvestor, "Investor"),
      groupBy(loans, (l) => String(l.investor))
    );
    const byState = tableNamed(book, "ByState");
    assert.deepEqual(
      lines(byState, "State"),
      groupBy(loans, (l) => String(l.property_state))
    );
    for (const r of byInvestor.rows) {
      const mine = loans.filter((l) => l.investor === r.Investor);
      assert.equal(
        r["Delinquent 90 days or more"],
        mine.filter((l) => Number(l.days_delinquent) >= 90).length
      );
      assert.equal(r.Modification, mine.filter(isModification).length);
    }
    const byBucket = tableNamed(book, "ByDelinquency");
    assert.deepEqual(
      lines(byBucket, "Days delinquent"),
      groupBy(loans, (l) => bucketOf(Number(l.days_delinquent)))
    );
  });

  it("the NPV benefit sums npv_benefit over the recommended options the NPV test valued", () => {
    const valued = loans.filter(
      (l) => npvOption(l) && l.npv_benefit !== null && l.mod_program === l.rule_set
    );
    const benefit = valued.reduce((n, l) => n + cents(l.npv_benefit), 0);
    const cells = Object.values(sheetNamed(book, "Summary").cells);
    assert.ok(
      cells.some((c) => typeof c.v === "number" && Math.round(c.v * 100) === benefit),
      `the NPV benefit ${benefit / 100}`
    );
    assert.ok(valued.length > 0);
  });

  it("modification characteristics and the OCC payment-change buckets equal the per-loan rows'", () => {
    const mods = loans.filter(isModification);
    const changes = tableNamed(book, "ModificationChanges");
    const count = (f: (l: Loan) => boolean) => mods.filter(f).length;
    const n = (v: Value) => Number(v);
    const expected: Record<string, number> = {
      "Capitalization of arrears": count((l) => n(l.capitalized_upb) > n(l.upb)),
      "Rate reduced": count((l) => n(l.new_rate) < n(l.note_rate)),
      "Rate increased": count((l) => n(l.new_rate) > n(l.note_rate)),
      "Term extended": count((l) => n(l.new_term) > n(l.remaining_term)),
      "Principal forbearance": count((l) => n(l.forbearance) > 0),
      "Partial claim": count((l) => n(l.partial_claim) > 0),
    };
    assert.deepEqual(Object.fromEntries(changes.rows.map((r) => [r.Change, r.Loans])), expected);
    // OCC: up, same, down under 10%, 10% to under 20%, 20% or more, on whole cents.
    const bucket = (l: Loan) => {
      const before = cents(l.pi_payment);
      const after = cents(l.new_pi);
      if (after > before) return "Increased";
      if (after === before) return "Unchanged";
      const drop = before - after;
      return drop * 10 < before
        ? "Decreased less than 10%"
        : drop * 5 < before
          ? "Decreased 10% to less than 20%"
          : "Decreased 20% or more";
    };
    assert.deepEqual(lines(tableNamed(book, "PaymentChange"), "P&I change"), groupBy(mods, bucket));
  });

  it("the Reg X calendar: every deadline from the as-of date to 14 days after, soonest first", () => {
    const day = (v: Value) =>
      typeof v === "string" ? Date.parse(v.slice(0, 10)) / 86_400_000 : NaN;
    const expected: [number, string][] = [];
    for (const l of loans) {
      const asOf = day(l.as_of_date);
      const dates: Value[] = [
        l.live_contact_by,
        l.written_notice_by,
        l.acknowledge_by,
        l.evaluate_by,
      ];
      const accept =
        l.offerable === true && l.acceptance_days !== null ? asOf + Number(l.acceptance_days) : NaN;
      for (const d of [...dates.map(day), accept, day(l.first_filing_from)])
        if (d - asOf >= 0 && d - asOf <= 14) expected.push([d, String(l.loan_id)]);
    }
    const cal = tableNamed(book, "RegXCalendar");
    // The calendar sheet is read to its first 1,100 rows: enough for the sample's entries.
    assert.equal(cal.rows.length, expected.length);
    const got = cal.rows.map((r): [number, string] => [day(r.Date), String(r["Loan id"])]);
    assert.deepEqual([...got].sort(), [...expected].sort());
    assert.deepEqual(
      got.map(([d]) => d),
      [...got.map(([d]) => d)].sort((a, b) => a - b),
      "soonest first"
    );
  });

  it("the Exceptions sheet lists every problem of the 10 rejected rows; rows read = evaluated + rejected", () => {
    const x = tableNamed(book, "Exceptions");
    assert.deepEqual(x.headers, ["Row", "Loan id", "Field", "Value", "Reason"]);
    assert.equal(x.rows.length, 22); // as sample-tape.test.ts works them out
    const rejected = new Set(x.rows.map((r) => r.Row));
    assert.equal(rejected.size, 10);
    assert.equal(loans.length + rejected.size, 1010);
    assert.ok(x.rows.some((r) => r.Field === "upb" && r.Value === "see servicing notes"));
    for (const r of x.rows)
      assert.ok(!loans.some((l) => l.row === r.Row), `row ${r.Row} rejected and evaluated`);
  });

  it("LibreOffice opens and prints it: the summary in words and figures, portrait pages", () => {
    const [pdf] = printToPdf([file], join(RESULTS, "portfolio"));
    // The first pages (the summary); the per-loan sheet prints to hundreds more.
    const text = execFileSync("pdftotext", ["-layout", "-f", "1", "-l", "3", pdf, "-"], {
      encoding: "utf8",
    }).replace(/[ \t]+/g, " ");
    assert.match(text, /Portfolio report/);
    assert.match(text, /1,010 rows read = 1,000 evaluated \+ 10 rejected/);
    const [w, h] = pdfPageSizes(pdf)[0];
    assert.ok(h > w, "the summary prints portrait");
    assert.ok(renderPages(pdf, 3).length === 3);
    assert.ok(existsSync(pdf));
  });
});
