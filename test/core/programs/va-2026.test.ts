import { strict as assert } from "node:assert";
import fc from "fast-check";
import { Cell, LoanRecord, readLoanRecord } from "../../../src/core/record";
import { Evaluation } from "../../../src/core/programs/evaluation";
import { vaAffordableModification2026 } from "../../../src/core/programs/va-2026";
import { VA_2026 } from "../../../src/core/rules/va-2026";
import { levelPaymentCents } from "../../../src/core/schedule";

/**
 * VA-2026 (docs/rules/va.md). Expected amounts from test/oracle/programs.py (exact rationals):
 * payment = L·r/(1 − (1+r)^−n) half-up to cents; max principal = the present value of the target
 * floored to cents (HUD ML 2009-23's method); target P&I = half-up(0.31 × GMI) − escrow; round8 =
 * nearest 0.125%, ties up.
 */
function record(fields: Record<string, Cell>): LoanRecord {
  const reading = readLoanRecord(Object.keys(fields), Object.values(fields));
  assert.deepEqual(reading.issues, []);
  return reading.record;
}

function evaluate(fields: Record<string, Cell>): Evaluation {
  const r = vaAffordableModification2026(record(fields));
  assert.ok(r.ok, JSON.stringify(!r.ok && r.issues));
  return r.value;
}

const codes = (e: Evaluation) => e.steps.map((s) => s.code);

describe("programs/VA-2026: VA Affordable Modification", () => {
  it("met by the modification: 150,000 + 5,000 arrears at min(6.875%, 7.5% + 1) = 6.875% over 360 → 1,018.24 ≤ 1,560.00", () => {
    // Target PITIA = 0.31 × 6,000 = 1,860.00; less escrow 300 → target P&I 1,560.00. Current P&I
    // (150,000 at 7.5% over 300) = 1,108.49, so the new P&I is also lower.
    const e = evaluate({
      loan_id: "V1",
      upb: 150000,
      note_rate: 0.075,
      remaining_term: 300,
      escrow_payment: 300,
      gross_monthly_income: 6000,
      past_due_interest: 5000,
      market_rate: 0.06875,
      upb_at_default: 155000,
      prior_partial_claims: 0,
    });
    assert.equal(e.ruleSet, "VA-2026");
    assert.deepEqual(codes(e), ["CAPITALIZED", "TARGET_SET", "TARGET_MET"]);
    assert.equal(e.newRate!.toString(), "0.06875");
    assert.equal(e.newTerm, 360);
    assert.equal(e.capitalizedUpb, 15500000);
    assert.equal(e.newPi, 101824);
    assert.equal(e.newPitia, 131824);
    assert.equal(e.partialClaim, 0);
    assert.ok(e.targetMet && e.offerable);
    assert.equal(e.dtiAfter!.toFixed(8), "0.21970667", "1,318.24 / 6,000");
  });

  it("rate capped at note + 1 point and principal deferred into the partial claim: defer 19,649.80 → 995.00", () => {
    // PMMS 6.81% → round8 6.75% + 0.50 = 7.25%; note 4% + 1 = 5% is lower → 5%. 205,000 over 360 at
    // 5% = 1,100.48 > target 0.31 × 4,500 = 1,395.00 − 400 = 995.00. Max principal for 995.00 at
    // 5%/360 = 185,350.20 (oracle) → defer 19,649.80 (claim available 30% × 205,000 = 61,500).
    const e = evaluate({
      loan_id: "V2",
      upb: 200000,
      note_rate: 0.04,
      remaining_term: 300,
      pi_payment: 1100,
      escrow_payment: 400,
      gross_monthly_income: 4500,
      past_due_interest: 5000,
      PMMS: 0.0681,
      upb_at_default: 205000,
      prior_partial_claims: 0,
    });
    assert.equal(e.newRate!.toString(), "0.05");
    assert.match(
      e.steps[2].reason,
      /the note rate 4% \+ 1% = 5% \(below PMMS 6\.81% rounded to the nearest 0\.125% plus 0\.5%: 7\.25%\)/
    );
    assert.equal(e.steps[2].pi, 110048);
    assert.equal(e.partialClaim, 1964980);
    assert.equal(e.interestBearingUpb, 18535020);
    assert.equal(e.newPi, 99500);
    assert.equal(e.newTerm, 360);
    assert.equal(e.forbearance, 0);
    assert.ok(e.targetMet && e.offerable);
  });

  it("met at 480 months: 51,000 available < 55,443.97 needed at 360, ≥ 44,885.76 needed at 480", () => {
    // PMMS 6.81% → 7.25%; note 6% + 1 = 7% → 7%. 205,000 over 360 = 1,363.87; all 51,000 deferred →
    // 1,024.57 > 995.00; at 480 the max principal for 995.00 is 160,114.24 (oracle) → defer 44,885.76.
    const e = evaluate({
      loan_id: "V3",
      upb: 200000,
      note_rate: 0.06,
      remaining_term: 300,
      escrow_payment: 400,
      gross_monthly_income: 4500,
      past_due_interest: 5000,
      PMMS: 0.0681,
      upb_at_default: 170000,
      prior_partial_claims: 0,
    });
    assert.deepEqual(codes(e), [
      "CAPITALIZED",
      "TARGET_SET",
      "ABOVE_TARGET",
      "CLAIM_EXHAUSTED",
      "TARGET_MET",
    ]);
    assert.equal(e.newRate!.toString(), "0.07");
    assert.equal(e.steps[2].pi, 136387);
    assert.equal(e.steps[3].pi, 102457);
    assert.equal(e.newTerm, 480);
    assert.equal(e.partialClaim, 4488576);
    assert.equal(e.newPi, 99500);
  });

  it("steps exhausted: 5,000 available (51,000 − 46,000 prior) → 480 months 1,242.86 > 995.00; offerable (below 1,288.60)", () => {
    const e = evaluate({
      loan_id: "V4",
      upb: 200000,
      note_rate: 0.06,
      remaining_term: 300,
      escrow_payment: 400,
      gross_monthly_income: 4500,
      past_due_interest: 5000,
      PMMS: 0.0681,
      upb_at_default: 170000,
      prior_partial_claims: 46000,
    });
    assert.equal(e.reasonCode, "STEPS_EXHAUSTED");
    assert.equal(e.steps[3].pi, 133060);
    assert.equal(e.newPi, 124286);
    assert.equal(e.partialClaim, 500000);
    assert.equal(e.targetMet, false);
    assert.equal(e.offerable, true, "1,242.86 ≤ current P&I 1,288.60 (200,000 at 6% over 300)");
  });

  it("a remaining term above 360 is kept (420); meeting 31% is offerable even though the P&I rises 1,009.38 → 1,123.64", () => {
    const e = evaluate({
      loan_id: "V5",
      upb: 200000,
      note_rate: 0.05,
      remaining_term: 420,
      escrow_payment: 400,
      gross_monthly_income: 10000,
      market_rate: 0.05875,
      upb_at_default: 200000,
      prior_partial_claims: 0,
    });
    assert.equal(e.newTerm, 420);
    assert.equal(e.newPi, 112364);
    assert.ok(e.targetMet && e.offerable);
    assert.ok(e.piReduction!.lt(0));
  });

  it("escrow above 31% of income: no P&I can meet the target", () => {
    const e = evaluate({
      loan_id: "V6",
      upb: 100000,
      note_rate: 0.05,
      remaining_term: 300,
      escrow_payment: 800,
      gross_monthly_income: 2000,
      market_rate: 0.05,
      upb_at_default: 100000,
      prior_partial_claims: 0,
    });
    assert.equal(e.steps[1].code, "ESCROW_ABOVE_TARGET");
    assert.equal(e.targetMet, false);
    assert.equal(e.newTerm, 480);
  });

  it("records the 2026 waterfall order as far as the sources say: partial claim step 5, 40-year modification step 6", () => {
    const w = VA_2026.params.waterfall;
    assert.equal(w.length, 6);
    assert.equal(w[4].option, "VA partial claim");
    assert.match(w[5].option!, /40-year/);
    assert.ok(w.slice(0, 4).every((s) => s.option === null));
  });

  it("names each missing required field (NA)", () => {
    const r = vaAffordableModification2026(
      readLoanRecord(
        ["loan_id", "upb", "note_rate", "remaining_term", "market_rate"],
        ["A", 100000, 0.05, 300, 0.06]
      ).record
    );
    assert.ok(!r.ok);
    assert.deepEqual(
      r.issues.map((i) => [i.code, i.field]),
      [
        ["NA", "escrow_payment"],
        ["NA", "gross_monthly_income"],
        ["NA", "upb_at_default"],
        ["NA", "prior_partial_claims"],
      ]
    );
  });
});

describe("programs/VA-2026: properties", () => {
  it("term ≤ 480, claim ≤ available, rate ≤ note + 1 point, target_met ⇔ new P&I ≤ target, the last step agrees", () => {
    fc.assert(
      fc.property(
        fc.record({
          upb: fc.integer({ min: 1_000_000, max: 60_000_000 }),
          noteBp: fc.integer({ min: 200, max: 900 }),
          marketEighths: fc.integer({ min: 16, max: 72 }),
          remaining: fc.integer({ min: 60, max: 480 }),
          arrears: fc.integer({ min: 0, max: 3_000_000 }),
          escrow: fc.integer({ min: 0, max: 150_000 }),
          gmi: fc.integer({ min: 100_000, max: 2_500_000 }),
          prior: fc.integer({ min: 0, max: 2_000_000 }),
        }),
        (l) => {
          const note = l.noteBp / 10000;
          const market = (l.marketEighths * 0.125) / 100;
          const e = evaluate({
            loan_id: "P",
            upb: l.upb / 100,
            note_rate: note,
            remaining_term: l.remaining,
            escrow_payment: l.escrow / 100,
            gross_monthly_income: l.gmi / 100,
            past_due_interest: l.arrears / 100,
            market_rate: market,
            upb_at_default: l.upb / 100,
            prior_partial_claims: l.prior / 100,
          });
          // Independent: target = half-up(31% × GMI) − escrow (31 × gmi is a whole number of cents × 100).
          const target = Math.floor((31 * l.gmi + 50) / 100) - l.escrow;
          const available = Math.max(0, Math.floor((30 * l.upb) / 100) - l.prior);
          assert.ok(e.newTerm! <= 480 && e.newTerm! >= Math.min(480, Math.max(360, l.remaining)));
          assert.ok(e.partialClaim! <= available);
          assert.ok(e.newRate!.lte(note + 0.01 + 1e-12) && e.newRate!.lte(market + 1e-12));
          assert.equal(e.targetMet, e.newPi! <= target);
          assert.equal(e.steps[e.steps.length - 1].pass, e.targetMet);
          assert.equal(e.capitalizedUpb, l.upb + l.arrears);
          assert.equal(e.interestBearingUpb, e.capitalizedUpb! - e.partialClaim!);
          assert.equal(
            e.newPi,
            levelPaymentCents(e.interestBearingUpb!, e.newRate!.toNumber(), e.newTerm!)
          );
          if (e.targetMet) assert.ok(e.offerable);
        }
      ),
      { numRuns: 400 }
    );
  });
});
