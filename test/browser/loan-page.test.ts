/**
 * The Loan page of the built pane on the stand-in workbook: a row selected in Excel (the sample
 * tape, and a servicer's own headers with Excel's numbers and date serials), a loan typed into the
 * form, and the parser's messages beside the fields that caused them.
 */
import { strict as assert } from "node:assert";
import { money } from "../../src/taskpane/format/amounts";
import { sentence } from "../../src/taskpane/format/sentence";
import {
  PaneBrowser,
  assertClean,
  close,
  fact,
  goTo,
  overflow,
  selectInExcel,
  withLoan,
  type Pane,
} from "./harness";
import { SETTINGS, standIn } from "./workbook";
import { FIELD_LABELS } from "../../src/taskpane/loan/form-groups";
import { loanCase } from "../../src/report/sheets/case/loan-case";
import { readLoan } from "../../src/taskpane/loan/parse-field";
import { caseSettings } from "../../src/taskpane/settings/case-settings";

describe("task pane Loan page on the stand-in workbook (dist/)", function () {
  this.timeout(120_000);
  const browser = new PaneBrowser();
  before(() => browser.start());
  after(() => browser.stop());

  it("follows the row selected in Excel and shows the loan at a glance", async function () {
    await withLoan(browser, "1002", async ({ page }) => {
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
      prior_deferred_months: "0",
      gross_monthly_income: "4,200",
      hardship_resolved: "No",
      can_resume_payment: "No",
    };
    // The engine's answer for the same values, with the workbook's settings.
    const settings = caseSettings(SETTINGS, "2000-01-01");
    assert.ok(settings.ok);
    const expected = loanCase(
      readLoan(Object.keys(typed), Object.values(typed)).record,
      settings.value
    );
    assert.ok(expected.ok);
    const recommended = expected.value.recommended!;
    const e = recommended.evaluation!;
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
        .getByText(`Recommended: ${e.program} (${recommended.id})`, { exact: false })
        .waitFor();
      const card = page.getByRole("region", { name: `${e.program} (${recommended.id})` });
      await card.getByText("Recommended", { exact: true }).waitFor();
      await card.getByText(sentence(e.reason), { exact: true }).waitFor();
      assert.equal(recommended.id, "FLEX-2024");
      await card.getByText(money(e.newPi), { exact: true }).first().waitFor();
      assertClean(pane);
    } finally {
      await close(pane);
    }
  });

  it("puts the parser's message beside the field that caused it", async function () {
    await withLoan(browser, "1007", async ({ page }) => {
      await page.getByText("One field needs attention").waitFor();
      const field = page.getByRole("textbox", { name: /Note rate/ });
      await field.waitFor();
      const described = await field.getAttribute("aria-describedby");
      assert.ok(described, "the note rate's message is tied to its input");
      const message = await page.locator(`[id="${described!.split(" ")[0]}"]`).innerText();
      assert.match(message, /note_rate: "6\.875" looks like a percent: enter 0\.06875 or 6\.875%/);
      // Typed right, the message goes and the options can be listed.
      await field.fill("6.875%");
      await page.getByText("One field needs attention").waitFor({ state: "detached" });
      await goTo(page, "Options");
      await page.getByText(/^Recommended: /).waitFor();
    });
  });
});
