/**
 * The portfolio report's sheet model: tables longer than a sheet spread over further sheets from one
 * iterable drawn once; a tape with no loan evaluated still makes a sound report; and the sample's
 * report through the Office.js writer (the stand-in Excel): new sheets, native charts, tables, a
 * constant handful of syncs, and nothing left when the user cancels.
 */
import { strict as assert } from "node:assert";
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { sampleTapePath } from "../../../src/cli/project-files";
import { TableRow, prepareWorkbook, NumberFormats } from "../../../src/report/model";
import { writeWorkbookModel } from "../../../src/report/office";
import {
  PortfolioReportInput,
  dataSheets,
  portfolioReport,
  runTable,
} from "../../../src/report/portfolio";
import { ExcelStandIn, officeGlobal } from "../office-mock";
import { readXlsx, sheetNamed, writeTemp } from "../readers";
import { tableNamed } from "./read-tables";

function sampleInput(): PortfolioReportInput {
  const [headers, ...rows] = parse(readFileSync(sampleTapePath(), "utf8"), {
    bom: true,
    relax_column_count: true,
  }) as string[][];
  const run = runTable(headers, rows);
  assert.ok(run.ok);
  const r = run.value;
  return {
    summary: r.summary,
    tape: "sample-tape.csv",
    sample: true,
    program: "AUTO",
    settings: [],
    perLoan: { rows: r.perLoan, count: r.perLoan.length },
    exceptions: { rows: r.exceptions, count: r.exceptions.length },
  };
}

describe("report/portfolio: the report's sheet model", function () {
  this.timeout(120_000);

  it("spreads a table over sheets of at most N rows, drawing its iterable once, in order", async () => {
    let drawn = 0;
    const rows: Iterable<TableRow> = {
      *[Symbol.iterator]() {
        drawn++;
        for (let i = 1; i <= 7; i++) yield [i, `L${i}`];
      },
    };
    const sheets = dataSheets({
      name: "Per-loan results",
      table: "PerLoanResults",
      columns: [{ header: "row", format: NumberFormats.whole }, { header: "loan_id" }],
      widths: [8, 12],
      data: { rows, count: 7 },
      rowsPerSheet: 3,
    });
    assert.deepEqual(
      sheets.map((s) => s.name),
      ["Per-loan results 1", "Per-loan results 2", "Per-loan results 3"]
    );
    const file = await writeTemp({ sheets }, "portfolio-split");
    assert.equal(drawn, 1);
    const book = readXlsx(file);
    assert.deepEqual(
      [1, 2, 3].map((k) => tableNamed(book, `PerLoanResults${k}`).rows.map((r) => r.row)),
      [[1, 2, 3], [4, 5, 6], [7]]
    );
  });

  it("a tape whose every row is rejected: a sound report, zeros, the exceptions listed", async () => {
    const run = runTable(
      ["loan_id", "investor", "upb"],
      [
        ["A", "FNMA", "abc"],
        ["", "", ""],
      ]
    );
    assert.ok(run.ok);
    const r = run.value;
    assert.deepEqual(
      { ...r.summary.counts },
      { read: 2, evaluated: 0, rejected: 2, blank: 1, notEvaluable: 0, failedCheck: 2 }
    );
    const model = portfolioReport({
      summary: r.summary,
      tape: "empty.csv",
      program: "AUTO",
      settings: [["--as-of", "2026-12-01"]],
      asOf: { year: 2026, month: 12, day: 1 },
      perLoan: { rows: r.perLoan, count: 0 },
      exceptions: { rows: r.exceptions, count: r.exceptions.length },
    });
    assert.ok(prepareWorkbook(model).ok);
    const book = readXlsx(await writeTemp(model, "portfolio-empty"));
    assert.deepEqual(book.package, []);
    const text = Object.values(sheetNamed(book, "Summary").cells).map((c) => String(c.v));
    assert.ok(text.some((t) => t.includes("2 rows read = 0 evaluated + 2 rejected")));
    assert.ok(text.includes("empty.csv · as of 12/01/2026"));
    assert.equal(tableNamed(book, "Exceptions").rows.length, 2);
  });

  describe("through the Office.js writer (stand-in Excel)", () => {
    let saved: unknown;
    beforeEach(() => {
      saved = (globalThis as { Office?: unknown }).Office;
      (globalThis as { Office?: unknown }).Office = officeGlobal(1.9);
    });
    afterEach(() => {
      (globalThis as { Office?: unknown }).Office = saved;
    });

    it("adds every sheet with its tables and native charts, in a handful of syncs", async () => {
      const excel = new ExcelStandIn();
      const result = await writeWorkbookModel(
        excel.context as unknown as Excel.RequestContext,
        portfolioReport(sampleInput())
      );
      assert.ok(result.ok, result.ok ? "" : result.message);
      assert.deepEqual(result.sheetNames, [
        "Summary",
        "Breakdowns",
        "Modification characteristics",
        "Reg X calendar",
        "Per-loan results",
        "Exceptions",
      ]);
      assert.ok(result.tableNames.includes("PerLoanResults"));
      const charts = excel.calls.filter((c) => c.what === "Summary.charts.add");
      assert.deepEqual(
        charts.map((c) => c.args[0]),
        ["ColumnClustered", "BarClustered"]
      );
      // 1,000 loans of 57 columns is several requests of the budget, not one per row.
      assert.ok(excel.syncs < 20, `${excel.syncs} syncs`);
      assert.ok(result.requestBytes.every((b) => b < 5 * 1024 * 1024));
    });

    it("cancelled while the per-loan rows are written: every sheet it added is removed", async () => {
      const excel = new ExcelStandIn();
      const signal = { aborted: false };
      const result = await writeWorkbookModel(
        excel.context as unknown as Excel.RequestContext,
        portfolioReport(sampleInput()),
        {
          signal,
          onProgress: (p) => {
            if (p.step.includes("Per-loan") && p.rows > 0) signal.aborted = true;
          },
        }
      );
      assert.equal(result.ok, false);
      assert.equal(!result.ok && result.cancelled, true);
      assert.deepEqual(
        excel.sheets.map((s) => s.name),
        ["Sheet1"]
      );
    });
  });
});
