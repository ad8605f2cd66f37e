import { strict as assert } from "node:assert";
import fc from "fast-check";
import { Cell, LoanRecord, readLoanRecord } from "../../../src/core/record";
import { Evaluation } from "../../../src/core/programs/evaluation";
import { fhaLossMitigation2025 } from "../../../src/core/programs/fha-2025";
import { levelPaymentCents } from "../../../src/core/schedule";

/**
 * FHA-2025 (docs/rules/fha.md). Expected amounts come from test/oracle/programs.py (exact rationals):
 * payment = L·r/(1 − (1+r)^−n) half-up to cents; max principal = the present value of the target
 * floored to cents (HUD ML 2009-23, as LM.MAXPRINCIPAL); target = floor to cents of 0.75 × pre.
 */
function record(fields: Record<string, Cell>): LoanRecord {
  const reading = readLoanRecord(Object.keys(fields), Object.values(fields));
  assert.deepEqual(reading.issues, []);
  return reading.record;
}

function evaluate(fields: Record<string, Cell>): Evaluation {
  const r = fhaLossMitigation2025(record(fields));
  assert.ok(r.ok, JSON.stringify(!r.ok && r.issues));
  return r.value;
}

const codes = (e: Evaluation) => e.steps.map((s) => s.code);

describe("programs/FHA-2025: standalone partial claim", () => {
  it("FHA-PC-1 (ML 2016-14, HUD counselor example): 30% × 56,000 = 16,800 − 3,000 prior = 13,800 available; 7,750 needed → standalone claim", () => {
    const e = evaluate({
      loan_id: "FHA-PC-1",
      upb: 52000,
      note_rate: 0.05,
      remaining_term: 300,
      pi_payment: 400,
      past_due_interest: 6250,
      escrow_advances: 1500,
      upb_at_default: 56000,
      prior_partial_claims: 3000,
      market_rate: 0.06,
      can_resume_payment: "TRUE",
    });
    assert.equal(e.program, "FHA standalone partial claim");
    assert.equal(e.ruleSet, "FHA-2025");
    assert.equal(e.reasonCode, "STANDALONE_CLAIM");
    assert.equal(e.partialClaim, 775000);
    assert.equal(e.newPi, 40000, "the payment is unchanged");
    assert.equal(e.interestBearingUpb, 5200000);
    assert.ok(e.targetMet && e.offerable && e.eligible);
    assert.match(e.steps[1].reason, /\$16,800\.00.*\$3,000\.00: \$13,800\.00 available/);
  });

  it("arrears above the claim available: 14,000 > 13,800 → combination; 13,800 into the claim, 200 capitalized; 360 months misses, 480 meets", () => {
    // UPB 52,000 + 200 = 52,200 at 6%: 360 months → 312.97 > target floor(0.75 × 400) = 300.00; nothing left
    // to defer; 480 months → 287.21 ≤ 300.00.
    const e = evaluate({
      loan_id: "F1b",
      upb: 52000,
      note_rate: 0.05,
      remaining_term: 300,
      pi_payment: 400,
      past_due_interest: 14000,
      upb_at_default: 56000,
      prior_partial_claims: 3000,
      market_rate: 0.06,
      can_resume_payment: "TRUE",
    });
    assert.deepEqual(codes(e), [
      "NO_FINANCIAL_TEST",
      "CLAIM_AVAILABLE",
      "CLAIM_TOO_SMALL",
      "ARREARS_PARTLY_CAPITALIZED",
      "ABOVE_TARGET",
      "CLAIM_EXHAUSTED",
      "TARGET_MET",
    ]);
    assert.equal(e.steps[4].pi, 31297);
    assert.equal(e.capitalizedUpb, 5220000);
    assert.equal(e.partialClaim, 1380000);
    assert.equal(e.interestBearingUpb, 5220000);
    assert.equal(e.newTerm, 480);
    assert.equal(e.newPi, 28721);
    assert.ok(e.targetMet && e.offerable);
  });

  it("an unstated can_resume_payment is said in the audit and the combination follows", () => {
    const e = evaluate({
      loan_id: "X",
      upb: 100000,
      note_rate: 0.05,
      remaining_term: 300,
      upb_at_default: 100000,
      prior_partial_claims: 0,
      market_rate: 0.05,
      past_due_interest: 1000,
    });
    assert.equal(e.steps[2].code, "RESUME_UNKNOWN");
    assert.match(e.steps[2].reason, /can_resume_payment is not stated/);
    assert.equal(e.program, "FHA combination modification and partial claim");
  });
});

describe("programs/FHA-2025: combination modification and partial claim", () => {
  const base = { loan_id: "C", note_rate: 0.08, remaining_term: 300 };

  it("met by the 360-month modification: 150,000 at 5% → 805.23 ≤ 1,125.00; the claim holds the 6,000 arrears", () => {
    const e = evaluate({
      ...base,
      upb: 150000,
      pre_hardship_pi: 1500,
      past_due_interest: 6000,
      upb_at_default: 150000,
      prior_partial_claims: 0,
      market_rate: 0.05,
    });
    assert.equal(e.reasonCode, "TARGET_MET");
    assert.equal(e.newPi, 80523);
    assert.equal(e.newTerm, 360);
    assert.equal(e.newRate!.toString(), "0.05");
    assert.equal(e.partialClaim, 600000);
    assert.equal(e.interestBearingUpb, 15000000);
    assert.equal(e.forbearance, 0, "a partial claim is not forbearance in the first lien");
    assert.equal(e.steps[e.steps.length - 1].step, "modify");
  });

  it("met by principal deferral: 200,000 at 6.875% → 1,313.86; max principal for 1,125.00 = 171,251.43 → defer 28,748.57", () => {
    // Available 30% × 205,000 = 61,500; arrears 9,000 in; 52,500 left ≥ 28,748.57.
    const e = evaluate({
      ...base,
      upb: 200000,
      pre_hardship_pi: 1500,
      past_due_interest: 9000,
      upb_at_default: 205000,
      prior_partial_claims: 0,
      market_rate: 0.06875,
    });
    assert.equal(e.steps[4].pi, 131386);
    assert.equal(e.newPi, 112500);
    assert.equal(e.partialClaim, 900000 + 2874857);
    assert.equal(e.interestBearingUpb, 17125143);
    assert.equal(e.capitalizedUpb, 20000000);
    assert.equal(e.newTerm, 360);
    assert.ok(e.targetMet && e.offerable);
    assert.ok(e.piReduction!.gte(0.25));
  });

  it("met at 480 months: 36,000 − 2,000 prior = 34,000; 4,000 arrears; 30,000 left < 39,105.17 needed at 360, ≥ 29,045.74 needed at 480", () => {
    // 7.5%: 360 months 1,398.43; deferring all 30,000 → 1,188.66 > 1,125.00; at 480 the max principal for
    // 1,125.00 is 170,954.26 (oracle) → defer 29,045.74 → 1,125.00.
    const e = evaluate({
      ...base,
      upb: 200000,
      pre_hardship_pi: 1500,
      past_due_interest: 4000,
      upb_at_default: 120000,
      prior_partial_claims: 2000,
      market_rate: 0.075,
    });
    assert.deepEqual(codes(e).slice(3), [
      "ARREARS_TO_CLAIM",
      "ABOVE_TARGET",
      "CLAIM_EXHAUSTED",
      "TARGET_MET",
    ]);
    assert.equal(e.steps[4].pi, 139843);
    assert.equal(e.steps[5].pi, 118866);
    assert.equal(e.newTerm, 480);
    assert.equal(e.newPi, 112500);
    assert.equal(e.partialClaim, 400000 + 2904574);
    assert.equal(e.interestBearingUpb, 17095426);
  });

  it("steps exhausted: 16,000 available, 12,000 left after arrears; 480 months → 1,237.17 > 1,125.00; still offerable (≤ 1,500)", () => {
    const e = evaluate({
      ...base,
      upb: 200000,
      pre_hardship_pi: 1500,
      past_due_interest: 4000,
      upb_at_default: 120000,
      prior_partial_claims: 20000,
      market_rate: 0.075,
    });
    assert.equal(e.reasonCode, "STEPS_EXHAUSTED");
    assert.equal(e.steps[5].pi, 131452);
    assert.equal(e.newPi, 123717);
    assert.equal(e.partialClaim, 1600000);
    assert.equal(e.targetMet, false);
    assert.equal(e.offerable, true);
  });

  it("a PMMS column: round8(6.81%) = 6.75% (no add-on under FHA-2025)", () => {
    const e = evaluate({
      ...base,
      upb: 150000,
      pre_hardship_pi: 1500,
      upb_at_default: 150000,
      prior_partial_claims: 0,
      PMMS: 0.0681,
    });
    assert.equal(e.newRate!.toString(), "0.0675");
    assert.match(
      e.steps.find((s) => s.step === "modify")!.reason,
      /PMMS 6\.81% rounded to the nearest 0\.125% plus 0%: 6\.75%/
    );
  });
});

describe("programs/FHA-2025: records", () => {
  it("names each missing required field (NA)", () => {
    const r = fhaLossMitigation2025(
      readLoanRecord(["loan_id", "upb", "note_rate", "remaining_term"], ["A", 100000, 0.05, 300])
        .record
    );
    assert.ok(!r.ok);
    assert.deepEqual(
      r.issues.map((i) => [i.code, i.field]),
      [
        ["NA", "upb_at_default"],
        ["NA", "prior_partial_claims"],
        ["NA", "market_rate"],
      ]
    );
  });
});

describe("programs/FHA-2025: properties", () => {
  const loan = fc.record({
    upb: fc.integer({ min: 1_000_000, max: 80_000_000 }),
    noteBp: fc.integer({ min: 200, max: 900 }),
    marketEighths: fc.integer({ min: 16, max: 72 }),
    remaining: fc.integer({ min: 60, max: 480 }),
    preShare: fc.double({ min: 0.6, max: 1.4, noNaN: true }),
    arrears: fc.integer({ min: 0, max: 5_000_000 }),
    defaultShare: fc.double({ min: 0.9, max: 1.2, noNaN: true }),
    prior: fc.integer({ min: 0, max: 3_000_000 }),
    resume: fc.constantFrom<Cell>("TRUE", "FALSE", ""),
  });

  it("term ≤ 480, claim used ≤ available, target_met ⇔ new P&I ≤ target, the last step agrees with target_met", () => {
    fc.assert(
      fc.property(loan, (l) => {
        const note = l.noteBp / 10000;
        const pre = Math.max(
          1,
          Math.round(levelPaymentCents(l.upb, note, l.remaining) * l.preShare)
        );
        const upbAtDefault = Math.round(l.upb * l.defaultShare);
        const fields: Record<string, Cell> = {
          loan_id: "P",
          upb: l.upb / 100,
          note_rate: note,
          remaining_term: l.remaining,
          pre_hardship_pi: pre / 100,
          past_due_interest: l.arrears / 100,
          upb_at_default: upbAtDefault / 100,
          prior_partial_claims: l.prior / 100,
          market_rate: (l.marketEighths * 0.125) / 100,
          can_resume_payment: l.resume,
        };
        const e = evaluate(fields);
        // Independent: available = floor(30% × UPB at default) − prior, never negative; target = floor(75% × pre).
        const available = Math.max(0, Math.floor((upbAtDefault * 30) / 100) - l.prior);
        const target = Math.floor((pre * 75) / 100);
        assert.ok(e.newTerm! <= 480);
        assert.ok(e.partialClaim! <= available, `claim ${e.partialClaim} > ${available}`);
        assert.equal(e.steps[e.steps.length - 1].pass, e.targetMet);
        if (e.program.startsWith("FHA combination")) {
          assert.equal(e.targetMet, e.newPi! <= target);
          assert.ok(e.newTerm === 360 || e.newTerm === 480);
          assert.equal(e.offerable, e.newPi! <= pre);
          const deferred = e.capitalizedUpb! - e.interestBearingUpb!;
          assert.ok(deferred >= 0 && deferred <= e.partialClaim!);
          assert.equal(
            e.newPi,
            levelPaymentCents(e.interestBearingUpb!, e.newRate!.toNumber(), e.newTerm!)
          );
        } else {
          assert.equal(l.resume, "TRUE");
          assert.equal(e.partialClaim, l.arrears);
          assert.ok(e.targetMet && e.offerable);
        }
      }),
      { numRuns: 400 }
    );
  });
});
