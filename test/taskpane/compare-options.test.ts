/**
 * The Options page's comparison: every option of the investor's order, each evaluated alone, the
 * recommended one first. Its pick is checked against the core's waterfall, which stops at the first
 * option that works (a different path to the same answer).
 */
import { strict as assert } from "node:assert";
import { AUTO } from "../../src/core/rules/auto";
import { evaluateProgram } from "../../src/core/programs/registry";
import { readLoan } from "../../src/taskpane/loan/parse-field";
import { draftFromRow } from "../../src/taskpane/loan/loan-draft";
import { readDraft } from "../../src/taskpane/loan/loan-reading";
import { compareOptions } from "../../src/taskpane/options/compare-options";
import { analyse, offerOption } from "../../src/taskpane/options/use-analysis";
import { SAMPLE_MARKET_SETTINGS, sampleLoans } from "./sample-tape";

describe("taskpane/compare-options", () => {
  const table = sampleLoans();
  const records = table.rows.map((values, i) => ({
    row: table.firstRowNumber + i,
    reading: readDraft(
      draftFromRow({ ...table, rowNumber: table.firstRowNumber + i, values }),
      SAMPLE_MARKET_SETTINGS,
      "2026-11-30"
    ),
  }));

  it("needs the investor, and says so by name", () => {
    const r = compareOptions(readLoan(["loan_id"], ["1"]).record);
    assert.equal(r.ok, false);
    assert.deepEqual(r.ok ? [] : r.issues.map((i) => i.field), ["investor"]);
  });

  it("covers every investor of the loan record in the sample loans", () => {
    const investors = new Set(records.map((r) => r.reading.record.investor));
    assert.deepEqual([...investors].sort(), Object.keys(AUTO.params.order).sort());
  });

  it("lists every option of the investor's order, the waterfall's choice first", () => {
    let compared = 0;
    for (const { row, reading } of records) {
      if (reading.issues.length) continue;
      const c = compareOptions(reading.record);
      assert.ok(c.ok, `row ${row}`);
      const order = AUTO.params.order[reading.record.investor!];
      assert.deepEqual(
        [...c.value.rows.map((r) => r.ruleSet)].sort(),
        [...order].sort(),
        `row ${row}`
      );
      const w = evaluateProgram("AUTO", reading.record);
      assert.ok(w.ok);
      if (w.value.offerable) {
        assert.equal(c.value.recommended?.ruleSet, w.value.ruleSet, `row ${row}`);
        assert.equal(
          c.value.rows[0],
          c.value.recommended,
          `row ${row}: the recommended option comes first`
        );
        assert.equal(c.value.rows[0].evaluation?.newPi, w.value.newPi, `row ${row}`);
      } else {
        assert.equal(c.value.recommended, undefined, `row ${row}`);
      }
      // After the first: the investor's order.
      const rest = c.value.rows.filter((r) => !r.recommended).map((r) => r.ruleSet);
      assert.deepEqual(
        rest,
        order.filter((id) => rest.includes(id)),
        `row ${row}`
      );
      compared++;
    }
    assert.equal(compared, 14, "every sample loan but the one with a bad note rate");
  });

  it("refuses to evaluate a loan whose fields do not read, naming them", () => {
    const bad = records.find((r) => r.reading.issues.length > 0);
    assert.ok(bad);
    assert.deepEqual(
      bad.reading.issues.map((i) => i.reason),
      ['note_rate: "6.875" looks like a percent: enter 0.06875 or 6.875%']
    );
  });

  it("works each loan out once for every page", () => {
    const { reading } = records[1];
    const a = analyse(reading.record, SAMPLE_MARKET_SETTINGS);
    assert.equal(analyse(reading.record, SAMPLE_MARKET_SETTINGS), a);
    assert.equal(a.status, "ready");
  });

  it("offers a modification, never a repayment plan or a liquidation, and says when none works", () => {
    const byId = (id: string) =>
      records.find((r) => r.reading.record.loan_id === id)!.reading.record;
    // 1001: the repayment plan is recommended; the modification page shows the Flex Modification.
    const repay = compareOptions(byId("1001"));
    assert.ok(repay.ok);
    assert.equal(repay.value.recommended?.ruleSet, "REPAY-FNMA");
    assert.equal(offerOption(repay.value, undefined)?.ruleSet, "FLEX-2024");
    // 5002: a short sale is recommended; HAMP is the modification, and it does not work.
    const sale = compareOptions(byId("5002"));
    assert.ok(sale.ok);
    assert.equal(sale.value.recommended?.ruleSet, "SHORT-SALE-GSE");
    const mod = offerOption(sale.value, undefined);
    assert.equal(mod?.ruleSet, "HAMP");
    assert.equal(mod?.works, false);
    // A choice that is not a modification is not taken.
    assert.equal(offerOption(sale.value, "SHORT-SALE-GSE")?.ruleSet, "HAMP");
  });
});
