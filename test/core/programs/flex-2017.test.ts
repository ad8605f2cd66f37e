import { strict as assert } from "node:assert";
import { flexModification2017 } from "../../../src/core/programs/flex-2017";
import { Evaluation } from "../../../src/core/programs/evaluation";
import { loan, SEASONED } from "./loan";

function evaluate(fields: Record<string, number | string | boolean>): Evaluation {
  const r = flexModification2017(loan(fields));
  assert.ok(r.ok, JSON.stringify(r));
  return r.value;
}

// Expected values: test/oracle/programs.py (FLEX-2017 as docs/rules/flex.md gives it), results in
// test/oracle/fixtures.json.
describe("core/programs FLEX-2017", () => {
  it("MTMLTV 82% ≥ 80%: rate to the MIR 6.25%, then term straight to 480 → 1,163.87 ≤ target 1,182.38", () => {
    // 200,000 + 5,000 arrears = 205,000 on 250,000; 6.25% over 300 months = 1,352.32 (too high); over 480 = 1,163.87.
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
    assert.equal(e.ruleSet, "FLEX-2017");
    assert.equal(e.newRate!.toString(), "0.0625");
    assert.equal(e.newTerm, 480);
    assert.equal(e.newPi, 116387);
    assert.equal(e.forbearance, 0);
    assert.equal(e.targetMet, true);
  });

  it("underwater: forbear down to 100% MTMLTV (60,000 of 310,000, under the 30% cap) → 1,375.53", () => {
    // 300,000 at 7%/360 → pre 1,995.91, target 1,596.72; 6% over 480 → 1,705.66; IB 250,000 → 1,375.53.
    const e = evaluate({
      upb: 300000,
      note_rate: 0.07,
      remaining_term: 360,
      pi_payment: 1995.91,
      past_due_interest: 10000,
      property_value: 250000,
      mod_rate: 0.06,
      ...SEASONED,
    });
    assert.equal(e.forbearance, 6000000);
    assert.equal(e.interestBearingUpb, 25000000);
    assert.equal(e.newPi, 137553);
    assert.equal(e.targetMet, true);
  });

  it("keeps the rate below 80% MTMLTV, and under 90 days delinquent needs the income for the 40% HTI target", () => {
    const low = evaluate({
      upb: 100000,
      note_rate: 0.07,
      remaining_term: 240,
      pi_payment: 775.3,
      property_value: 250000,
      mod_rate: 0.05,
      ...SEASONED,
    });
    assert.equal(low.newRate!.toString(), "0.07");
    assert.equal(low.steps.find((s) => s.step === "rate")!.code, "RATE_KEPT");
    const r = flexModification2017(
      loan({
        upb: 100000,
        note_rate: 0.07,
        remaining_term: 240,
        pi_payment: 775.3,
        property_value: 250000,
        mod_rate: 0.05,
        ...SEASONED,
        months_delinquent: 1,
      })
    );
    assert.ok(!r.ok && r.issues.some((i) => i.field === "gross_monthly_income"));
  });
});
