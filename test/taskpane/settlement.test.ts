/**
 * The short-sale net sheet: settlement lines, the investor's minimum net and the deficiency, on a
 * loan worked by hand.
 */
import { strict as assert } from "node:assert";
import { PROGRAMS } from "../../src/core/programs/registry";
import { D } from "../../src/core/money";
import { readLoan } from "../../src/taskpane/loan/parse-field";
import { defaultLines, settle } from "../../src/taskpane/short-sale/settlement";
import { linesFrom, startingLines } from "../../src/taskpane/short-sale/settlement-texts";

// An FHA loan: UPB $190,000.00, past-due interest $4,000.00, escrow advances $1,200.00, value $200,000.
const FIELDS = {
  loan_id: "S-1",
  investor: "FHA",
  occupancy: "PRIMARY",
  upb: 190000,
  note_rate: 0.065,
  remaining_term: 300,
  past_due_interest: 4000,
  escrow_advances: 1200,
  property_value: 200000,
};

function evaluation() {
  const r = readLoan(Object.keys(FIELDS), Object.values(FIELDS));
  assert.deepEqual(r.issues, []);
  const e = PROGRAMS["SHORT-SALE-FHA"](r.record);
  assert.ok(e.ok);
  return e.value;
}

describe("taskpane/short-sale settlement", () => {
  it("starts from the lines the investor's evaluation used", () => {
    const e = evaluation();
    // Total debt (UPB + past-due interest + escrow advances) = 190,000 + 4,000 + 1,200 = $195,200.00.
    assert.equal(e.amounts?.total_debt, 19_520_000);
    const l = defaultLines(e);
    assert.ok(l);
    assert.equal(l.salePrice, 20_000_000, "no offer or list price: the property value");
    assert.equal(l.commissionRate.toString(), "0.06");
    assert.equal(startingLines(e)?.commissionRate, "6%");
    assert.equal(startingLines(e)?.salePrice, "$200,000.00");
  });

  it("nets the lines, tests the minimum by days on the market, and gives the deficiency", () => {
    const e = evaluation();
    const parsed = linesFrom({
      salePrice: "$180,000",
      commissionRate: "6%",
      closingCosts: "3,600",
      subordinatePayoff: "$1,500.00",
      relocation: "1000",
      otherCosts: "250",
      marketingDays: "45",
    });
    assert.deepEqual(parsed.problems, {});
    const r = settle(parsed.lines!, e, 19_000_000, 20_000_000);
    // 180,000 − 10,800 (6%) − 3,600 − 1,500 − 1,000 − 250 = $162,850.00.
    assert.equal(r.commission, 1_080_000);
    assert.equal(r.netProceeds, 16_285_000);
    // Day 45 is in HUD's 31-60 day tier: 86% of $200,000 = $172,000.00, not met.
    assert.equal(r.minimumNet?.share, "0.86");
    assert.equal(r.minimumNet?.amount, 17_200_000);
    assert.equal(r.minimumNet?.met, false);
    // Deficiency 195,200 − 162,850 = $32,350.00; severity 32,350 / 190,000 = 0.170263…
    assert.equal(r.deficiency, 3_235_000);
    assert.equal(r.lossSeverity?.toString(), new D(32350).div(190000).toString());

    const faster = settle(
      { ...parsed.lines!, marketingDays: 10, salePrice: 20_000_000 },
      e,
      19_000_000,
      20_000_000
    );
    // 200,000 − 12,000 − 3,600 − 1,500 − 1,000 − 250 = 181,650 ≥ 88% × 200,000 = 176,000.
    assert.equal(faster.netProceeds, 18_165_000);
    assert.equal(faster.minimumNet?.amount, 17_600_000);
    assert.equal(faster.minimumNet?.met, true);
  });

  it("names the line and the reason of each bad entry", () => {
    const r = linesFrom({
      salePrice: "180k",
      commissionRate: "6",
      closingCosts: "",
      subordinatePayoff: "-5",
      relocation: "1000",
      otherCosts: "0",
      marketingDays: "4.5",
    });
    assert.equal(r.lines, undefined);
    assert.deepEqual(r.problems, {
      salePrice: 'Sale price: "180k" is not an amount of money (write 1250.50 or $1,250.50)',
      commissionRate: 'Commission rate: "6" looks like a percent: enter 0.06 or 6%',
      subordinatePayoff: 'Subordinate-lien payoffs: "-5" cannot be negative',
      marketingDays: 'Days on the market: "4.5" is not a whole number of days',
    });
  });
});
