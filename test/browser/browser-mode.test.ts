/**
 * The pane opened outside Excel: the in-browser workbook of bundled sample loans, picked from in the
 * pane; and the Portfolio page's worker on a large table: progress, a pane that answers, Cancel.
 */
import { strict as assert } from "node:assert";
import { PaneBrowser, assertClean, close, goTo, received } from "./harness";
import { LOANS, standIn } from "./workbook";
import { bundledSample } from "../taskpane/sample-tape";

describe("task pane outside Excel (dist/)", function () {
  this.timeout(120_000);
  const browser = new PaneBrowser();
  before(() => browser.start());
  after(() => browser.stop());

  it("works on the bundled sample loans: a table to pick a loan from, sample settings said as such", async function () {
    const sample = bundledSample();
    const ids = sample.rows.map((r) => r[sample.headers.indexOf("loan_id")]);
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
      const write = page.getByRole("button", { name: "Write offer" });
      await page.getByText(/does not include this worksheet yet/).waitFor();
      assert.equal(await write.getAttribute("aria-disabled"), "true");
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
          await page
            .locator("dt", { hasText: new RegExp(`^${term}$`) })
            .locator("xpath=following-sibling::dd[1]")
            .innerText()
        );
      // Every row of the file is read or, when wholly blank, skipped.
      assert.equal(
        (await count("Rows read")) + (await count("Blank rows skipped")),
        sample.rows.length
      );
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
      const frame = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const t = performance.now();
            requestAnimationFrame(() => resolve(performance.now() - t));
          })
      );
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
