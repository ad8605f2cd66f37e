/**
 * The same tape three ways: a CSV file and an XLSX file through `lm-workbench report` (in this
 * process, the writer stood in for), and an Excel table as the task pane reads it (numbers as
 * numbers, dates as Excel serials) through runTable, the Portfolio page's engine. The summary,
 * every per-loan row and every exception must be the same.
 */
import { strict as assert } from "node:assert";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { parse } from "csv-parse/sync";
import { parseIsoDate, toExcelSerial } from "../../../src/core/calendar-date";
import { FIELD_TABLE, resolveFieldName } from "../../../src/core/record-fields";
import type { Cell } from "../../../src/core/record";
import { Progress } from "../../../src/cli/progress";
import { checkOptions } from "../../../src/cli/run-options";
import { reportCommand } from "../../../src/cli/commands/report";
import {
  PORTFOLIO_REPORT,
  PortfolioReportInput,
  writePortfolioReport,
} from "../../../src/cli/commands/report-output";
import { sampleTapePath } from "../../../src/cli/project-files";
import { runTable } from "../../../src/report/portfolio";
import type { TableRow } from "../../../src/report/model";

interface Ran {
  readonly summary: unknown;
  readonly perLoan: TableRow[];
  readonly exceptions: TableRow[];
}

const SETTINGS = { pmms: "6.23%", modRate: "6.25%", asOfDate: "2026-12-01" };

async function viaCommand(tape: string, dir: string): Promise<Ran> {
  let ran: Ran | undefined;
  PORTFOLIO_REPORT.writer = async (run: PortfolioReportInput, file) => {
    ran = {
      summary: run.summary,
      perLoan: [...run.perLoan.rows],
      exceptions: [...run.exceptions.rows],
    };
    writeFileSync(file, "");
  };
  await reportCommand(
    tape,
    // Each form's run replaces the one before.
    { output: join(dir, "r.xlsx"), force: true },
    checkOptions({
      quiet: true,
      pmms: SETTINGS.pmms,
      modRate: SETTINGS.modRate,
      asOf: SETTINGS.asOfDate,
    }),
    new Progress({ write: () => true }, true)
  );
  return ran!;
}

/** A CSV cell as Excel would hold it: a number where the text is one, a date serial where the field is a date. */
function excelValue(header: string, text: string): Cell {
  const field = resolveFieldName(header);
  const kind = field ? FIELD_TABLE[field].kind : "text";
  if (text === "") return "";
  if (kind === "date") {
    const d = parseIsoDate(text);
    return d ? toExcelSerial(d) : text;
  }
  if (/^-?\d+(\.\d+)?$/.test(text) && kind !== "text" && field !== "loan_id") return Number(text);
  return text;
}

describe("report/portfolio: one tape as CSV, as XLSX and as an Excel table", function () {
  this.timeout(120_000);
  let dir: string;
  let rows: string[][];
  before(() => {
    dir = mkdtempSync(join(tmpdir(), "lm-forms-"));
    rows = parse(readFileSync(sampleTapePath(), "utf8"), {
      bom: true,
      relax_column_count: true,
    }) as string[][];
  });
  after(() => {
    rmSync(dir, { recursive: true, force: true });
    PORTFOLIO_REPORT.writer = writePortfolioReport;
  });

  it("gives the same summary, per-loan rows and exceptions", async () => {
    const csv = await viaCommand(sampleTapePath(), dir);

    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Tape");
    for (const r of rows) ws.addRow(r);
    const xlsxPath = join(dir, "tape.xlsx");
    await wb.xlsx.writeFile(xlsxPath);
    const xlsx = await viaCommand(xlsxPath, dir);

    const [headers, ...body] = rows;
    const table = runTable(
      headers,
      body.map((r) => r.map((v, i) => excelValue(headers[i] ?? "", v))),
      { settings: SETTINGS }
    );
    assert.ok(table.ok, table.ok ? "" : table.issues[0].reason);

    assert.deepEqual(xlsx.summary, csv.summary, "XLSX and CSV summaries");
    assert.deepEqual(xlsx.perLoan, csv.perLoan, "XLSX and CSV per-loan rows");
    assert.deepEqual(xlsx.exceptions, csv.exceptions, "XLSX and CSV exceptions");
    assert.deepEqual(table.value.summary, csv.summary, "Excel table and CSV summaries");
    assert.deepEqual(table.value.perLoan, csv.perLoan, "Excel table and CSV per-loan rows");
    // The same rows, fields and values; a reason quotes a value the tape held as text ("-125" in
    // a CSV) and not one Excel held as a number (-125), so the quotes are set aside.
    const unquoted = (x: TableRow[]) =>
      x.map((r) => r.map((v) => (typeof v === "string" ? v.replace(/"/g, "") : v)));
    assert.deepEqual(
      unquoted(table.value.exceptions),
      unquoted(csv.exceptions),
      "Excel table and CSV exceptions"
    );
  });
});
