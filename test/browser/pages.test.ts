/**
 * Every page of the built pane filled from a loan selected in the stand-in workbook, held to the
 * engine's own figures for that loan; and what the workbook received (settings saved, no worksheet
 * written while the worksheet builders are not included).
 */
import { strict as assert } from "node:assert";
import { money, date, percent } from "../../src/taskpane/format/amounts";
import { repaymentPlan } from "../../src/core/repayment-plan";
import { shortSaleNetCents } from "../../src/core/short-sale";
import {
  PaneBrowser,
  assertClean,
  close,
  goTo,
  overflow,
  received,
  selectInExcel,
  type Pane,
} from "./harness";
import { SETTINGS, engineFor, rowIndexOf, standIn } from "./workbook";

describe("task pane pages on the stand-in workbook (dist/)", function () {
  this.timeout(120_000);
  const browser = new PaneBrowser();
  before(() => browser.start());
  after(() => browser.stop());

  async function withLoan(loanId: string, run: (pane: Pane) => Promise<void>): Promise<void> {
    const pane = await browser.open({ standIn: standIn() });
    try {
      await pane.page.getByText("Start with a loan").waitFor();
      await selectInExcel(pane.page, "Loans", rowIndexOf(loanId));
      await pane.page.getByText(`Loan ${loanId} ·`).first().waitFor();
      await run(pane);
      assertClean(pane);
    } finally {
      await close(pane);
    }
  }

  /** The text of a fact (a term and its value in a definition list). */
  async function fact(pane: Pane, list: string, term: string): Promise<string> {
    const dl = pane.page.getByLabel(list, { exact: true });
    const dt = dl.locator("dt", { hasText: new RegExp(`^${term.replace(/[()&]/g, "\\$&")}$`) });
    return (await dt.locator("xpath=following-sibling::dd[1]").innerText()).trim();
  }

  it("fills the Options page: every option, the recommended first, its audit steps, the NPV", async function () {
    const engine = engineFor("1002");
    assert.ok(engine.comparison.ok && engine.npv.ok);
    const c = engine.comparison.value;
    const n = engine.npv.value.npv;
    await withLoan("1002", async (pane) => {
      const { page } = pane;
      await goTo(page, "Options");
      const summary = page.getByRole("table", { name: "Options side by side" });
      await summary.getByRole("row").nth(c.rows.length).waitFor();
      const rows = await summary.getByRole("row").allInnerTexts();
      assert.deepEqual(
        rows.slice(1).map((r) => r.split(/\s*\n\s*|\t/).filter(Boolean)),
        c.rows.map((r) => [
          r.ruleSet,
          r.works ? (r.recommended ? "Yes, first" : "Yes") : "No",
          money(r.evaluation?.newPi),
        ])
      );
      const first = c.rows[0];
      assert.equal(first.recommended, true);
      const card = page.getByRole("region", { name: `${first.program} (${first.ruleSet})` });
      await card.getByText("Recommended").waitFor();
      assert.equal(
        await fact(pane, `${first.program} terms`, "New P&I"),
        money(first.evaluation!.newPi)
      );
      const steps = first.evaluation!.steps.filter((s) => s.option === first.ruleSet);
      await card.getByRole("button", { name: `Audit steps (${steps.length})` }).click();
      assert.equal(await card.getByRole("listitem").count(), steps.length);
      await card
        .getByText(steps[steps.length - 1].reason, { exact: false })
        .first()
        .waitFor();
      assert.equal(
        await fact(
          pane,
          "Net present values",
          `Workout (${engine.npv.ok && engine.npv.value.modification.ruleSet})`
        ),
        money(n.npvMod)
      );
      assert.equal(await fact(pane, "Net present values", "Foreclosure"), money(n.npvFc));
      assert.equal(
        await fact(pane, "Net present values", "Discount rate"),
        percent(n.discountRateAnnual, 3)
      );
      assert.equal(await overflow(page), 0);
    });
  });

  it("fills the Repayment plan page with a live schedule and the 150% test", async function () {
    const engine = engineFor("1001");
    assert.ok(engine.comparison.ok);
    const repay = engine.comparison.value.rows.find((r) => r.ruleSet === "REPAY-FNMA")!.evaluation!;
    const months = repay.amounts!.plan_months;
    await withLoan("1001", async (pane) => {
      const { page } = pane;
      await goTo(page, "Repayment plan");
      assert.equal(
        await page.getByRole("textbox", { name: "Months" }).inputValue(),
        String(months)
      );
      const table = page.getByRole("table", { name: "Repayment plan schedule" });
      assert.equal(await table.getByRole("row").count(), months + 1);
      // Longer plan: the schedule and the tests follow as the months are typed.
      await page.getByRole("textbox", { name: "Months" }).fill("8");
      await page.getByRole("textbox", { name: "First installment due" }).fill("2027-01-01");
      const expected = repaymentPlan({
        arrears: repay.amounts!.arrears / 100,
        contractualPayment: repay.newPitia! / 100,
        months: 8,
        firstDueDate: { year: 2027, month: 1, day: 1 },
      });
      assert.ok(expected.ok);
      await page.getByRole("heading", { name: "Schedule: 8 installments" }).waitFor();
      const last = expected.value.rows[7];
      const cells = await table.getByRole("row").nth(8).getByRole("cell").allInnerTexts();
      assert.deepEqual(cells, ["8", date(last.date), money(last.installment), money(0)]);
      assert.equal(
        await fact(pane, "Plan tests", "Largest installment"),
        money(expected.value.maxInstallment)
      );
      assert.equal(
        await fact(pane, "Plan tests", "Within the 150% test"),
        expected.value.withinPaymentCap ? "Yes" : "No"
      );
      await page.getByRole("textbox", { name: "Months" }).fill("0");
      await page.getByText('Months: "0" must be at least 1 month').waitFor();
      assert.equal(await overflow(page), 0);
    });
  });

  it("fills the Modification offer page: terms before and after and the trial plan", async function () {
    const engine = engineFor("1002");
    assert.ok(engine.comparison.ok);
    const e = engine.comparison.value.recommended!.evaluation!;
    await withLoan("1002", async ({ page }) => {
      await goTo(page, "Modification offer");
      const terms = page.getByRole("table", { name: "Terms before and after" });
      await terms.waitFor();
      const pi = await terms.getByRole("row", { name: /^P&I/ }).getByRole("cell").allInnerTexts();
      assert.deepEqual(pi, ["P&I", "$1,164.00", money(e.newPi)]);
      const trial = page.getByRole("table", { name: "Trial payments" });
      await trial.getByRole("row").nth(3).waitFor();
      // As-of 2026-11-16: trial payments due on the first of December, January and February.
      assert.deepEqual(
        (await trial.getByRole("row").allInnerTexts()).slice(1).map((r) => r.split(/\s+/)),
        [
          ["1", "2026-12-01", money(e.newPitia)],
          ["2", "2027-01-01", money(e.newPitia)],
          ["3", "2027-02-01", money(e.newPitia)],
        ]
      );
      await page.getByText("The modification takes effect on 2027-03-01").waitFor();
    });
  });

  it("fills the Notice page with the loan's Reg X dates and the options reviewed", async function () {
    const engine = engineFor("1002");
    const r = engine.regx;
    await withLoan("1002", async (pane) => {
      const { page } = pane;
      await goTo(page, "Notice and summary");
      assert.equal(await fact(pane, "Reg X dates", "Notice dated"), "2026-11-16");
      assert.equal(
        await fact(pane, "Reg X dates", "Accept the offer by"),
        `${date(r.acceptBy)} (14 days)`
      );
      assert.equal(await fact(pane, "Reg X dates", "Appeal by"), date(r.appealBy));
      assert.equal(
        await fact(pane, "Reg X dates", "Evaluate and notify by"),
        date(r.dates.evaluate_by)
      );
      assert.equal(
        await fact(pane, "Reg X dates", "Days delinquent"),
        String(r.dates.days_delinquent)
      );
      await page.getByText("GSE Flex Modification (FLEX-2024): offered").waitFor();
      await page
        .getByText(/does not include this worksheet yet/)
        .first()
        .waitFor();
      for (const name of ["Write evaluation notice", "Write negotiation summary"]) {
        const button = page.getByRole("button", { name });
        assert.equal(await button.getAttribute("aria-disabled"), "true");
      }
      assert.deepEqual((await received(page)).written, []);
    });
  });

  it("fills the Short sale page and nets the lines as they change", async function () {
    const engine = engineFor("5002");
    assert.ok(engine.comparison.ok);
    const ss = engine.comparison.value.rows.find(
      (r) => r.ruleSet === "SHORT-SALE-GSE"
    )!.evaluation!;
    await withLoan("5002", async (pane) => {
      const { page } = pane;
      await goTo(page, "Short sale");
      assert.equal(
        await fact(pane, "Net proceeds", "Net proceeds"),
        money(ss.amounts!.net_proceeds)
      );
      assert.equal(await fact(pane, "Net proceeds", "Total debt"), money(ss.amounts!.total_debt));
      await page.getByRole("textbox", { name: "Other costs" }).fill("$1,234.56");
      await page.getByRole("textbox", { name: "Sale price" }).fill("270,000");
      const net = shortSaleNetCents({
        salePrice: 27_000_000,
        commissionRate: "0.06",
        closingCosts: ss.amounts!.closing_costs,
        subordinatePayoff: ss.amounts!.subordinate_payoff,
        relocation: ss.amounts!.relocation,
        otherCosts: 123_456,
      });
      await page.getByText(money(net.netProceeds), { exact: true }).waitFor();
      assert.equal(
        await fact(pane, "Net proceeds", "Deficiency"),
        money(ss.amounts!.total_debt - net.netProceeds)
      );
      await page.getByRole("textbox", { name: "Sale price" }).fill("270 000");
      await page.getByText(/Sale price: "270 000" is not an amount of money/).waitFor();
      assert.equal(await overflow(page), 0);
    });
  });

  it("saves the settings in the workbook and uses them for the loan", async function () {
    await withLoan("1002", async (pane) => {
      const { page } = pane;
      await goTo(page, "Settings");
      await page.getByRole("textbox", { name: "As-of date" }).fill("2026-12-01");
      await page.getByRole("textbox", { name: "Discount spread over PMMS" }).fill("3");
      await page
        .getByText('Discount spread over PMMS: "3" looks like a percent: enter 0.03 or 3%')
        .waitFor();
      assert.equal(
        await page.getByRole("button", { name: "Save settings" }).getAttribute("aria-disabled"),
        "true"
      );
      await page.getByRole("textbox", { name: "Discount spread over PMMS" }).fill("3%");
      await page.getByRole("button", { name: "Save settings" }).click();
      await page.getByText("Saved in this workbook's settings.").waitFor();
      assert.deepEqual((await received(page)).settingsSaved, [
        { ...SETTINGS, as_of_date: "2026-12-01", spread: "3%" },
      ]);
      await goTo(page, "Notice and summary");
      assert.equal(await fact(pane, "Reg X dates", "Notice dated"), "2026-12-01");
    });
  });
});
