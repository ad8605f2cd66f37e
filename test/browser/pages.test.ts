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
import { FIELD_LABELS } from "../../src/taskpane/loan/form-groups";
import { readLoan } from "../../src/taskpane/loan/parse-field";
import { analyse } from "../../src/taskpane/options/use-analysis";

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

  it("follows the row selected in Excel and shows the loan at a glance", async function () {
    await withLoan("1002", async ({ page }) => {
      await page.getByText("From table Loans, row 3.").waitFor();
      assert.equal(await page.getByRole("banner").getByText("Loan 1002 · FNMA").count(), 1);
      const glance = { page } as Pane;
      assert.equal(await fact(glance, "The loan at a glance", "Borrower"), "James Carter");
      assert.equal(
        await fact(glance, "The loan at a glance", "Unpaid principal balance"),
        "$168,900.00"
      );
      assert.equal(await fact(glance, "The loan at a glance", "Note rate"), "7.125%");
      assert.equal(await overflow(page), 0);
    });
  });

  it("reads the row already selected when the pane opens", async function () {
    const pane = await browser.open({
      standIn: standIn({ selection: { table: "Loans", index: 0 } }),
    });
    try {
      await pane.page.getByText("Loan 1001 · FNMA").waitFor();
      await pane.page.getByText("From table Loans, row 2.").waitFor();
      assertClean(pane);
    } finally {
      await close(pane);
    }
  });

  it("reads a servicer's own headers, numbers and date serials", async function () {
    const pane = await browser.open({ standIn: standIn() });
    try {
      await selectInExcel(pane.page, "Servicer", 0);
      await pane.page.getByText("Loan 8801 · FHLMC").waitFor();
      await pane.page.getByText("From table Servicer, row 5.").waitFor();
      assert.equal(await fact(pane, "The loan at a glance", "Borrower"), "Ann Lee");
      assert.equal(await fact(pane, "The loan at a glance", "Occupancy"), "PRIMARY");
      assert.equal(await fact(pane, "The loan at a glance", "Property state"), "WA");
      assert.equal(await fact(pane, "The loan at a glance", "Note rate"), "7.25%");
      assert.equal(await fact(pane, "The loan at a glance", "Next due date"), "2026-07-01");
      assert.equal(await fact(pane, "The loan at a glance", "Property value"), "$295,000.00");
      assertClean(pane);
    } finally {
      await close(pane);
    }
  });

  it("takes a loan typed into the form, money and rates as text, and evaluates it", async function () {
    const typed: Record<string, string> = {
      loan_id: "F-77",
      investor: "FNMA",
      occupancy: "PRIMARY",
      property_state: "OH",
      upb: "$168,900.00",
      note_rate: "7.125%",
      remaining_term: "334",
      escrow_payment: "$455.00",
      months_delinquent: "4",
      property_value: "$210,000",
      origination_date: "2022-03-01",
      prior_modifications: "0",
      gross_monthly_income: "4,200",
      hardship_resolved: "No",
      can_resume_payment: "No",
    };
    // The engine's answer for the same values, as a row with the workbook's settings.
    const expected = analyse(
      readLoan(
        [...Object.keys(typed), "PMMS", "mod_rate", "as_of_date"],
        [...Object.values(typed), SETTINGS.pmms, SETTINGS.mod_rate, SETTINGS.as_of_date]
      ).record,
      SETTINGS
    );
    assert.ok(expected.status === "ready" && expected.comparison.ok);
    const recommended = expected.comparison.value.recommended!;
    const pane = await browser.open({ standIn: standIn() });
    const { page } = pane;
    try {
      await page.getByRole("button", { name: "Fill a form" }).click();
      await page.getByRole("button", { name: "Delinquency and arrears" }).click();
      await page.getByRole("button", { name: "Income" }).click();
      for (const [field, value] of Object.entries(typed)) {
        const label = FIELD_LABELS[field as keyof typeof FIELD_LABELS];
        const select = page.getByRole("combobox", { name: label, exact: true });
        if (await select.count()) await select.selectOption(value);
        else await page.getByRole("textbox", { name: label, exact: true }).fill(value);
      }
      await page.getByText("Loan F-77 · FNMA").waitFor();
      await page.getByText("Typed into the form.").waitFor();
      await goTo(page, "Options");
      await page
        .getByText(`Recommended: ${recommended.program} (${recommended.ruleSet})`, { exact: false })
        .waitFor();
      const card = page.getByRole("region", {
        name: `${recommended.program} (${recommended.ruleSet})`,
      });
      await card.getByText("Recommended", { exact: true }).waitFor();
      await card.getByText(recommended.reason, { exact: true }).waitFor();
      assert.equal(recommended.ruleSet, "FLEX-2024");
      await card.getByText(money(recommended.evaluation!.newPi), { exact: true }).first().waitFor();
      assertClean(pane);
    } finally {
      await close(pane);
    }
  });

  it("puts the parser's message beside the field that caused it", async function () {
    await withLoan("1007", async ({ page }) => {
      await page.getByText("One field needs attention").waitFor();
      const field = page.getByRole("textbox", { name: /Note rate/ });
      await field.waitFor();
      const described = await field.getAttribute("aria-describedby");
      assert.ok(described, "the note rate's message is tied to its input");
      const message = await page.locator(`[id="${described!.split(" ")[0]}"]`).innerText();
      assert.match(message, /note_rate: "6\.875" looks like a percent: write 0\.06875 or 6\.875%/);
      // Typed right, the message goes and the options can be listed.
      await field.fill("6.875%");
      await page.getByText("One field needs attention").waitFor({ state: "detached" });
      await goTo(page, "Options");
      await page.getByText(/^Recommended: /).waitFor();
    });
  });

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
        money(n.npvMod.times(100).toNumber())
      );
      assert.equal(
        await fact(pane, "Net present values", "Foreclosure"),
        money(n.npvFc.times(100).toNumber())
      );
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
      await page.getByText("Months: must be at least 1").waitFor();
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
        .getByText('Discount spread over PMMS: "3" looks like a percent: write 0.03 or 3%')
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
