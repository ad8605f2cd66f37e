import { strict as assert } from "node:assert";
import { evaluateLadder, wording } from "../../../src/core/programs/ladder";
import { FLEX_2024 } from "../../../src/core/rules/flex-2024";
import { HAMP } from "../../../src/core/rules/hamp";
import { Cap, LadderParams, LadderStep } from "../../../src/core/rules/ladder";
import { RuleSet } from "../../../src/core/rules/rule-set";
import { REPAY_FNMA } from "../../../src/core/rules/repay-fnma";
import { Evaluation, Outcome } from "../../../src/core/programs/evaluation";
import { programById } from "../../../src/core/programs/catalogue";
import { HAMP_WORDING } from "../../../src/core/programs/hamp";
import { repaymentPlanOption } from "../../../src/core/programs/repayment";
import { FieldUse } from "../../../src/core/programs/descriptor";
import { loan, SEASONED } from "./loan";

/*
 * The ladder runs whatever steps a rule set declares: the stop rule, the caps and the
 * preconditions are the rule set's, and so is every number its sentences show. Level payments
 * (P = L·r / (1 − (1 + r)^−n), r = rate / 12, half-up to cents) checked with Python's decimal module.
 */

const FIELDS: FieldUse = {
  required: ["upb", "note_rate", "remaining_term", "pi_payment"],
  optional: [],
};
const PLAIN = wording({ program: "Test modification" });

function run(rules: RuleSet<LadderParams>, fields: Record<string, number | string | boolean>) {
  const r = evaluateLadder(loan(fields), rules, PLAIN, FIELDS);
  assert.ok(r.ok, JSON.stringify(r));
  return r.value;
}

function withSteps(
  base: RuleSet<LadderParams>,
  steps: LadderStep[],
  params: Partial<LadderParams> = {}
) {
  return { ...base, id: `${base.id}-TEST`, params: { ...base.params, ...params, steps } };
}

/** HAMP-A: 200,000 at 7.5% over 360 months, escrow 250, income 4,000: target P&I 0.31 × 4,000 − 250 = 990. */
const HAMP_A = {
  upb: 200000,
  note_rate: 0.075,
  remaining_term: 360,
  pi_payment: 1398.43,
  escrow_payment: 250,
  gross_monthly_income: 4000,
  property_value: 250000,
};

describe("core/programs ladder: the rule set's steps, stop rules, caps and preconditions", () => {
  it("the stop rule decides the rate: closest without going below 4.375% (998.57); first meeting 4.25% (983.88)", () => {
    // 0.125% steps down from 7.5%: 4.375% → 998.57 ≥ 990 > 983.88 ← 4.25%.
    const closest = run(HAMP, HAMP_A);
    assert.equal(closest.newRate!.toString(), "0.04375");
    assert.equal(closest.newPi, 99857);
    const rate = HAMP.params.steps.find((s) => s.kind === "rate")!;
    const first = run(
      withSteps(
        HAMP,
        HAMP.params.steps.map((s) => (s === rate ? { ...rate, stop: "first_meeting" } : s))
      ),
      HAMP_A
    );
    assert.equal(first.newRate!.toString(), "0.0425");
    assert.equal(first.newPi, 98388);
    assert.equal(first.steps.find((s) => s.step === "rate")!.code, "TARGET_MET");
  });

  it("a rate straight to the floor takes one move: 7.5% to the 2% floor, 739.24", () => {
    // 200,000 at 2% over 360 months = 739.24 ≤ 990.
    const rate = HAMP.params.steps.find((s) => s.kind === "rate")!;
    const e = run(
      withSteps(
        HAMP,
        HAMP.params.steps.map((s) =>
          s === rate ? { kind: "rate", search: "straight", floor: { rate: "0.02" } } : s
        )
      ),
      HAMP_A
    );
    assert.equal(e.newRate!.toString(), "0.02");
    assert.equal(e.newPi, 73924);
    assert.match(
      e.steps.find((s) => s.step === "rate")!.reason,
      /rate set to .* 2%: P&I \$739\.24/
    );
  });

  describe("caps: least of and greatest of (100,000 at 6% over 360, 599.55; target below 479.64)", () => {
    // value 100,000: MTMLTV 100%; to 50% interest-bearing MTMLTV is 50,000; 10% of gross is 10,000.
    const fields = {
      upb: 100000,
      note_rate: 0.06,
      remaining_term: 360,
      pi_payment: 599.55,
      property_value: 100000,
      ...SEASONED,
    };
    const forbear = (cap: Cap) =>
      run(
        withSteps(FLEX_2024, [
          { kind: "capitalize", into: "upb", payment: true },
          { kind: "forbearance", cap },
        ]),
        fields
      );
    const needed: Cap = { kind: "needed" };
    const toHalf: Cap = { kind: "to_interest_bearing_mtmltv", mtmltv: "0.50" };
    const tenth: Cap = { kind: "share_of_gross", share: "0.10" };

    it("the least of what the target needs, 50,000 and 10,000 is 10,000: 539.60, short of the target", () => {
      const e = forbear({ kind: "least_of", caps: [needed, toHalf, tenth] });
      assert.equal(e.forbearance, 1000000);
      assert.equal(e.newPi, 53960); // 90,000 at 6% over 360
      assert.equal(e.reasonCode, "STEPS_EXHAUSTED");
      const step = e.steps.find((s) => s.step === "forbearance")!;
      assert.equal(step.code, "FORBEARANCE_CAPPED");
      assert.match(step.reason, /capped at 10% of gross UPB/);
    });

    it("the least of what it needs and the greatest of 10,000 and 50,000 is what it needs: the target met", () => {
      const e = forbear({
        kind: "least_of",
        caps: [needed, { kind: "greatest_of", caps: [tenth, toHalf] }],
      });
      assert.equal(e.reasonCode, "TARGET_MET");
      // The target is below 0.8 × 599.55 = 479.64 (a reduction strictly above 20%): 479.63. It
      // carries 479.63 × (1 − 1.005^−360) / 0.005 = 79,998.2620… of principal, floored to 79,998.26,
      // so 100,000.00 − 79,998.26 = 20,001.74 is forborne (between the 10,000 and 50,000 caps), and
      // 79,998.26 at 6% over 360 is 479.6299879… → 479.63 (Python's decimal module, 60 digits).
      assert.equal(e.forbearance, 2000174);
      assert.equal(e.newPi, 47963);
      assert.match(
        e.steps.find((s) => s.step === "forbearance")!.reason,
        /\(the amount the target needs\)/
      );
    });

    it("a cap without what the target needs forbears it all: 50,000 → 299.78", () => {
      // 50,000 at 6% over 360 = 299.78.
      const e = forbear(toHalf);
      assert.equal(e.forbearance, 5000000);
      assert.equal(e.newPi, 29978);
      assert.equal(e.reasonCode, "TARGET_MET");
    });
  });

  it("preconditions compare MTMLTV exactly: at 50.00% no forbearance; at 50.00025% the 0.50 that brings it to 50%", () => {
    // 100,000 at 5% over 480 months (already the maximum), MIR 5% (the rate stays): P&I 482.20,
    // target below 0.8 × 482.20 = 385.76 → 385.75. Value 200,000: MTMLTV exactly 50%, not above it.
    // Value 199,999: above; ⌈0.5 × 199,999⌉ = 99,999.50, so 0.50 is forborne (the cap that binds).
    const fields = {
      upb: 100000,
      note_rate: 0.05,
      remaining_term: 480,
      pi_payment: 482.2,
      mod_rate: 0.05,
      ...SEASONED,
    };
    const flex = programById("FLEX-2024")!;
    const at = flex.evaluate(loan({ ...fields, property_value: 200000 }));
    assert.ok(at.ok);
    assert.deepEqual(
      at.value.steps.filter((s) => !s.step.startsWith("eligibility")).map((s) => s.code),
      ["CAPITALIZED", "NOTE_AT_OR_BELOW_MIR", "TERM_AT_MAX", "FORBEARANCE_SKIPPED_MTMLTV"]
    );
    assert.equal(at.value.forbearance, 0);
    const above = flex.evaluate(loan({ ...fields, property_value: 199999 }));
    assert.ok(above.ok);
    assert.equal(above.value.forbearance, 50);
    assert.match(
      above.value.steps.at(-1)!.reason,
      /forbore \$0\.50, capped at the amount that brings interest-bearing MTMLTV to 50%/
    );
  });

  it("every number in the sentences is the rule set's", () => {
    // FLEX-2024 with a 25% target and 3 payments (90 days) past due required.
    const flex = {
      ...FLEX_2024,
      params: {
        ...FLEX_2024.params,
        target: { ...FLEX_2024.params.target, share: "0.25" },
        eligibility: {
          ...FLEX_2024.params.eligibility,
          minMonthsDelinquent: 3,
        } as LadderParams["eligibility"],
      },
    };
    const e = run(flex, {
      upb: 200000,
      note_rate: 0.09,
      remaining_term: 360,
      pi_payment: 1609.25,
      property_value: 300000,
      mod_rate: 0.05,
      ...SEASONED,
    });
    assert.match(e.reason, /more than 25% below/);
    assert.match(e.steps[0].reason, /3 payments past due: at least 90 days delinquent/);
    // HAMP with a 38% housing ratio: 0.38 × 4,000 − 250 = 1,270.
    const hamp = {
      ...HAMP,
      params: { ...HAMP.params, target: { ...HAMP.params.target, ratio: "0.38" } },
    };
    const hr = evaluateLadder(loan(HAMP_A), hamp, HAMP_WORDING, FIELDS);
    assert.ok(hr.ok);
    const h = hr.value;
    assert.match(
      h.steps.find((s) => s.step === "capitalize")!.reason,
      /target P&I \$1,270\.00 \(38% of income/
    );
    // (1,398.43 + 250) / 4,000 = 41.21% > 38%.
    assert.match(h.steps[0].reason, /is 41\.21% of income \$4,000\.00: above 38%/);
    // REPAY-FNMA allowing 140% of the payment and counting 31 days a payment.
    const repay = {
      ...REPAY_FNMA,
      params: { ...REPAY_FNMA.params, maxPaymentRatio: "1.4", daysPerPaymentPastDue: 31 },
    };
    const r = repaymentPlanOption(
      loan({
        upb: 150000,
        note_rate: 0.04,
        remaining_term: 300,
        pi_payment: 0,
        escrow_payment: 0,
        months_delinquent: 1,
        hardship_resolved: true,
      }),
      repay
    );
    assert.ok(r.ok);
    assert.match(r.value.reason, /the 140% test has nothing to measure against/);
  });
});

describe("core/programs trail: sentences made when read", () => {
  // PMMS 6% rounded to the nearest 0.125% is the cap; 4.375% is below it: a step-up schedule.
  const e: Evaluation = run(HAMP, { ...HAMP_A, PMMS: 0.06 });

  it("reads the same text every time, and toJSON carries it all", () => {
    const first = e.steps.map((s) => [s.parameter, s.reason]);
    assert.deepEqual(
      e.steps.map((s) => [s.parameter, s.reason]),
      first
    );
    assert.ok(e instanceof Outcome);
    const data = JSON.parse(JSON.stringify(e));
    assert.equal(data.reason, e.reason);
    assert.equal(data.mtmltv, e.mtmltv!.toString());
    assert.equal(data.steps.length, e.steps.length);
    assert.deepEqual(
      data.steps.map((s: { reason: string; pi?: number }) => [s.reason, s.pi]),
      e.steps.map((s) => [s.reason, s.pi])
    );
    assert.equal(data.stepUp.length, e.stepUp!.length);
  });
});
