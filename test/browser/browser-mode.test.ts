/**
 * The pane opened outside Excel: the in-browser workbook of bundled sample loans, picked from in the
 * pane, a worksheet downloaded as a real .xlsx and opened back by the exceljs reader; and the
 * Portfolio page's worker on a large table: progress, a pane that answers, Cancel.
 */
import { strict as assert } from "node:assert";
import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { PaneBrowser, RESULTS, assertClean, close, frameDelay, goTo, received } from "./harness";
import { LOANS, standIn } from "./workbook";
import { bundledSample, SAMPLE_MARKET_SETTINGS } from "../taskpane/sample-tape";
import { draftFromRow } from "../../src/taskpane/loan/loan-draft";
import { readDraft } from "../../src/taskpane/loan/loan-reading";
import { analyse } from "../../src/taskpane/case/analysis";
import { modificationOffer } from "../../src/report/sheets/case/trial-plan";

type Value = string | number | boolean | null;

/** A cell's value as exceljs reads it: dates as ISO text, rich text joined, formulas by their result. */
function valueOf(v: ExcelJS.CellValue): Value {
  if (v instanceof Date) return v.toISOString();
  if (v && typeof v === "object") {
    if ("richText" in v) return v.richText.map((r) => r.text).join("");
    if ("result" in v) return valueOf(v.result as ExcelJS.CellValue);
    if ("text" in v) return String(v.text);
  }
  return v === undefined ? null : (v as Value);
}

/** The values of a row from column 1, blanks left out. */
function rowValues(row: ExcelJS.Row): Value[] {
  const out: Value[] = [];
  row.eachCell((cell) => {
    const v = valueOf(cell.value);
    if (v !== null && v !== "") out.push(v);
  });
  return out;
}

/** The value right of the first cell reading `label`. */
function beside(sheet: ExcelJS.Worksheet, label: string): Value | undefined {
  for (let r = 1; r <= sheet.rowCount; r++) {
    const values = rowValues(sheet.getRow(r));
    const i = values.indexOf(label);
    if (i >= 0 && i + 1 < values.length) return values[i + 1];
  }
  return undefined;
}

/** The `count` rows under the row whose first value is `header`. */
function rowsAfter(sheet: ExcelJS.Worksheet, header: string, count: number): Value[][] {
  for (let r = 1; r <= sheet.rowCount; r++) {
    if (rowValues(sheet.getRow(r))[0] === header)
      return Array.from({ length: count }, (_v, i) => rowValues(sheet.getRow(r + 1 + i)));
  }
  return [];
}

describe("task pane outside Excel (dist/)", function () {
  this.timeout(120_000);
  const browser = new PaneBrowser();
  before(() => browser.start());
  after(() => browser.stop());

  it("works on the bundled sample loans: a table to pick a loan from, worksheets downloaded as .xlsx, sample settings said as such", async function () {
    const sample = bundledSample();
    const ids = sample.rows.map((r) => r[sample.headers.indexOf("loan_id")]);
    // The engine's case of the loan picked, with the sample workbook's settings.
    const reading = readDraft(
      draftFromRow({ ...sample, rowNumber: sample.firstRowNumber + 1, values: sample.rows[1] }),
      SAMPLE_MARKET_SETTINGS,
      "2000-01-01"
    );
    const analysis = analyse(reading);
    assert.ok(analysis.status === "ready");
    const c = analysis.case;
    const pane = await browser.open();
    const { page } = pane;
    try {
      await page.getByText("Opened outside Excel").waitFor();
      const table = page.getByRole("table", { name: "Sample loans" });
      await table.getByRole("row").nth(sample.rows.length).waitFor();
      assert.equal(await table.getByRole("row").count(), sample.rows.length + 1);
      await page.getByRole("button", { name: new RegExp(`^Use loan ${ids[1]},`) }).click();
      await page.getByText(`Loan ${ids[1]} ·`).waitFor();
      await page.getByText("From table SampleLoans, row 3.").waitFor();
      await goTo(page, "Options");
      await page.getByText(/^(Recommended: |No option in the )/).waitFor();
      await goTo(page, "Modification offer");
      // The worksheet downloads as a real .xlsx, which the exceljs reader opens back.
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: "Write offer" }).click(),
      ]);
      assert.equal(download.suggestedFilename(), `Modification Offer ${ids[1]}.xlsx`);
      await page.getByText(`Written: Modification Offer ${ids[1]}.xlsx (downloaded).`).waitFor();
      fs.mkdirSync(RESULTS, { recursive: true });
      const file = path.join(RESULTS, `browser-mode-offer-${ids[1]}.xlsx`);
      await download.saveAs(file);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(fs.readFileSync(file) as unknown as ArrayBuffer);
      assert.deepEqual(
        book.worksheets.map((w) => w.name),
        [`Modification Offer ${ids[1]}`]
      );
      const sheet = book.worksheets[0];
      const offer = modificationOffer(c);
      assert.ok(offer.ok, "the sample loan has a modification to offer");
      const e = offer.value.evaluation;
      assert.equal(beside(sheet, "Program"), e.program);
      assert.equal(beside(sheet, "Monthly P&I"), (c.record.pi_payment ?? 0) / 100);
      const trial = offer.value.trial!;
      assert.deepEqual(
        rowsAfter(sheet, "Trial payment", trial.payments.length),
        trial.payments.map((p) => [
          `${p.no} of ${trial.payments.length}`,
          new Date(Date.UTC(p.due.year, p.due.month - 1, p.due.day)).toISOString(),
          p.amount / 100,
        ])
      );
      await goTo(page, "Settings");
      await page
        .getByText(/^Sample market inputs for the sample loans, not current rates/)
        .waitFor();
      assert.equal(
        await page.getByRole("textbox", { name: "PMMS (30-year fixed)" }).inputValue(),
        "6.23%"
      );
      await goTo(page, "Portfolio");
      await page.getByRole("button", { name: "Run the sample loans" }).click();
      await page.getByText("Rows read", { exact: true }).waitFor();
      const count = async (term: string) =>
        Number(
          (
            await page
              .locator("dt", { hasText: new RegExp(`^${term}$`) })
              .locator("xpath=following-sibling::dd[1]")
              .innerText()
          ).replace(/,/g, "")
        );
      // Every row of the file is read: evaluated or rejected (a wholly blank row among the rejected).
      assert.equal(await count("Rows read"), sample.rows.length);
      assert.equal((await count("Evaluated")) + (await count("Rejected")), sample.rows.length);
      assertClean(pane);
    } finally {
      await close(pane);
    }
  });

  it("runs a large table in a worker with progress, answers meanwhile, and cancels leaving the workbook as it was", async function () {
    // 60,000 loans: the sample rows again and again, each with its own id (enough that the run is
    // still going when Cancel is pressed).
    const idColumn = LOANS.headers.indexOf("loan_id");
    const rows = Array.from({ length: 60_000 }, (_v, i) => {
      const r = [...LOANS.rows[i % LOANS.rows.length]];
      r[idColumn] = `P${i + 1}`;
      return r;
    });
    const big = { ...LOANS, table: "Portfolio", rows };
    const pane = await browser.open({
      standIn: standIn({ tables: [big], selection: { table: "Portfolio", index: 0 } }),
    });
    const { page } = pane;
    try {
      await goTo(page, "Portfolio");
      await page.getByRole("button", { name: "Run the selected table" }).click();
      await page.getByText(/of 56000 loans evaluated/).waitFor();
      await page.getByRole("progressbar").waitFor();
      // The pane answers while the worker runs: a frame is drawn at once.
      const frame = await frameDelay(page);
      assert.ok(frame < 250, `a frame took ${frame} ms while the portfolio ran`);
      await page.getByRole("button", { name: "Cancel" }).click();
      await page.getByText("Cancelled: nothing was written.").waitFor();
      assert.deepEqual(await received(page), { written: [], settingsSaved: [] });
      // Run to the end: 60,000 rows, the 4,000 copies of loan 1007 rejected for their note rate.
      await page.getByRole("button", { name: "Run the selected table" }).click();
      await page.getByText("Rows read", { exact: true }).waitFor({ timeout: 90_000 });
      await page.getByText("The first 200 of 4000 problems are shown.").waitFor();
      assertClean(pane);
    } finally {
      await close(pane);
    }
  });
});
