/**
 * Every loan page of the built pane filled from a loan selected in the stand-in workbook and held to
 * the loan's case, each worksheet written from its page with the page's inputs, and what the
 * workbook received read back through the Office.js writer (excel-replay.ts): the key figures,
 * sheet names free of the workbook's own, text that looks like a formula kept as text, and nothing
 * written when the builder or the workbook refuses.
 */
import { strict as assert } from "node:assert";
import { money, date, percent } from "../../src/taskpane/format/amounts";
import { repaymentPlan } from "../../src/core/repayment-plan";
import { noticeRows } from "../../src/report/sheets/evaluation-notice";
import { PaneBrowser, fact, goTo, overflow, received, withLoan, type Pane } from "./harness";
import { EXISTING_SHEETS, FORMULA_NAME, SETTINGS, USER_SHEET, caseFor } from "./workbook";
import { SheetView, intoExcel, serial } from "./excel-replay";

describe("task pane pages and their worksheets on the stand-in workbook (dist/)", function () {
  this.timeout(180_000);
  const browser = new PaneBrowser();
  before(() => browser.start());
  after(() => browser.stop());

  /** Clicks a Write button and waits for the pane to say where the worksheet went. */
  async function write(pane: Pane, action: string, sheet: string): Promise<void> {
    await pane.page.getByRole("button", { name: action }).click();
    await pane.page.getByText(`Written: sheet "${sheet}".`).waitFor();
  }

  /** The one sheet the stand-in workbook received, read back through the Office.js writer. */
  async function writtenSheet(pane: Pane, kind: string, name: string): Promise<SheetView> {
    const { written } = await received(pane.page);
    assert.deepEqual(
      written.map((w) => [w.kind, w.sheetNames]),
      [[kind, [name]]]
    );
    const excel = await intoExcel(EXISTING_SHEETS, written);
    return new SheetView(excel.sheet(name)!);
  }

  it("Options: every option, the recommended first, its audit steps, the NPV; writes the program comparison", async function () {
    const c = caseFor("1002");
    assert.ok(c.npv.ok && c.recommended);
    const n = c.npv.value.npv;
    const order = [c.recommended, ...c.options.filter((o) => o !== c.recommended)];
    await withLoan(browser, "1002", async (pane) => {
      const { page } = pane;
      await goTo(page, "Options");
      const summary = page.getByRole("table", { name: "Options side by side" });
      await summary.getByRole("row").nth(order.length).waitFor();
      const rows = await summary.getByRole("row").allInnerTexts();
      assert.deepEqual(
        rows.slice(1).map((r) => r.split(/\s*\n\s*|\t/).filter(Boolean)),
        order.map((o) => [
          o.id,
          o.works ? (o === c.recommended ? "Yes, first" : "Yes") : "No",
          money(o.evaluation?.newPi),
        ])
      );
      const first = c.recommended!;
      const e = first.evaluation!;
      const title = `${e.program} (${first.id})`;
      assert.equal(title, "GSE Flex Modification (FLEX-2024)");
      const card = page.getByRole("region", { name: title });
      await card.getByText("Recommended").waitFor();
      assert.equal(await fact(pane, `${title} terms`, "New P&I"), money(e.newPi));
      const steps = e.steps.filter((s) => s.option === first.id);
      await card.getByRole("button", { name: `Audit steps (${steps.length})` }).click();
      assert.equal(await card.getByRole("listitem").count(), steps.length);
      await card
        .getByText(steps[steps.length - 1].reason, { exact: false })
        .first()
        .waitFor();
      const mod = c.npv.ok ? c.npv.value.modification.ruleSet : "";
      assert.equal(await fact(pane, "Net present values", `Workout (${mod})`), money(n.npvMod));
      assert.equal(await fact(pane, "Net present values", "Foreclosure"), money(n.npvFc));
      assert.equal(
        await fact(pane, "Net present values", "Discount rate"),
        percent(n.discountRateAnnual, 3)
      );
      assert.equal(await overflow(page), 0);

      await write(pane, "Write program comparison", "Program Comparison 1002");
      const sheet = await writtenSheet(pane, "comparison", "Program Comparison 1002");
      const header = sheet.rowsFrom("Option")[0].map((x) => x.value);
      const result = sheet.rowsFrom("Result")[0].map((x) => x.value);
      // The comparison lists the options in the investor's order, beside the current loan.
      assert.deepEqual(
        header.slice(2),
        c.options.map((o) => `${o.evaluation!.program} (${o.id})`)
      );
      assert.equal(result[1 + c.options.indexOf(first)], "Recommended");
      assert.equal(sheet.rowsFrom("Monthly P&I")[0][4].value, e.newPi! / 100);
    });
  });

  it("Repayment plan: the plan's defaults, a live schedule and the 150% test; writes the agreement with the months and first due date typed", async function () {
    // Loan 1001 (the test tape): 2 payments past due of P&I $1,446.35 and escrow $612.40, no
    // servicing advances: $4,117.50 to repay on a contractual payment of $2,058.75. Four months
    // would need a catch-up of $1,029.38, an installment of $3,088.13, above the cap of 150% of
    // $2,058.75 ($3,088.125): the fewest months within it are 5. The loan's payments fall due on
    // the 1st: the next after the as-of date 2026-11-16 is 2026-12-01.
    await withLoan(browser, "1001", async (pane) => {
      const { page } = pane;
      await goTo(page, "Repayment plan");
      assert.equal(await fact(pane, "Past due", "To repay"), "$4,117.50");
      const months = page.getByRole("textbox", { name: "Months" });
      const firstDue = page.getByRole("textbox", { name: "First installment due" });
      assert.equal(await months.inputValue(), "");
      await page.getByText("Blank: 5, the fewest within the payment cap.").waitFor();
      await page.getByText("Blank: 2026-12-01, the next due date.").waitFor();
      const table = page.getByRole("table", { name: "Repayment plan schedule" });
      assert.equal(await table.getByRole("row").count(), 5 + 1);

      // Longer plan: the schedule and the tests follow as the months are typed. Catch-up
      // $4,117.50 / 8 = $514.6875, $514.69 half-up; installment $2,058.75 + $514.69 = $2,573.44;
      // the last takes the rest, $4,117.50 − 7 × $514.69 = $514.67: $2,573.42.
      await months.fill("8");
      await firstDue.fill("2027-01-01");
      await page.getByRole("heading", { name: "Schedule: 8 installments" }).waitFor();
      const oracle = repaymentPlan({
        arrears: 4117.5,
        contractualPayment: 2058.75,
        months: 8,
        firstDueDate: { year: 2027, month: 1, day: 1 },
      });
      assert.ok(oracle.ok);
      assert.deepEqual(
        oracle.value.rows.map((r) => r.installment),
        [...Array(7).fill(257_344), 257_342]
      );
      const cells = await table.getByRole("row").nth(8).getByRole("cell").allInnerTexts();
      assert.deepEqual(cells, ["8", "2027-08-01", "$2,573.42", money(0)]);
      assert.equal(await fact(pane, "Plan tests", "Largest installment"), "$2,573.44");
      assert.equal(await fact(pane, "Plan tests", "Within the 150% test"), "Yes");

      await months.fill("0");
      await page.getByText('Months: "0" must be at least 1 month').waitFor();
      const button = page.getByRole("button", { name: "Write repayment plan agreement" });
      assert.equal(await button.getAttribute("aria-disabled"), "true");
      await months.fill("8");
      assert.equal(await overflow(page), 0);

      await write(pane, "Write repayment plan agreement", "Repayment Plan 1001");
      const sheet = await writtenSheet(pane, "repayment-plan", "Repayment Plan 1001");
      assert.equal(sheet.beside("Total past due to repay")?.value, 4117.5);
      assert.equal(sheet.beside("Plan length")?.value, 8);
      assert.equal(
        sheet.beside("First installment due")?.value,
        serial({ year: 2027, month: 1, day: 1 })
      );
      const body = sheet.table("No.");
      assert.equal(body.length, 8);
      assert.deepEqual(
        body.map((r) => r[4]),
        oracle.value.rows.map((r) => r.installment / 100)
      );
      assert.deepEqual(body[7].slice(0, 2), [8, serial({ year: 2027, month: 8, day: 1 })]);
      assert.equal(sheet.beside("Plan months")?.value, "8 (given)");
    });
  });

  it("Modification offer: terms before and after and the trial plan; writes the offer", async function () {
    const c = caseFor("1002");
    const e = c.recommended!.evaluation!;
    // The trial payment is the modified P&I plus the escrow of $455.00 (the tape).
    assert.equal(e.newPitia, e.newPi! + 45_500);
    await withLoan(browser, "1002", async (pane) => {
      const { page } = pane;
      await goTo(page, "Modification offer");
      const terms = page.getByRole("table", { name: "Terms before and after" });
      await terms.waitFor();
      const pi = await terms.getByRole("row", { name: /^P&I/ }).getByRole("cell").allInnerTexts();
      assert.deepEqual(pi, ["P&I", "$1,164.00", money(e.newPi)]);
      const trial = page.getByRole("table", { name: "Trial payments" });
      await trial.getByRole("row").nth(3).waitFor();
      // As of 2026-11-16, 138 days delinquent (TRIAL-GSE: 3 payments from 31 days): due on the
      // first of December, January and February; the modified payment from March.
      assert.deepEqual(
        (await trial.getByRole("row").allInnerTexts()).slice(1).map((r) => r.split(/\s+/)),
        [
          ["1", "2026-12-01", money(e.newPitia)],
          ["2", "2027-01-01", money(e.newPitia)],
          ["3", "2027-02-01", money(e.newPitia)],
        ]
      );
      await page.getByText("The first modified payment is due on 2027-03-01").waitFor();

      await write(pane, "Write offer", "Modification Offer 1002");
      const sheet = await writtenSheet(pane, "modification-offer", "Modification Offer 1002");
      assert.equal(sheet.beside("Program")?.value, "GSE Flex Modification");
      assert.deepEqual(
        sheet.rowsFrom("Monthly P&I")[0].map((x) => x.value),
        ["Monthly P&I", 1164, e.newPi! / 100, (e.newPi! - 116_400) / 100]
      );
      assert.deepEqual(sheet.table("Trial payment"), [
        ["1 of 3", serial({ year: 2026, month: 12, day: 1 }), e.newPitia! / 100],
        ["2 of 3", serial({ year: 2027, month: 1, day: 1 }), e.newPitia! / 100],
        ["3 of 3", serial({ year: 2027, month: 2, day: 1 }), e.newPitia! / 100],
      ]);
    });
  });

  it("Notice and summary: the Reg X dates and each option as the notice states it; writes both, with progress, beside a sheet of the same name", async function () {
    const c = caseFor("1002");
    assert.ok(c.npv.ok);
    const n = c.npv.value.npv;
    await withLoan(
      browser,
      "1002",
      async (pane) => {
        const { page } = pane;
        await goTo(page, "Notice and summary");
        // Notice dated the as-of date 2026-11-16; the complete application (2026-11-09) came with
        // no sale scheduled: 14 days to accept (12 CFR 1024.41(e)(1)) and 14 to appeal ((h)).
        assert.equal(await fact(pane, "Reg X dates", "Notice dated"), "2026-11-16");
        assert.equal(
          await fact(pane, "Reg X dates", "Accept the offer by (14 days)"),
          "2026-11-30"
        );
        assert.equal(await fact(pane, "Reg X dates", "Appeal by"), "2026-11-30");
        assert.equal(
          await fact(pane, "Reg X dates", "Evaluate and notify by"),
          date(c.regx.evaluate_by)
        );
        // Live contact was due by day 36 of the delinquency that began 2026-07-01: long passed.
        assert.equal(
          await fact(pane, "Reg X dates", "Live contact by"),
          `${date(c.regx.live_contact_by)} (passed)`
        );
        assert.equal(
          await fact(pane, "Reg X dates", "Days delinquent"),
          String(c.regx.days_delinquent)
        );
        const listed = page.getByRole("region", { name: "Options the notice lists" });
        const items = await listed.getByRole("listitem").allInnerTexts();
        assert.deepEqual(
          items.map((t) => t.split("\n")[0]),
          noticeRows(c).map(
            (r) => `${r.option.evaluation!.program} (${r.option.id}): ${r.result.toLowerCase()}`
          )
        );
        await listed.getByText("GSE Flex Modification (FLEX-2024): offered").waitFor();

        // The stand-in takes a moment to answer: the step is said meanwhile.
        await page.getByRole("button", { name: "Write evaluation notice" }).click();
        await page.getByText("Writing Evaluation Notice 1002…").waitFor();
        await page.getByText('Written: sheet "Evaluation Notice 1002".').waitFor();
        // The workbook already has a sheet of the summary's name: the summary gets a free one.
        await write(pane, "Write negotiation summary", `${USER_SHEET} (2)`);
        const { written } = await received(page);
        assert.deepEqual(
          written.map((w) => w.sheetNames),
          [["Evaluation Notice 1002"], [`${USER_SHEET} (2)`]]
        );
        const excel = await intoExcel(EXISTING_SHEETS, written);
        const notice = new SheetView(excel.sheet("Evaluation Notice 1002")!);
        assert.equal(notice.beside("Loan number")?.value, "1002");
        for (const r of noticeRows(c))
          assert.equal(
            notice.beside(`${r.option.evaluation!.program} (${r.option.id})`)?.value,
            r.result,
            r.option.id
          );
        const summary = new SheetView(excel.sheet(`${USER_SHEET} (2)`)!);
        assert.equal(summary.beside("Modification (FLEX-2024)")?.value, n.npvMod / 100);
        assert.equal(summary.beside("Foreclosure")?.value, n.npvFc / 100);
        assert.equal(
          summary.beside("Accept by (14 days)")?.value,
          serial({ year: 2026, month: 11, day: 30 })
        );
        assert.equal(summary.beside("Prepared by")?.value, SETTINGS.preparer);
        assert.equal(excel.sheet(USER_SHEET)!.cells.size, 0, "the user's sheet is untouched");
      },
      { writeDelayMs: 400 }
    );
  });

  it("Short sale: the settlement lines as entered, the rest from the row and the rule set; writes the net sheet", async function () {
    // Loan 5002 (PRIVATE, an investment property; SHORT-SALE-GSE): list price $279,000.00;
    // subordinate lien $18,500.00, paid up to the rule set's $6,000.00; total debt = UPB
    // $310,000.00 + past-due interest $14,918.75 + escrow advances $4,830.00 = $329,748.75.
    // Typed: price $270,000.00, other costs $1,234.56. Commission 6% = $16,200.00, closing costs
    // 2% = $5,400.00, no relocation (not a principal residence): net $270,000.00 − $16,200.00 −
    // $5,400.00 − $6,000.00 − $1,234.56 = $241,165.44; deficiency $88,583.31, 28.58% of the UPB.
    await withLoan(browser, "5002", async (pane) => {
      const { page } = pane;
      await goTo(page, "Short sale");
      await page.getByText("Blank: $279,000.00, the list_price column.").waitFor();
      assert.equal(await fact(pane, "Net proceeds", "Total debt"), "$329,748.75");
      await page.getByRole("textbox", { name: "Other costs" }).fill("$1,234.56");
      await page.getByRole("textbox", { name: "Sale price" }).fill("270,000");
      await page.getByText("$241,165.44", { exact: true }).waitFor();
      assert.equal(await fact(pane, "Net proceeds", "Deficiency"), "$88,583.31");
      assert.equal(await fact(pane, "Net proceeds", "Loss severity (of UPB)"), "28.58%");

      await page.getByRole("textbox", { name: "Sale price" }).fill("270 000");
      await page.getByText(/Sale price: "270 000" is not an amount of money/).waitFor();
      const button = page.getByRole("button", { name: "Write net sheet" });
      assert.equal(await button.getAttribute("aria-disabled"), "true");
      await page.getByRole("textbox", { name: "Sale price" }).fill("270,000");
      assert.equal(await overflow(page), 0);

      await write(pane, "Write net sheet", "Short Sale Net Sheet 5002");
      const sheet = await writtenSheet(pane, "short-sale", "Short Sale Net Sheet 5002");
      assert.deepEqual(
        sheet.table("Line").map((r) => [r[0], r[r.length - 1]]),
        [
          ["Contract sales price", 270000],
          ["Real estate commission", -16200],
          ["Seller closing costs (title, settlement, recording, transfer taxes)", -5400],
          ["Payoff of subordinate liens", -6000],
          ["Relocation assistance to the seller", 0],
          ["Other settlement costs", -1234.56],
        ]
      );
      const net = sheet
        .rowsFrom("Net proceeds to the first lien")
        .map((r) => r[r.length - 1].value);
      assert.ok(net.includes(241165.44), `net proceeds: ${net.join(", ")}`);
      assert.equal(sheet.beside("Total debt")?.value, 329748.75);
      assert.equal(sheet.rowsFrom("Deficiency")[0].at(-1)?.value, 88583.31);
    });
  });

  it("shows the builder's reason beside a document it refuses, and writes nothing", async function () {
    await withLoan(browser, "1001-C", async (pane) => {
      const { page } = pane;
      await goTo(page, "Repayment plan");
      const button = page.getByRole("button", { name: "Write repayment plan agreement" });
      await button.waitFor();
      assert.equal(await button.getAttribute("aria-disabled"), "true");
      const note = await button.getAttribute("aria-describedby");
      assert.match(
        await page.locator(`[id="${note}"]`).innerText(),
        /^Cannot be written for this loan: loan 1001-C has no arrears to repay/
      );
      await button.click({ force: true });
      assert.deepEqual((await received(page)).written, []);
    });
    await withLoan(browser, "5002", async (pane) => {
      const { page } = pane;
      await goTo(page, "Modification offer");
      const button = page.getByRole("button", { name: "Write offer" });
      await button.waitFor();
      assert.equal(await button.getAttribute("aria-disabled"), "true");
      await page
        .getByText(/^Cannot be written for this loan: no modification works for loan 5002 \(HAMP: /)
        .waitFor();
      assert.deepEqual((await received(page)).written, []);
    });
  });

  it("says the workbook's refusal in words, and nothing is written", async function () {
    const refusal =
      "The workbook's structure is protected, so no sheet can be added: unprotect it (Review > Protect Workbook) and try again. Nothing was written.";
    await withLoan(
      browser,
      "1002",
      async (pane) => {
        const { page } = pane;
        await goTo(page, "Options");
        await page.getByRole("button", { name: "Write program comparison" }).click();
        await page.getByRole("alert").getByText(refusal).waitFor();
        assert.deepEqual((await received(page)).written, []);
      },
      { refuseWrites: refusal }
    );
  });

  it("writes all six documents of a loan whose borrower's name looks like a formula: free, distinct names; the name kept as text", async function () {
    await withLoan(browser, "1002-F", async (pane) => {
      const { page } = pane;
      const documents: [string, string, string][] = [
        ["Options", "Write program comparison", "Program Comparison 1002-F"],
        ["Repayment plan", "Write repayment plan agreement", "Repayment Plan 1002-F"],
        ["Modification offer", "Write offer", "Modification Offer 1002-F"],
        ["Notice and summary", "Write evaluation notice", "Evaluation Notice 1002-F"],
        ["Notice and summary", "Write negotiation summary", "Negotiation Summary 1002-F"],
        ["Short sale", "Write net sheet", "Short Sale Net Sheet 1002-F"],
      ];
      for (const [title, action, sheet] of documents) {
        await goTo(page, title);
        await write(pane, action, sheet);
      }
      // The notice again: a second sheet, never the first one overwritten.
      await goTo(page, "Notice and summary");
      await write(pane, "Write evaluation notice", "Evaluation Notice 1002-F (2)");
      const { written } = await received(page);
      const names = written.flatMap((w) => w.sheetNames);
      assert.deepEqual(names, [...documents.map((d) => d[2]), "Evaluation Notice 1002-F (2)"]);
      assert.equal(new Set(names.map((x) => x.toLowerCase())).size, names.length);
      for (const name of names) assert.ok(!EXISTING_SHEETS.includes(name));
      const excel = await intoExcel(EXISTING_SHEETS, written);
      for (const name of names) {
        const cells = [...excel.sheet(name)!.cells.values()];
        const holding = cells.filter((c) => String(c.value).includes(FORMULA_NAME));
        assert.ok(holding.length > 0, `${name} shows the borrower's name`);
        assert.ok(
          holding.every((c) => c.kind === "text"),
          `${name}: the name is text, not a formula`
        );
        const formulas = cells.filter((c) => c.kind === "formula").map((c) => String(c.value));
        assert.ok(
          formulas.every((f) => f.startsWith("=SUBTOTAL(")),
          `${name}: only totals rows are formulas (${formulas.join(", ")})`
        );
      }
    });
  });

  it("saves the settings in the workbook and uses them for the loan", async function () {
    await withLoan(browser, "1002", async (pane) => {
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
