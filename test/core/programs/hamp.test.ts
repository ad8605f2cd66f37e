import { strict as assert } from "node:assert";
import fc from "fast-check";
import { hampModification } from "../../../src/core/programs/hamp";
import { Evaluation } from "../../../src/core/programs/evaluation";
import { loan } from "./loan";
import Decimal from "decimal.js";
import { stepUpSchedule } from "../../../src/core/programs/hamp-step-up";

function evaluate(fields: Record<string, number | string | boolean>): Evaluation {
  const r = hampModification(loan(fields));
  assert.ok(r.ok, JSON.stringify(r));
  return r.value;
}

/*
 * Expected values from the HAMP-A case of docs/rules/hamp.md (inputs and P&I published by
 * silvermortgage.blogspot.com, Example 1) and from the independent implementation in
 * test/oracle/programs.py, which walks every 0.125% step and every month (results in
 * test/oracle/fixtures.json).
 */
describe("core/programs HAMP", () => {
  it("HAMP-A: 200,000 at 7.5%/360, taxes and insurance 250, income 4,000 → 4.375%, P&I 998.57, DTI 31.21% (closest without going below)", () => {
    // target PITIA 0.31 × 4,000 = 1,240; target P&I 990. 4.375% → 998.57 ≥ 990; 4.25% → 983.88 < 990.
    const e = evaluate({
      upb: 200000,
      note_rate: 0.075,
      remaining_term: 360,
      pi_payment: 1398.43,
      escrow_payment: 250,
      gross_monthly_income: 4000,
      property_value: 250000,
    });
    assert.equal(e.ruleSet, "HAMP");
    assert.equal(e.eligible, true);
    assert.equal(e.newRate!.toString(), "0.04375");
    assert.equal(e.newPi, 99857);
    assert.equal(e.newPitia, 124857);
    assert.equal(e.dtiAfter!.toFixed(4), "0.3121");
    assert.equal(e.targetMet, true);
    assert.equal(e.newTerm, 360);
  });

  it("the term step stops at 347 months (778.47 ≥ 778; 348 months would go below) — 200,000 at 5%/300, 5,000 arrears, escrow 400, income 3,800", () => {
    // target 0.31 × 3,800 = 1,178 − 400 = 778; 2% over 300 months still gives 868.90.
    const e = evaluate({
      upb: 200000,
      note_rate: 0.05,
      remaining_term: 300,
      pi_payment: 1169.18,
      escrow_payment: 400,
      gross_monthly_income: 3800,
      property_value: 260000,
      past_due_interest: 5000,
    });
    assert.equal(e.newRate!.toString(), "0.02");
    assert.equal(e.newTerm, 347);
    assert.equal(e.newPi, 77847);
    assert.equal(e.targetMet, true);
    assert.equal(e.steps.find((s) => s.step === "rate")!.code, "RATE_AT_FLOOR");
  });

  it("forbearance reaches the target exactly: 29,981.80 forborne → P&I 530.00 (income 3,000)", () => {
    // target 930 − 400 = 530; 2%/480 gives 620.79; max principal for 530 at 2%/480 = 175,018.20 (oracle)
    // → forbearance 205,000 − 175,018.20 = 29,981.80 ≤ 30% cap 61,500.
    const e = evaluate({
      upb: 200000,
      note_rate: 0.05,
      remaining_term: 300,
      pi_payment: 1169.18,
      escrow_payment: 400,
      gross_monthly_income: 3000,
      property_value: 260000,
      past_due_interest: 5000,
    });
    assert.equal(e.newTerm, 480);
    assert.equal(e.forbearance, 2998180);
    assert.equal(e.newPi, 53000);
    assert.equal(e.targetMet, true);
  });

  it("the forbearance cap binds: the greater of 30% (93,000) and the amount to 100% MTMLTV (30,000) → target missed", () => {
    // 310,000 gross on 280,000; target 930 − 500 = 430; forbearing 93,000 leaves 657.13.
    const e = evaluate({
      upb: 300000,
      note_rate: 0.06,
      remaining_term: 360,
      pi_payment: 1798.65,
      escrow_payment: 500,
      gross_monthly_income: 3000,
      property_value: 280000,
      past_due_interest: 10000,
    });
    assert.equal(e.forbearance, 9300000);
    assert.equal(e.newPi, 65713);
    assert.equal(e.targetMet, false);
    assert.equal(e.offerable, false);
    assert.equal(e.reasonCode, "STEPS_EXHAUSTED");
  });

  it("is not eligible at a housing ratio of 31% or less", () => {
    const e = evaluate({
      upb: 100000,
      note_rate: 0.05,
      remaining_term: 360,
      pi_payment: 536.82,
      escrow_payment: 100,
      gross_monthly_income: 5000,
      property_value: 250000,
    });
    assert.equal(e.eligible, false);
    assert.equal(e.steps[0].code, "DTI_AT_OR_BELOW_TARGET");
  });

  it("steps the rate up after 5 years to the cap: Freddie's 200,000 over 40 years at 2%, 605.65 → 703.63 (+97.98, 'about $100')", () => {
    // Python decimal: balance after 60 payments 182,831.16, re-amortized at 3% over 420 months → 703.63;
    // after 12 more, 179,831.49 at 4% over 408 → 807.04.
    const s = stepUpSchedule(20000000, new Decimal("0.02"), 480, new Decimal("0.04125"), 5, "0.01");
    assert.deepEqual(
      s.slice(0, 3).map((x) => [x.fromMonth, x.toMonth, x.rate.toString(), x.pi]),
      [
        [1, 60, "0.02", 60565],
        [61, 72, "0.03", 70363],
        [73, 84, "0.04", 80704],
      ]
    );
    assert.deepEqual([s[3].fromMonth, s[3].toMonth, s[3].rate.toString()], [85, 480, "0.04125"]);
  });

  it("HAMP-A with PMMS 5.95% (cap 6.000%): 998.57 for 5 years, then 1,103.90 at 5.375%, then 1,170.37 at 6%", () => {
    // Python decimal: balance after 60 payments 181,968.14 → 1,103.90 over 300 months; after 72, 178,415.46 → 1,170.37 over 288.
    const e = evaluate({
      upb: 200000,
      note_rate: 0.075,
      remaining_term: 360,
      pi_payment: 1398.43,
      escrow_payment: 250,
      gross_monthly_income: 4000,
      property_value: 250000,
      pmms: 0.0595,
    });
    assert.deepEqual(
      e.stepUp!.map((x) => [x.fromMonth, x.toMonth, x.rate.toString(), x.pi]),
      [
        [1, 60, "0.04375", 99857],
        [61, 72, "0.05375", 110390],
        [73, 360, "0.06", 117037],
      ]
    );
  });

  it("over random loans: rate within [2%, note], term ≤ 480, forbearance within the cap, target_met agrees with the last step", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 50_000, max: 800_000 }),
        fc.integer({ min: 150, max: 1000 }),
        fc.integer({ min: 60, max: 480 }),
        fc.integer({ min: 1500, max: 20_000 }),
        fc.integer({ min: 0, max: 1500 }),
        fc.integer({ min: 50_000, max: 1_000_000 }),
        (upb, noteBp, term, gmi, escrow, value) => {
          const note = noteBp / 10000;
          const e = evaluate({
            upb,
            note_rate: note,
            remaining_term: term,
            pi_payment: 1000,
            escrow_payment: escrow,
            gross_monthly_income: gmi,
            property_value: value,
          });
          assert.ok(e.newRate!.lte(note) && e.newRate!.gte(Math.min(note, 0.02)));
          assert.ok(e.newTerm! <= 480);
          const gross = upb * 100;
          assert.ok(
            e.forbearance! <= Math.max(Math.floor(gross * 0.3), Math.max(0, gross - value * 100))
          );
          const last = [...e.steps].reverse().find((s) => s.step !== "step-up")!;
          assert.equal(last.pi, e.newPi);
          if (e.reasonCode !== "ESCROW_ABOVE_TARGET") assert.equal(last.pass, e.targetMet);
        }
      ),
      { numRuns: 300 }
    );
  });
});
