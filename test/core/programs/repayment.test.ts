import { strict as assert } from "node:assert";
import fc from "fast-check";
import { Cell, LoanRecord, readLoanRecord } from "../../../src/core/record";
import { Evaluation } from "../../../src/core/programs/evaluation";
import { repaymentPlanOption } from "../../../src/core/programs/repayment";

/** REPAY-FNMA as a waterfall option (docs/rules/repayment.md; Fannie Mae D2-3.2-02). Each amount is worked by hand in its case. */
function record(fields: Record<string, Cell>): LoanRecord {
  const reading = readLoanRecord(Object.keys(fields), Object.values(fields));
  assert.deepEqual(reading.issues, []);
  return reading.record;
}

function evaluate(fields: Record<string, Cell>): Evaluation {
  const r = repaymentPlanOption(record(fields));
  assert.ok(r.ok, JSON.stringify(!r.ok && r.issues));
  return r.value;
}

const base = {
  loan_id: "R",
  upb: 200000,
  note_rate: 0.04,
  remaining_term: 300,
  pi_payment: 1100,
  escrow_payment: 400,
  hardship_resolved: "TRUE",
};

describe("programs/REPAY-FNMA: repayment plan option", () => {
  it("RPP-1: PITI 1,500.00, arrears 3 × 1,500.00 = 4,500.00 → 6 months of 2,250.00 (150%), no BRP", () => {
    const e = evaluate({ ...base, months_delinquent: 3 });
    assert.equal(e.ruleSet, "REPAY-FNMA");
    assert.ok(e.eligible && e.targetMet && e.offerable);
    assert.equal(e.reasonCode, "PLAN_FITS");
    assert.deepEqual(e.amounts, {
      arrears: 450000,
      plan_months: 6,
      installment: 225000,
      max_installment: 225000,
    });
    assert.equal(e.newPi, 110000);
    assert.equal(e.newPitia, 150000);
    assert.doesNotMatch(e.reason, /borrower response package/);
  });

  it("servicing advances join the arrears: 4,500 + 100 = 4,600 → 6 months would need 2,266.67 > 2,250; 7 months of 2,157.14, the last 2,157.16 (143.81%), BRP needed", () => {
    // 4,600 / 7 = 657.142857… → 657.14; last = 4,600 − 6 × 657.14 = 657.16; (1,500 + 657.16) / 1,500 = 1.438107.
    const e = evaluate({
      ...base,
      months_delinquent: 3,
      servicing_advances: 100,
      past_due_interest: 1800,
      escrow_advances: 1200,
      late_fees: 150,
    });
    assert.equal(
      e.amounts!.arrears,
      460000,
      "past-due interest and escrow advances are parts of the missed payments; late fees waived"
    );
    assert.equal(e.amounts!.plan_months, 7);
    assert.equal(e.amounts!.installment, 215714);
    assert.equal(e.amounts!.max_installment, 215716);
    assert.match(e.reason, /143\.81%/);
    assert.match(e.reason, /borrower response package is required/);
  });

  it("over 12 months needs investor approval: 10 × 1,500 = 15,000 at 750 a month → 20 months", () => {
    const e = evaluate({ ...base, months_delinquent: 10 });
    assert.equal(e.reasonCode, "NEEDS_INVESTOR_APPROVAL");
    assert.equal(e.amounts!.plan_months, 20);
    assert.ok(e.eligible && !e.targetMet && !e.offerable);
  });

  it("needs the hardship resolved and something past due", () => {
    assert.equal(
      evaluate({ ...base, months_delinquent: 3, hardship_resolved: "no" }).reasonCode,
      "HARDSHIP_NOT_RESOLVED"
    );
    const unknown = evaluate({ ...base, months_delinquent: 3, hardship_resolved: "" });
    assert.equal(unknown.reasonCode, "HARDSHIP_UNKNOWN");
    assert.equal(unknown.eligible, false);
    assert.equal(evaluate({ ...base, months_delinquent: 0 }).reasonCode, "NOT_DELINQUENT");
  });

  it("days delinquent come from the dates when both are given: 2 payments, 95 days → BRP needed", () => {
    const e = evaluate({
      ...base,
      months_delinquent: 2,
      next_due_date: "2026-01-01",
      as_of_date: "2026-04-06",
    });
    assert.equal(e.amounts!.plan_months, 4);
    assert.match(e.reason, /over 90 days delinquent/);
  });

  it("names each missing required field (NA)", () => {
    const r = repaymentPlanOption(
      readLoanRecord(["loan_id", "upb", "note_rate", "remaining_term"], ["A", 100000, 0.05, 300])
        .record
    );
    assert.ok(!r.ok);
    assert.deepEqual(
      r.issues.map((i) => [i.code, i.field]),
      [
        ["NA", "escrow_payment"],
        ["NA", "months_delinquent"],
      ]
    );
  });

  it("property: a plan that works is the fewest months (≤ 12) within 150% and collects exactly the arrears; the last step agrees", () => {
    // Independent: catch-up c(m) = half-up(arrears / m) = ⌊(2·arrears + m) / 2m⌋; last = arrears − (m − 1)·c(m);
    // a plan of m months fits when max(c, last) ≤ 0.5 × PITI, i.e. 2·max(c, last) ≤ PITI.
    const fits = (a: number, piti: number, m: number) => {
      const c = Math.floor((2 * a + m) / (2 * m));
      const last = a - (m - 1) * c;
      return last >= 0 && 2 * Math.max(c, last) <= piti;
    };
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 500_000 }),
        fc.integer({ min: 0, max: 100_000 }),
        fc.integer({ min: 0, max: 12 }),
        fc.integer({ min: 0, max: 50_000 }),
        (pi, escrow, md, adv) => {
          const e = evaluate({
            ...base,
            pi_payment: pi / 100,
            escrow_payment: escrow / 100,
            months_delinquent: md,
            servicing_advances: adv / 100,
          });
          assert.equal(e.steps[e.steps.length - 1].pass, e.targetMet);
          const piti = pi + escrow;
          const a = md * piti + adv;
          if (md === 0) return assert.equal(e.targetMet, false);
          assert.equal(e.amounts!.arrears, a);
          let fewest = 1;
          while (fewest <= 1200 && !fits(a, piti, fewest)) fewest++;
          assert.equal(e.targetMet, fewest <= 12);
          if (fewest > 1200) return assert.equal(e.reasonCode, "NO_PLAN");
          assert.equal(e.amounts!.plan_months, fewest);
          if (e.targetMet) {
            const c = Math.floor((2 * a + fewest) / (2 * fewest));
            const last = a - (fewest - 1) * c;
            assert.equal(e.amounts!.installment, piti + c);
            assert.equal(e.amounts!.max_installment, piti + Math.max(c, last));
          }
        }
      ),
      { numRuns: 500 }
    );
  });
});
