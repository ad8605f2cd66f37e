/**
 * The Excel host's report path: the Portfolio page's report (src/taskpane/portfolio/run-portfolio)
 * handed by host.ts to the Office.js writer of src/report/office, into the stand-in Excel of
 * test/report/office-mock.ts. The same writer, loaded by the same module, as a worksheet's: new
 * sheets, what this Excel could not add said, a cancel leaving nothing behind. And the browser's
 * .xlsx writer, loaded by that module too, refusing to hand over a cancelled report.
 */
import { strict as assert } from "node:assert";
import { officeHost } from "../../src/taskpane/host";
import { runPortfolio } from "../../src/taskpane/portfolio/run-portfolio";
import { loadXlsxWriter } from "../../src/taskpane/write/report-writers";
import type { ReportDocument } from "../../src/taskpane/workbook/host-types";
import { ExcelStandIn, officeGlobal } from "../report/office-mock";
import { SAMPLE_MARKET_SETTINGS, sampleLoans } from "./sample-tape";

const globals = globalThis as { Office?: unknown; Excel?: unknown };

function report(): ReportDocument {
  const table = sampleLoans();
  const run = runPortfolio(
    {
      table: table.table,
      headers: table.headers,
      rows: table.rows,
      firstRow: table.firstRowNumber,
      settings: SAMPLE_MARKET_SETTINGS,
      today: "2026-11-30",
    },
    () => undefined
  );
  assert.ok(run.ok);
  return run.result.report;
}

function sheetNames(document: ReportDocument): string[] {
  return (document.model as { sheets: { name: string }[] }).sheets.map((s) => s.name);
}

function excelWith(sheets: { name: string }[]): ExcelStandIn {
  const excel = new ExcelStandIn(sheets);
  globals.Excel = { run: async (batch: (c: unknown) => Promise<unknown>) => batch(excel.context) };
  return excel;
}

describe("taskpane/host writing the portfolio report (office-addin-mock)", () => {
  afterEach(() => {
    delete globals.Office;
    delete globals.Excel;
  });
  const host = officeHost({ host: "Excel", platform: "PC" });

  it("writes every sheet of the report beside the user's and names them", async () => {
    globals.Office = officeGlobal(1.9);
    const excel = excelWith([{ name: "Tape" }]);
    const doc = report();
    const steps: string[] = [];
    const r = await host.writeReport(doc, { onProgress: (p) => steps.push(p.step) });
    const names = sheetNames(doc);
    assert.ok(names.length > 1);
    assert.deepEqual(r, { ok: true, written: `sheets ${names.join(", ")}` });
    assert.deepEqual(
      excel.sheets.map((s) => [s.name, s.visibility]),
      [["Tape", "Visible"], ...names.map((n) => [n, "Visible"])]
    );
    assert.equal(steps[steps.length - 1], "Done");
  });

  it("says what this Excel could not add (page setup before ExcelApi 1.9)", async () => {
    globals.Office = officeGlobal(1.8);
    excelWith([]);
    const r = await host.writeReport(report());
    assert.ok(r.ok);
    assert.match(
      r.written,
      /^sheets Summary, .*; this Excel could not add page setup of "Summary" \(.*needs ExcelApi 1\.9\)/
    );
  });

  it("leaves nothing behind when the write is cancelled", async () => {
    globals.Office = officeGlobal(1.9);
    const excel = excelWith([{ name: "Tape" }]);
    const r = await host.writeReport(report(), { signal: { aborted: true } });
    assert.equal(r.ok, false);
    assert.deepEqual(
      excel.sheets.map((s) => s.name),
      ["Tape"]
    );
  });
});

describe("taskpane/report-writers .xlsx writer", () => {
  it("renders a report as the bytes of an .xlsx file, and nothing once cancelled", async () => {
    const write = await loadXlsxWriter();
    const doc = report();
    const r = await write(doc);
    assert.ok(r.ok);
    assert.deepEqual(r.sheetNames, sheetNames(doc));
    assert.equal(Buffer.from(r.bytes.subarray(0, 2)).toString("latin1"), "PK", "a zip file");
    const cancelled = await write(doc, { signal: { aborted: true } });
    assert.deepEqual(cancelled, { ok: false, reason: "Cancelled: nothing was written." });
  });
});
