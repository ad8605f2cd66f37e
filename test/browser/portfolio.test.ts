/**
 * The Portfolio page in the built pane (dist/) on the stand-in Excel: a table whose headers the
 * record does not all know goes through the column-mapping step; the run shows progress while the
 * pane keeps answering; Cancel, during the run and during the write, leaves the workbook as it was;
 * a finished run writes the report, whose summary is checked here against the engine run in Node on
 * the same table (runTable, as the command line's report runs a tape).
 */
import { strict as assert } from "node:assert";
import path from "node:path";
import type { Page } from "playwright-core";
import type { Block, TableBlock, WorkbookModel } from "../../src/report/model";
import type { ReportDocument } from "../../src/taskpane/workbook/host-types";
import { marketSettings } from "../../src/taskpane/settings/case-settings";
import { runTable } from "../../src/report/portfolio";
import { PaneBrowser, SCREENSHOTS, assertClean, close, frameDelay, goTo } from "./harness";
import { LOANS, SETTINGS, standIn } from "./workbook";

/** The reports the stand-in workbook took whole. */
async function reports(page: Page): Promise<ReportDocument[]> {
  return page.evaluate(() =>
    JSON.parse(
      JSON.stringify(
        (window as unknown as { __lmStandIn: { reports: unknown[] } }).__lmStandIn.reports
      )
    )
  );
}

/** A sheet model's table by name. */
function table(model: WorkbookModel, name: string): TableBlock["table"] {
  for (const s of model.sheets)
    for (const b of s.blocks as Block[])
      if (b.kind === "table" && b.table.name === name) return b.table;
  throw new Error(`no table ${name}`);
}

/** The loans again and again, each with its own id: a table long enough to watch run. */
function bigTable(rows: number) {
  const id = LOANS.headers.indexOf("loan_id");
  return {
    ...LOANS,
    table: "Portfolio",
    rows: Array.from({ length: rows }, (_v, i) => {
      const r = [...LOANS.rows[i % LOANS.rows.length]];
      r[id] = `P${i + 1}`;
      return r;
    }),
  };
}

describe("task pane: the Portfolio page (dist/, stand-in Excel)", function () {
  this.timeout(180_000);
  const browser = new PaneBrowser();
  before(() => browser.start());
  after(() => browser.stop());

  it("maps an unknown column, runs, and writes the report whose summary the engine gives", async () => {
    // The servicer calls the balance "Balance Owed": not a name the record knows.
    const headers = LOANS.headers.map((h) => (h === "upb" ? "Balance Owed" : h));
    const loans = { ...LOANS, headers };
    const pane = await browser.open({
      standIn: standIn({ tables: [loans], selection: { table: "Loans", index: 0 } }),
    });
    const { page } = pane;
    try {
      await goTo(page, "Portfolio");
      await page.getByRole("button", { name: "Run the selected table" }).click();
      const mapping = page.getByRole("region", { name: "Column mapping" });
      await mapping.getByText("No column gives upb, which every loan needs.").waitFor();
      const run = page.getByRole("button", { name: "Run with these columns" });
      assert.equal(await run.getAttribute("aria-disabled"), "true");
      await mapping.getByLabel("Column “Balance Owed”").selectOption("upb");
      await run.click();
      await page.getByText("Rows read", { exact: true }).waitFor();
      assert.deepEqual(await reports(page), [], "nothing is written before it is asked for");
      await page.screenshot({
        path: path.join(SCREENSHOTS, "portfolio-results.png"),
        fullPage: true,
      });

      await page.getByRole("button", { name: "Write the report to new sheets" }).click();
      await page.getByText(/^Written: sheets Summary, Breakdowns, /).waitFor();
      const [report] = await reports(page);
      assert.equal(report.name, "Portfolio report Loans");
      const model = report.model as WorkbookModel;

      // The engine in Node on the same table, the balance column named as mapped.
      const expected = runTable(LOANS.headers, LOANS.rows, {
        headerRow: LOANS.firstRowNumber - 1,
        settings: marketSettings(SETTINGS, "2000-01-01"),
      });
      assert.ok(expected.ok);
      const s = expected.value.summary;
      const rows = (name: string) => [...(table(model, name).rows as unknown[][])];
      assert.deepEqual(
        rows("Workouts").map((r) => [r[1], r[2]]),
        s.workouts.map((w) => [w.count, w.upb / 100])
      );
      assert.deepEqual(
        rows("DelinquencyBuckets").map((r) => [r[0], r[1], r[2]]),
        s.delinquency.map((l) => [l.label, l.count, l.upb / 100])
      );
      assert.equal(rows("PerLoanResults").length, s.counts.evaluated);
      assert.equal(rows("Exceptions").length, expected.value.exceptions.length);
      assert.ok(
        JSON.stringify(model.sheets[0]).includes(
          `${s.counts.read} rows read = ${s.counts.evaluated} evaluated + ${s.counts.rejected} rejected`
        )
      );
      await page.screenshot({
        path: path.join(SCREENSHOTS, "portfolio-written.png"),
        fullPage: true,
      });
      assertClean(pane);
    } finally {
      await close(pane);
    }
  });

  it("shows progress, answers while it runs, and a cancelled run or write leaves the workbook as it was", async () => {
    const pane = await browser.open({
      standIn: standIn({
        // Large enough that the run is still going when the test looks: 30,000 rows, of which the
        // fixture's one bad loan in 15 fails its check, so 28,000 are evaluated.
        tables: [bigTable(30_000)],
        selection: { table: "Portfolio", index: 0 },
        reportChunkMs: 150,
      }),
    });
    const { page } = pane;
    try {
      await goTo(page, "Portfolio");
      await page.getByRole("button", { name: "Run the selected table" }).click();
      await page.getByText(/ of 28000 loans evaluated$/).waitFor();
      await page.getByRole("progressbar").waitFor();
      const frame = await frameDelay(page);
      assert.ok(frame < 250, `a frame took ${frame} ms while the portfolio ran`);
      await page.getByRole("button", { name: "Cancel" }).click();
      await page.getByText("Cancelled: nothing was written.").waitFor();
      assert.deepEqual(await reports(page), []);

      await page.getByRole("button", { name: "Run the selected table" }).click();
      await page.getByText("Rows read", { exact: true }).waitFor({ timeout: 90_000 });
      await page.getByRole("button", { name: "Write the report to new sheets" }).click();
      await page.getByText(/table rows written$/).waitFor();
      await page.getByRole("button", { name: "Cancel" }).click();
      await page.getByText("Cancelled: nothing was written.").waitFor();
      assert.deepEqual(await reports(page), [], "a cancelled write leaves nothing");

      // The figures are still there: write again, to the end.
      await page.getByRole("button", { name: "Write the report to new sheets" }).click();
      await page.getByText(/^Written: sheets /).waitFor({ timeout: 60_000 });
      const [report] = await reports(page);
      const perLoan = table(report.model as WorkbookModel, "PerLoanResults");
      assert.equal((perLoan.rows as unknown[]).length, 28_000);
      assertClean(pane);
    } finally {
      await close(pane);
    }
  });

  it("a workbook that refuses the write: the reason said, nothing recorded", async () => {
    const pane = await browser.open({
      standIn: standIn({
        selection: { table: "Loans", index: 0 },
        refuseWrites: "The workbook is protected.",
      }),
    });
    const { page } = pane;
    try {
      await goTo(page, "Portfolio");
      await page.getByRole("button", { name: "Run the selected table" }).click();
      await page.getByText("Rows read", { exact: true }).waitFor();
      await page.getByRole("button", { name: "Write the report to new sheets" }).click();
      await page.getByRole("alert").getByText("The workbook is protected.").waitFor();
      assert.deepEqual(await reports(page), []);
      assertClean(pane);
    } finally {
      await close(pane);
    }
  });
});
