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
import { TapeRunResult, runTape } from "./tape-run";

const col = (name: string) => RESULT_COLUMNS.findIndex((c) => c.name === name);

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
    // A bad row follows the generated loan it is placed after; the ones before it shift it down.
    const rowOf = (k: number) => BAD_ROWS[k].after + 2 + k;
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
