import { strict as assert } from "node:assert";
import fc from "fast-check";
import { Cell, LoanRecord, readLoanRecord } from "../../../src/core/record";
import { Evaluation } from "../../../src/core/programs/evaluation";
import { paymentDeferral } from "../../../src/core/programs/deferral";

/** DEFERRAL (docs/rules/deferral.md; Fannie Mae D2-3.2-04). Each amount is worked by hand in its case. */
function record(fields: Record<string, Cell>): LoanRecord {
  const reading = readLoanRecord(Object.keys(fields), Object.values(fields));
  assert.deepEqual(reading.issues, []);
  return reading.record;
}

function evaluate(fields: Record<string, Cell>): Evaluation {
  const r = paymentDeferral(record(fields));
  assert.ok(r.ok, JSON.stringify(!r.ok && r.issues));
  return r.value;
}

const base = {
  loan_id: "D",
  upb: 200000,
  note_rate: 0.04,
  remaining_term: 300,
  pi_payment: 1100,
  escrow_payment: 400,
  origination_date: "2015-01-01",
  as_of_date: "2026-01-01",
};

describe("programs/DEFERRAL: payment deferral", () => {
  it("eligible: 3 × 1,100.00 = 3,300.00 + 150.00 servicing advances = 3,450.00 deferred; P&I stays 1,100.00", () => {
    const e = evaluate({
      ...base,
      months_delinquent: 3,
      prior_deferred_months: 2,
      servicing_advances: 150,
      escrow_advances: 900,
      hardship_resolved: "yes",
    });
    assert.equal(e.ruleSet, "DEFERRAL");
    assert.ok(e.eligible && e.targetMet && e.offerable);
    assert.equal(e.reasonCode, "DEFERRED");
    assert.deepEqual(e.amounts, {
      deferred_balance: 345000,
      deferred_pi: 330000,
      deferred_advances: 15000,
    });
    assert.equal(e.forbearance, 345000);
    assert.equal(e.interestBearingUpb, 20000000);
    assert.equal(e.newPi, 110000);
    assert.equal(e.newPitia, 150000);
    assert.equal(e.newTerm, 300);
    assert.match(e.reason, /escrow advances \$900\.00 are recovered through the escrow analysis/);
    assert.ok(e.steps.slice(0, 5).every((s) => s.pass));
  });

  it("6 months at the edge: 6 × 987.65 = 5,925.90; 6 prior + 6 = 12 (the cap); 37 months to maturity", () => {
    const e = evaluate({
      ...base,
      remaining_term: 37,
      pi_payment: 987.65,
      months_delinquent: 6,
      prior_deferred_months: 6,
      hardship_resolved: true,
    });
    assert.ok(e.eligible);
    assert.equal(e.amounts!.deferred_balance, 592590);
  });

  it("not eligible: 10 prior + 3 = 13 months deferred, over the 12-month lifetime cap", () => {
    const e = evaluate({
      ...base,
      months_delinquent: 3,
      prior_deferred_months: 10,
      hardship_resolved: "yes",
    });
    assert.equal(e.eligible, false);
    assert.equal(e.targetMet, false);
    assert.equal(e.reasonCode, "CUMULATIVE_OVER_CAP");
    assert.match(
      e.steps[1].reason,
      /10 months deferred before \+ 3 now = 13, over the 12-month lifetime cap/
    );
    assert.equal(e.steps[e.steps.length - 1].pass, false);
  });

  it("each failing condition is reported: 1 or 7 months past due, 36 months to maturity, a new loan, hardship unknown", () => {
    const one = evaluate({
      ...base,
      months_delinquent: 1,
      prior_deferred_months: 0,
      hardship_resolved: "yes",
    });
    assert.equal(one.reasonCode, "TOO_FEW_PAST_DUE");
    const seven = evaluate({
      ...base,
      months_delinquent: 7,
      prior_deferred_months: 0,
      hardship_resolved: "yes",
    });
    assert.equal(seven.reasonCode, "TOO_MANY_PAST_DUE");
    const near = evaluate({
      ...base,
      remaining_term: 36,
      months_delinquent: 2,
      prior_deferred_months: 0,
      hardship_resolved: "yes",
    });
    assert.equal(near.reasonCode, "TOO_CLOSE_TO_MATURITY");
    const young = evaluate({
      ...base,
      origination_date: "2025-03-02",
      months_delinquent: 2,
      prior_deferred_months: 0,
      hardship_resolved: "yes",
    });
    assert.equal(young.reasonCode, "LOAN_TOO_NEW", "2025-03-02 to 2026-01-01 is 9 whole months");
    const unknown = evaluate({ ...base, months_delinquent: 2, prior_deferred_months: 0 });
    assert.equal(unknown.reasonCode, "HARDSHIP_UNKNOWN");
    assert.match(unknown.reason, /hardship_resolved is not stated/);
    const { origination_date: _o, ...noDate } = base;
    const age = evaluate({
      ...noDate,
      months_delinquent: 2,
      prior_deferred_months: 0,
      hardship_resolved: "no",
    });
    assert.deepEqual(
      age.steps.filter((s) => !s.pass).map((s) => s.code),
      ["LOAN_AGE_UNKNOWN", "HARDSHIP_NOT_RESOLVED", "NOT_ELIGIBLE"]
    );
  });

  it("names each missing required field (NA)", () => {
    const r = paymentDeferral(
      readLoanRecord(["loan_id", "upb", "note_rate", "remaining_term"], ["A", 100000, 0.05, 300])
        .record
    );
    assert.ok(!r.ok);
    assert.deepEqual(
      r.issues.map((i) => [i.code, i.field]),
      [
        ["NA", "months_delinquent"],
        ["NA", "prior_deferred_months"],
      ]
    );
  });

  it("property: eligible exactly within the caps; the balance is months × P&I + advances; the last step agrees", () => {
    fc.assert(
      fc.property(
        fc.record({
          md: fc.integer({ min: 0, max: 10 }),
          prior: fc.integer({ min: 0, max: 14 }),
          remaining: fc.integer({ min: 1, max: 480 }),
          pi: fc.integer({ min: 1, max: 1_000_000 }),
          adv: fc.integer({ min: 0, max: 100_000 }),
          ageMonths: fc.integer({ min: 0, max: 40 }),
          hardship: fc.constantFrom<Cell>("TRUE", "FALSE", ""),
        }),
        (l) => {
          const e = evaluate({
            loan_id: "P",
            upb: 150000,
            note_rate: 0.05,
            remaining_term: l.remaining,
            pi_payment: l.pi / 100,
            months_delinquent: l.md,
            prior_deferred_months: l.prior,
            servicing_advances: l.adv / 100,
            // ageMonths whole months before 2026-01-01.
            origination_date: `${Math.floor((2026 * 12 - l.ageMonths) / 12)}-${String(((2026 * 12 - l.ageMonths) % 12) + 1).padStart(2, "0")}-01`,
            as_of_date: "2026-01-01",
            hardship_resolved: l.hardship,
          });
          const within =
            l.md >= 2 &&
            l.md <= 6 &&
            l.prior + l.md <= 12 &&
            l.remaining > 36 &&
            l.ageMonths >= 12 &&
            l.hardship === "TRUE";
          assert.equal(e.eligible, within);
          assert.equal(e.targetMet, within);
          assert.equal(e.amounts!.deferred_balance, l.md * l.pi + l.adv);
          assert.equal(e.steps[e.steps.length - 1].pass, e.targetMet);
          assert.equal(e.newPi, l.pi);
        }
      ),
      { numRuns: 500 }
    );
  });
});
