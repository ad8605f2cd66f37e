/**
 * The Excel host's write path: a worksheet built from a loan's case by src/report/sheets, handed by
 * host.ts to the Office.js writer of src/report/office, into the stand-in Excel of
 * test/report/office-mock.ts (office-addin-mock's request context with Excel's queue-until-sync
 * and its rules for typed-in values). A new sheet with a free name, brought to the front; Excel's
 * refusal said in words, with nothing left behind.
 */
import { strict as assert } from "node:assert";
import { buildSheet } from "../../src/report/sheets";
import { officeHost, writeWorksheet } from "../../src/taskpane/host";
import { analyse, type LoanCase } from "../../src/taskpane/case/analysis";
import { draftFromRow } from "../../src/taskpane/loan/loan-draft";
import { readDraft } from "../../src/taskpane/loan/loan-reading";
import type { WorksheetDocument } from "../../src/taskpane/workbook/host-types";
import { ExcelStandIn, officeGlobal } from "../report/office-mock";
import { SAMPLE_MARKET_SETTINGS, sampleLoans } from "./sample-tape";

const globals = globalThis as { Office?: unknown; Excel?: unknown };

function caseOf(loanId: string): LoanCase {
  const table = sampleLoans();
  const i = table.rows.findIndex((r) => r[0] === loanId);
  const reading = readDraft(
    draftFromRow({ ...table, rowNumber: table.firstRowNumber + i, values: table.rows[i] }),
    { ...SAMPLE_MARKET_SETTINGS, preparer: "R. Diaz" },
    "2026-11-30"
  );
  const a = analyse(reading);
  assert.ok(a.status === "ready");
  return a.case;
}

function notice(): WorksheetDocument {
  const model = buildSheet("evaluation-notice", caseOf("1002"));
  assert.ok(model.ok);
  return { kind: "evaluation-notice", name: "Evaluation Notice 1002", model: model.value };
}

/** Excel.run over the stand-in, and the sheets the host brought to the front. */
function excelOver(excel: ExcelStandIn): { activated: string[] } {
  const activated: string[] = [];
  const worksheets = excel.context.workbook.worksheets as Record<string, unknown>;
  worksheets.getItem = (name: string) => ({ activate: () => activated.push(name) });
  globals.Excel = { run: async (batch: (c: unknown) => Promise<unknown>) => batch(excel.context) };
  return { activated };
}

describe("taskpane/host writing a worksheet (office-addin-mock)", () => {
  beforeEach(() => {
    globals.Office = officeGlobal(1.9);
  });
  afterEach(() => {
    delete globals.Office;
    delete globals.Excel;
  });

  it("writes a new sheet with a free name beside the user's, brings it to the front and says where", async () => {
    const excel = new ExcelStandIn([{ name: "Evaluation Notice 1002", cells: { A1: "mine" } }]);
    const { activated } = excelOver(excel);
    const steps: string[] = [];
    const host = officeHost({ host: "Excel", platform: "PC" });
    const r = await host.writeWorksheet(notice(), { onProgress: (s) => steps.push(s) });
    assert.deepEqual(r, { ok: true, written: 'sheet "Evaluation Notice 1002 (2)"' });
    assert.deepEqual(activated, ["Evaluation Notice 1002 (2)"]);
    assert.ok(steps.includes("Writing Evaluation Notice 1002 (2)"), steps.join(", "));
    assert.deepEqual(
      excel.sheets.map((s) => [s.name, s.visibility]),
      [
        ["Evaluation Notice 1002", "Visible"],
        ["Evaluation Notice 1002 (2)", "Visible"],
      ]
    );
    const mine = excel.sheet("Evaluation Notice 1002")!;
    assert.deepEqual(
      [...mine.cells.values()].map((c) => c.value),
      ["mine"]
    );
    const written = [...excel.sheet("Evaluation Notice 1002 (2)")!.cells.values()];
    assert.ok(written.some((c) => c.value === "Loss mitigation evaluation notice"));
    assert.ok(
      written.some((c) => c.value === "1002" && c.kind === "text"),
      "the loan id is text"
    );
  });

  it("says Excel's refusal of a protected workbook in words, and adds nothing", async () => {
    const excel = new ExcelStandIn([{ name: "Tape" }], true);
    const { activated } = excelOver(excel);
    const r = await writeWorksheet(notice());
    assert.equal(r.ok, false);
    assert.match(
      !r.ok ? r.reason : "",
      /^The workbook's structure is protected.*Nothing was written\.$/
    );
    assert.deepEqual(
      excel.sheets.map((s) => s.name),
      ["Tape"]
    );
    assert.deepEqual(activated, []);
  });

  it("leaves nothing behind when Excel refuses a write half-way", async () => {
    const excel = new ExcelStandIn([{ name: "Tape" }]);
    excelOver(excel);
    excel.failWhen = (q) => q.what.endsWith(".values");
    const r = await writeWorksheet(notice());
    assert.equal(r.ok, false);
    assert.match(!r.ok ? r.reason : "", /Nothing was left in the workbook\./);
    assert.deepEqual(
      excel.sheets.map((s) => s.name),
      ["Tape"]
    );
  });

  it("says so in words when Excel cannot be reached at all", async () => {
    globals.Excel = {
      run: async () => {
        throw Object.assign(new Error("The Excel application is busy."), {
          code: "GeneralException",
        });
      },
    };
    const r = await writeWorksheet(notice());
    assert.deepEqual(r, {
      ok: false,
      reason:
        "Excel could not start the write: Excel could not complete the write (it may be out of memory or at its sheet limit) [GeneralException]. Nothing was written.",
    });
  });
});
