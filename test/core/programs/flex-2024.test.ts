import { strict as assert } from "node:assert";
import fc from "fast-check";
import { flexModification2024 } from "../../../src/core/programs/flex-2024";
import { Evaluation } from "../../../src/core/programs/evaluation";
import { loan, SEASONED } from "./loan";

function evaluate(fields: Record<string, number | string | boolean>): Evaluation {
  const r = flexModification2024(loan(fields));
  assert.ok(r.ok, JSON.stringify(r));
  return r.value;
}

/*
 * Expected values below come from the independent implementation in test/oracle/programs.py
 * (docs/rules/flex.md: rate ladder tried step by step, terms month by month, the forbearance to
 * the target = gross − the max principal, the present value of the target summed month by month
 * and floored to cents), whose results are in test/oracle/fixtures.json.
 * Target = largest cent strictly below 80% of the pre-mod P&I.
 */
describe("core/programs FLEX-2024", () => {
  it("E: the rate step meets the target — 200,000 at 9%/360 (P&I 1,609.25), 3,000 arrears, value 300,000, MIR 5%", () => {
    // gross 203,000; MTMLTV 67.67% ≥ 50%; target 1,287.39 (0.8 × 1,609.25 = 1,287.40 → strictly below);
    // 9% down in 0.125% steps: 6.500% gives 1,283.10 ≤ 1,287.39, 6.625% gives more → stop at 6.5%.
    const e = evaluate({
      upb: 200000,
      note_rate: 0.09,
      remaining_term: 360,
      pi_payment: 1609.25,
      past_due_interest: 3000,
      property_value: 300000,
      mod_rate: 0.05,
      ...SEASONED,
    });
    assert.equal(e.ruleSet, "FLEX-2024");
    assert.equal(e.capitalizedUpb, 20300000);
    assert.equal(e.newRate!.toString(), "0.065");
    assert.equal(e.newTerm, 360);
    assert.equal(e.newPi, 128310);
    assert.equal(e.forbearance, 0);
    assert.equal(e.targetMet, true);
    assert.equal(e.offerable, true);
    assert.equal(e.eligible, true);
    assert.equal(e.reasonCode, "TARGET_MET");
  });

  it("A: rate to the MIR, then the term — 200,000 at 7.5%/300, 5,000 arrears, value 250,000, MIR 6.25%", () => {
    // gross 205,000, MTMLTV 82%; at 6.25%/300 P&I 1,352.32 > target 1,182.38; 450 months gives 1,181.82 (449 does not).
    const e = evaluate({
      upb: 200000,
      note_rate: 0.075,
      remaining_term: 300,
      pi_payment: 1477.98,
      past_due_interest: 5000,
      property_value: 250000,
      mod_rate: 0.0625,
      ...SEASONED,
    });
    assert.equal(e.newRate!.toString(), "0.0625");
    assert.equal(e.newTerm, 450);
    assert.equal(e.newPi, 118182);
    assert.equal(e.targetMet, true);
    assert.deepEqual(
      e.steps.filter((s) => !s.step.startsWith("eligibility")).map((s) => [s.step, s.pass]),
      [
        ["capitalize", true],
        ["rate", false],
        ["term", true],
      ]
    );
  });

  it("B: forbearance reaches the target — same loan, MIR 7%", () => {
    // 7% at 480 months: 1,273.93 > 1,182.38; the max principal for 1,182.38 at 7%/480 is 190,267.21
    // (oracle), so forbear the least of (a) 205,000 − 190,267.21 = 14,732.79 to reach the target,
    // (b) 205,000 − 125,000 = 80,000 to IB MTMLTV 50%, (c) 30% × 205,000 = 61,500 → 14,732.79; P&I 1,182.38.
    const e = evaluate({
      upb: 200000,
      note_rate: 0.075,
      remaining_term: 300,
      pi_payment: 1477.98,
      past_due_interest: 5000,
      property_value: 250000,
      mod_rate: 0.07,
      ...SEASONED,
    });
    assert.equal(e.newTerm, 480);
    assert.equal(e.forbearance, 1473279);
    assert.equal(e.interestBearingUpb, 20500000 - 1473279);
    assert.equal(e.newPi, 118238);
    assert.equal(e.targetMet, true);
  });

  it("F: underwater loan, 400,000 at 6.5%/300 with 30,000 arrears on a 330,000 value, MIR 6.375%", () => {
    // gross 430,000 (MTMLTV 130.3%); 6.375%/480 gives 2,479.27; the max principal for the target 2,160.66
    // is 374,740.61 (oracle) → forbearance 430,000 − 374,740.61 = 55,259.39 → P&I 2,160.66 = target.
    const e = evaluate({
      upb: 400000,
      note_rate: 0.065,
      remaining_term: 300,
      pi_payment: 2700.83,
      past_due_interest: 30000,
      property_value: 330000,
      mod_rate: 0.06375,
      ...SEASONED,
    });
    assert.equal(e.forbearance, 5525939);
    assert.equal(e.newPi, 216066);
    assert.ok(e.mtmltv!.toString().startsWith("1.3030303"));
  });

  it("G: the 50% interest-bearing cap binds and the target is not met, yet the mod is offerable", () => {
    // gross 306,000 on 600,000 (MTMLTV 51%): no rate cut (note 5% < MIR 5.25%); 480 months → 1,475.52;
    // forbearance capped at 306,000 − 300,000 = 6,000 → 1,446.59 > target 1,288.36; 1,446.59 ≤ pre 1,610.46 → offerable.
    const e = evaluate({
      upb: 300000,
      note_rate: 0.05,
      remaining_term: 360,
      pi_payment: 1610.46,
      past_due_interest: 6000,
      property_value: 600000,
      mod_rate: 0.0525,
      ...SEASONED,
    });
    assert.equal(e.forbearance, 600000);
    assert.equal(e.newPi, 144659);
    assert.equal(e.targetMet, false);
    assert.equal(e.offerable, true);
    assert.equal(e.reasonCode, "STEPS_EXHAUSTED");
    assert.equal(e.steps.find((s) => s.step === "rate")!.code, "NOTE_AT_OR_BELOW_MIR");
  });

  it("D: MTMLTV below 50% — no rate cut and no forbearance; the term alone falls short", () => {
    // gross 102,000 on 250,000 = 40.8%: term to 480 at 7% → 633.86 > target 620.23.
    const e = evaluate({
      upb: 100000,
      note_rate: 0.07,
      remaining_term: 240,
      pi_payment: 775.3,
      past_due_interest: 2000,
      property_value: 250000,
      mod_rate: 0.06,
      ...SEASONED,
    });
    assert.equal(e.newRate!.toString(), "0.07");
    assert.equal(e.newTerm, 480);
    assert.equal(e.newPi, 63386);
    assert.equal(e.forbearance, 0);
    assert.equal(e.targetMet, false);
    assert.deepEqual(
      e.steps.filter((s) => !s.step.startsWith("eligibility")).map((s) => s.code),
      ["CAPITALIZED", "RATE_SKIPPED_MTMLTV", "TERM_AT_MAX", "FORBEARANCE_SKIPPED_MTMLTV"]
    );
  });

  it("reports eligibility without applying it silently", () => {
    const e = evaluate({
      upb: 200000,
      note_rate: 0.09,
      remaining_term: 360,
      pi_payment: 1609.25,
      property_value: 300000,
      mod_rate: 0.05,
      months_delinquent: 1,
      origination_date: "2026-03-01",
      as_of_date: "2026-11-01",
      prior_modifications: 3,
    });
    assert.equal(e.eligible, false);
    assert.deepEqual(
      e.steps.filter((s) => s.step.startsWith("eligibility")).map((s) => s.code),
      ["IMMINENT_DEFAULT_NEEDED", "LOAN_TOO_NEW", "TOO_MANY_MODS"]
    );
    assert.equal(e.targetMet, true); // the terms are still computed
  });

  it("names the missing field", () => {
    const r = flexModification2024(
      loan({ upb: 1000, note_rate: 0.05, remaining_term: 100, pi_payment: 10 })
    );
    assert.ok(!r.ok);
    assert.deepEqual(
      r.issues.map((i) => [i.code, i.field]),
      [
        ["NA", "property_value"],
        ["NA", "mod_rate"],
      ]
    );
  });

  it("over random loans: the rate never rises or drops below the MIR, term ≤ 480, forbearance within every cap, target_met ⇔ P&I meets the target", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 50_000, max: 900_000 }),
        fc.integer({ min: 200, max: 1000 }), // note rate in 0.01%
        fc.integer({ min: 12, max: 480 }),
        fc.integer({ min: 0, max: 40_000 }),
        fc.integer({ min: 40_000, max: 1_500_000 }),
        fc.integer({ min: 200, max: 900 }),
        (upb, noteBp, term, arrears, value, mirBp) => {
          const note = noteBp / 10000;
          const mir = mirBp / 10000;
          const pre =
            Math.round((upb * 100 * (note / 12)) / (1 - Math.pow(1 + note / 12, -term))) / 100;
          const e = evaluate({
            upb,
            note_rate: note,
            remaining_term: term,
            pi_payment: pre,
            past_due_interest: arrears,
            property_value: value,
            mod_rate: mir,
            ...SEASONED,
          });
          const gross = (upb + arrears) * 100;
          assert.ok(e.newRate!.lte(note), "rate never rises");
          assert.ok(e.newRate!.gte(Math.min(note, mir)), "never below the MIR");
          assert.ok(e.newTerm! <= 480 && e.newTerm! >= Math.min(term, 480));
          assert.ok(e.forbearance! <= Math.floor(gross * 0.3) + 1);
          assert.ok(e.forbearance! <= Math.max(0, gross - Math.ceil(value * 100 * 0.5)));
          const targetCents = Math.ceil((4 * Math.round(pre * 100)) / 5) - 1; // largest cent strictly below 80%, in integers
          assert.equal(e.targetMet, e.newPi! <= targetCents, "target_met ⇔ new P&I ≤ target");
          assert.equal(e.offerable, e.newPi! <= Math.round(pre * 100));
          const last = e.steps[e.steps.length - 1];
          assert.equal(last.pi, e.newPi, "the last step shows the resulting P&I");
          assert.equal(last.pass, e.targetMet || last.step === "capitalize");
        }
      ),
      { numRuns: 300 }
    );
  });
});
