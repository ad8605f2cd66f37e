/**
 * Negotiation summary: one page (portrait, one page wide and tall), the loan id in the header, the
 * preparation date as text in the footer (never Excel's printing date), and the case's figures:
 * HAMP-A (published) and its NPV against foreclosure with every input.
 */
import { strict as assert } from "node:assert";
import { negotiationSummarySheet } from "../../../src/report/sheets/negotiation-summary";
import { HAMP_A, HAMP_A_SETTINGS, REPAY_6, caseOf } from "./loans";
import { npvLabel } from "../../../src/report/sheets/parts/npv";
import { modelOf, table, texts, valueOf } from "./query";

describe("report/sheets negotiation summary", () => {
  it("prints on one portrait page, the loan id in the header, the as-of date as text in the footer", () => {
    const m = modelOf(negotiationSummarySheet(caseOf(HAMP_A, HAMP_A_SETTINGS)));
    const p = m.sheets[0].print!;
    assert.equal(p.orientation, "portrait");
    assert.deepEqual(p.fitTo, { wide: 1, tall: 1 });
    assert.equal(p.header?.left, "Loan HAMP-A");
    assert.equal(p.footer?.left, "Prepared 11/02/2026");
    assert.equal(p.footer?.right, "Page &P of &N");
    assert.ok(!JSON.stringify(p).includes("&D"), "no printing date");
  });

  it("a loan id with & in it is written as text in the header (& doubled)", () => {
    const m = modelOf(
      negotiationSummarySheet(caseOf({ ...HAMP_A, loan_id: "A&B-7" }, HAMP_A_SETTINGS))
    );
    assert.equal(m.sheets[0].print?.header?.left, "Loan A&&B-7");
  });

  it("the loan, the hardship, and the housing ratio before and after: 41.21% → 31.21%", () => {
    const m = modelOf(
      negotiationSummarySheet(caseOf(HAMP_A, { ...HAMP_A_SETTINGS, preparedBy: "Sam Specialist" }))
    );
    assert.equal(valueOf(m, "Unpaid principal balance"), 200000);
    assert.equal(valueOf(m, "Note rate"), 0.075);
    assert.match(
      texts(m),
      /^Hardship: Reduction in income: hours cut at work \(not resolved\)\.$/m
    );
    assert.deepEqual(valueOf(m, "PITIA now"), 1648.43);
    assert.deepEqual(valueOf(m, "PITIA after"), 1248.57);
    assert.deepEqual(valueOf(m, "Change"), -399.86);
    assert.equal(valueOf(m, "Housing ratio now"), 164843 / 400000);
    assert.equal(valueOf(m, "Housing ratio after"), 124857 / 400000);
    assert.equal(valueOf(m, "Prepared by"), "Sam Specialist");
    assert.match(texts(m), /^Dated 11\/02\/2026 · prepared by Sam Specialist$/m);
  });

  it("every option evaluated and why, and the recommended workout's terms", () => {
    const m = modelOf(negotiationSummarySheet(caseOf(HAMP_A, HAMP_A_SETTINGS)));
    assert.deepEqual(
      table(m, "OptionsEvaluated").map((r) => [r[0], r[1], r[2]]),
      [
        ["Repayment plan (REPAY-FNMA)", "Does not work", 1398.43],
        ["HAMP Tier 1 modification (HAMP)", "Recommended", 998.57],
        ["GSE short sale (SHORT-SALE-GSE)", "Does not work", null],
        ["Deed-in-lieu of foreclosure (DIL-GSE)", "Works", null],
      ]
    );
    assert.match(
      texts(m),
      /^HAMP Tier 1 modification \(HAMP\): rate reduction: 4\.375% gives P&I \$998\.57/m
    );
    assert.match(texts(m), /^Recommended: HAMP Tier 1 modification$/m);
    assert.equal(valueOf(m, "Interest rate"), 0.04375);
    assert.equal(valueOf(m, "Trial payments"), "3 × $1,248.57");
    assert.deepEqual(valueOf(m, "First modified due"), { year: 2027, month: 3, day: 1 });
    assert.equal(valueOf(m, "Rate steps up to"), "6% from month 73");
  });

  it("the NPV of the workout, foreclosure and the short sale with every input the core used", () => {
    const c = caseOf(HAMP_A, HAMP_A_SETTINGS);
    assert.ok(c.npv.ok);
    const npv = c.npv.value.npv;
    const m = modelOf(negotiationSummarySheet(c));
    assert.equal(Math.round((valueOf(m, "Modification (HAMP)") as number) * 100), npv.npvMod);
    assert.equal(Math.round((valueOf(m, "Foreclosure") as number) * 100), npv.npvFc);
    assert.equal(Math.round((valueOf(m, "Benefit of modifying") as number) * 100), npv.npvBenefit);
    assert.equal(npv.npvBenefit, npv.npvMod - npv.npvFc);
    // Every input but the assumptions' name is listed (the name heads the list), with its value.
    const shown = texts(m).split("\n");
    const items = npv.inputs.filter((i) => i.name !== "assumptions");
    assert.ok(items.length >= 18);
    for (const item of items) assert.ok(shown.includes(npvLabel(item.name)), item.name);
    assert.ok(shown.includes("$250,000.00"), "property value");
    assert.equal(valueOf(m, "PMMS"), "6%");
    assert.equal(valueOf(m, "Modified P&I"), "$998.57");
    assert.equal(valueOf(m, "Spread over PMMS"), "2.5%");
    // (0.06 + 0.025) / 12 = 0.0070833…: shown to six places of a percent.
    assert.equal(valueOf(m, "Discount rate, monthly"), "0.708333…%");
    assert.match(texts(m), /NPV assumptions NPV-2026, version 2026-11-27/);
  });

  it("without PMMS the NPV is not computed, and it says why", () => {
    const m = modelOf(negotiationSummarySheet(caseOf(REPAY_6)));
    assert.match(texts(m), /NPV not computed: pmms is required/);
  });

  it("the Reg X dates: live contact day 36 and written notice day 45 from 2026-08-01, accept by 2026-11-16", () => {
    const m = modelOf(negotiationSummarySheet(caseOf(HAMP_A, HAMP_A_SETTINGS)));
    // Day 0 = 2026-08-01: day 36 = 2026-09-06, day 45 = 2026-09-15, day 121 = 2026-11-30.
    assert.deepEqual(valueOf(m, "Live contact by"), { year: 2026, month: 9, day: 6 });
    assert.deepEqual(valueOf(m, "Written notice by"), { year: 2026, month: 9, day: 15 });
    assert.deepEqual(valueOf(m, "First filing from"), { year: 2026, month: 11, day: 30 });
    // Complete 2026-09-20 + 30 days = 2026-10-20.
    assert.deepEqual(valueOf(m, "Evaluate by"), { year: 2026, month: 10, day: 20 });
    assert.deepEqual(valueOf(m, "Accept by (14 days)"), { year: 2026, month: 11, day: 16 });
    assert.equal(valueOf(m, "Days delinquent"), 93);
  });

  it("the audit lists the rule sets and the loan's row on one line", () => {
    const m = modelOf(negotiationSummarySheet(caseOf(HAMP_A, HAMP_A_SETTINGS)));
    const row = String(valueOf(m, "Loan row"));
    assert.match(row, /^loan_id HAMP-A; investor PRIVATE;/);
    assert.match(row, /upb 200000; note_rate 0\.075;/);
    assert.match(row, /market_rate \(PMMS\) \(setting\) 0\.06;/);
    assert.match(texts(m), /HAMP \(version 2016-12-31\)/);
  });
});
