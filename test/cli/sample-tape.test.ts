import { strict as assert } from "node:assert";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { AUTO } from "../../src/core/rules/auto";
import { INVESTORS } from "../../src/core/record-fields";
import { RESULT_COLUMNS } from "../../src/core/portfolio";
import { csvTape } from "../../src/cli/tape/csv-tape";
import { xlsxTape } from "../../src/cli/tape/xlsx-tape";
import { sampleTapePath } from "../../src/cli/project-files";
import { BAD_ROWS, SAMPLE_HEADERS, sampleTapeRows, tapeCsv } from "../../scripts/make-sample-tape";
import { fieldsNeededBy } from "../../src/core/programs/catalogue";
import { TapeRunResult, runTape } from "./tape-run";
import { expectedProblems } from "./tape-check-oracle";

const col = (name: string) => RESULT_COLUMNS.findIndex((c) => c.name === name);
/** A bad row follows the generated loan it is placed after; the ones before it shift it down. */
const rowOf = (k: number) => BAD_ROWS[k].after + 2 + k;

let csvRun: TapeRunResult;
let dir: string;

before(async function () {
  this.timeout(120000);
  dir = mkdtempSync(join(tmpdir(), "lm-sample-"));
  csvRun = await runTape(csvTape(sampleTapePath()));
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe("cli: the bundled sample tape", () => {
  it("is what the committed seeded script writes", () => {
    assert.equal(readFileSync(sampleTapePath(), "utf8"), tapeCsv(SAMPLE_HEADERS, sampleTapeRows()));
  });

  it("reconciles: 1,010 rows read = 1,000 evaluated + 10 rejected (one blank)", () => {
    assert.deepEqual(csvRun.counts, { read: 1010, evaluated: 1000, rejected: 10, blank: 1 });
    assert.equal(csvRun.rows.length, 1000);
  });

  it("rejects each bad row for its own reason, and both rows of the repeated id", () => {
    const byRow = new Map<number, string[]>();
    for (const i of csvRun.issues) byRow.set(i.row, [...(byRow.get(i.row) ?? []), i.field]);
    const expected: Record<string, string> = {
      "duplicate loan id": "loan_id",
      "blank row": "row",
      "text in a number column": "upb",
      "negative amount": "escrow_payment",
      "absurd rate": "note_rate",
      "impossible date": "next_due_date",
      "extra cell": "row",
      "originated after the as-of date": "origination_date",
      "no investor": "investor",
    };
    BAD_ROWS.forEach((b, k) => assert.equal(byRow.get(rowOf(k))?.[0], expected[b.kind], b.kind));
    assert.equal(byRow.size, 10);
    const dup = csvRun.issues.filter((i) => i.field === "loan_id");
    assert.equal(dup.length, 2, "the repeated id's first row is rejected too");
  });

  it("lists 22 problems on 10 rows: each bad row's own, worked out from the documented reading rules", () => {
    // Every row of the tape as the committed script writes it (row 1 is the header), judged by
    // tape-check-oracle.ts: the reading rules of docs/reading-values.md and the checks of
    // docs/rules/tape-checks.md, with AUTO's required fields and the loan id.
    const rows = sampleTapeRows();
    const holding = new Map<string, number>();
    for (const cells of rows) {
      const id = String(cells[0]).trim();
      if (id) holding.set(id, (holding.get(id) ?? 0) + 1);
    }
    const required = ["loan_id" as const, ...fieldsNeededBy("AUTO")];
    const expected = new Map<number, string[]>();
    rows.forEach((cells, i) => {
      const sharing = (holding.get(String(cells[0]).trim()) ?? 1) - 1;
      const problems = expectedProblems(SAMPLE_HEADERS, cells, required, sharing);
      if (problems.length) expected.set(i + 2, problems);
    });
    const listed = new Map<number, string[]>();
    for (const i of csvRun.issues) listed.set(i.row, [...(listed.get(i.row) ?? []), i.field]);
    for (const fields of listed.values()) fields.sort();
    assert.deepEqual(listed, expected);

    const kinds = Object.fromEntries(BAD_ROWS.map((b, k) => [b.kind, expected.get(rowOf(k))]));
    assert.deepEqual(kinds, {
      // ... and the generated loan that holds the id first gets the same problem: 2 in all.
      "duplicate loan id": ["loan_id"],
      "blank row": ["row"],
      "text in a number column": ["upb"],
      "negative amount": ["escrow_payment"],
      // 72.5% is read (a fraction up to 1) but is above the 25% a mortgage rate can be.
      "absurd rate": ["note_rate"],
      "impossible date": ["next_due_date"],
      // "Walker", "Jr." for one name: 37 cells under 36 headers (1), and from investor on each
      // column reads the cell of the column before it. Refused: investor "Jr.", property_state the
      // investor code, occupancy the state code, origination_date the occupancy, upb a date,
      // note_rate the balance (a bare number above 1), remaining_term the rate (not whole),
      // months_delinquent the late fees (cents), gross_monthly_income a date, prior_modifications
      // a date, hardship_resolved the hardship's words (11). The money columns read the money of
      // their neighbours, next_due_date reads the months delinquent as a date serial, value_date the
      // property value as a serial, mod_rate the PMMS; as_of_date reads the blank last column, so
      // no order of dates can be checked.
      "extra cell": [
        ...["gross_monthly_income", "hardship_resolved", "investor", "months_delinquent"],
        ...["note_rate", "occupancy", "origination_date", "prior_modifications"],
        ...["property_state", "remaining_term", "row", "upb"],
      ],
      // After the as-of date 2026-12-01 and after the loan's next due date.
      "originated after the as-of date": ["origination_date", "origination_date"],
      "no investor": ["investor"],
    });
    // 2 + 1 + 1 + 1 + 1 + 1 + 12 + 2 + 1 = 22 problems, on the 9 bad rows and the repeated id's first row.
    assert.equal(csvRun.issues.length, 22);
    assert.equal(listed.size, 10);
  });

  it("covers every investor and every option of its AUTO order that a complete loan reaches", () => {
    const inv = col("investor");
    const rule = col("rule_set");
    const seen = new Set(csvRun.rows.map((r) => `${r[inv]} ${r[rule]}`));
    // The VA deed-in-lieu included: a VA loan no modification makes affordable, with equity, so the
    // compromise sale is not needed either.
    for (const investor of INVESTORS)
      for (const option of AUTO.params.order[investor])
        assert.ok(seen.has(`${investor} ${option}`), `${investor} ${option}`);
    const programs = new Set(csvRun.rows.map((r) => r[col("program")]));
    assert.ok(programs.has("FHA standalone partial claim"));
    assert.ok(programs.has("FHA combination modification and partial claim"));
  });

  it("has NPV results for most loans and Reg X deadlines within 14 days of its as-of date", () => {
    const withNpv = csvRun.rows.filter((r) => r[col("npv_mod")] !== undefined).length;
    assert.ok(withNpv > 800, `${withNpv}`);
    const soon = csvRun.rows.filter((r) => {
      const d = r[col("acknowledge_by")] as
        { year: number; month: number; day: number } | undefined;
      return d && d.year === 2026 && d.month === 12 && d.day <= 15;
    });
    assert.ok(soon.length > 10, `${soon.length}`);
  });

  it("the same tape as XLSX (numbers, dates and booleans typed as Excel holds them) gives the same results", async function () {
    this.timeout(120000);
    const text = readFileSync(sampleTapePath(), "utf8");
    const lines = (await import("csv-parse/sync")).parse(text, {
      bom: true,
      relax_column_count: true,
    }) as string[][];
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Loans");
    for (const cells of lines) {
      const row = ws.addRow(
        cells.map((c) =>
          /^-?\d+(\.\d+)?$/.test(c)
            ? Number(c)
            : /^\d{4}-\d{2}-\d{2}$/.test(c) &&
                !Number.isNaN(Date.parse(`${c}T00:00:00Z`)) &&
                new Date(`${c}T00:00:00Z`).toISOString().startsWith(c)
              ? new Date(`${c}T00:00:00Z`)
              : c === "TRUE" || c === "FALSE"
                ? c === "TRUE"
                : c
        )
      );
      row.eachCell((cell) => {
        if (cell.value instanceof Date) cell.numFmt = "yyyy-mm-dd";
      });
    }
    const path = join(dir, "sample.xlsx");
    await wb.xlsx.writeFile(path);
    const xlsxRun = await runTape(xlsxTape(path));
    assert.deepEqual(xlsxRun.counts, csvRun.counts);
    assert.deepEqual(xlsxRun.rows, csvRun.rows);
    assert.deepEqual(
      xlsxRun.issues.map((i) => [i.row, i.loanId, i.field]),
      csvRun.issues.map((i) => [i.row, i.loanId, i.field])
    );
  });
});
