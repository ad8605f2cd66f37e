import { strict as assert } from "node:assert";
import fc from "fast-check";
import {
  fewestRepaymentMonths,
  fewestRepaymentMonthsCents,
  repaymentPlan,
  repaymentPlanCents,
} from "../../src/core/repayment-plan";
import { parseIsoDate, formatIsoDate } from "../../src/core/calendar-date";

describe("core/repayment-plan (REPAY-FNMA)", () => {
  it("RPP-1: contractual 1,500, arrears 4,500 — the published table of months, payments and the 150% test", () => {
    // months → plan payment, % of contractual, allowed (docs/rules/repayment.md, worked example)
    const table: [number, number, string, boolean][] = [
      [3, 300000, "2", false],
      [4, 262500, "1.75", false],
      [5, 240000, "1.6", false],
      [6, 225000, "1.5", true],
      [9, 200000, "1.3333", true],
      [12, 187500, "1.25", true],
    ];
    for (const [months, installment, ratio, allowed] of table) {
      const p = repaymentPlan({ arrears: 4500, contractualPayment: 1500, months });
      assert.ok(p.ok);
      assert.equal(p.value.rows[0].installment, installment, `${months} months`);
      assert.equal(
        p.value.paymentRatio.toDecimalPlaces(4).toString(),
        ratio,
        `${months} months ratio`
      );
      assert.equal(p.value.withinPaymentCap, allowed, `${months} months allowed`);
      assert.equal(p.value.ruleSet, "REPAY-FNMA");
    }
  });

  it("RPP-1: 6 months needs no response package; 9 does; only over 12 needs the investor", () => {
    const six = repaymentPlan({
      arrears: 4500,
      contractualPayment: 1500,
      months: 6,
      daysDelinquent: 89,
    });
    const nine = repaymentPlan({ arrears: 4500, contractualPayment: 1500, months: 9 });
    const thirteen = repaymentPlan({ arrears: 4500, contractualPayment: 1500, months: 13 });
    const late = repaymentPlan({
      arrears: 4500,
      contractualPayment: 1500,
      months: 6,
      daysDelinquent: 91,
    });
    assert.ok(six.ok && nine.ok && thirteen.ok && late.ok);
    assert.equal(six.value.needsBorrowerResponsePackage, false);
    assert.equal(nine.value.needsBorrowerResponsePackage, true);
    assert.equal(late.value.needsBorrowerResponsePackage, true);
    assert.equal(nine.value.needsInvestorApproval, false);
    assert.equal(thirteen.value.needsInvestorApproval, true);
  });

  it("the last installment absorbs the residue: 1,000.00 over 3 months is 333.33, 333.33, 333.34", () => {
    const p = repaymentPlan({
      arrears: 1000,
      contractualPayment: 800,
      months: 3,
      firstDueDate: parseIsoDate("2027-01-31"),
    });
    assert.ok(p.ok);
    assert.deepEqual(
      p.value.rows.map((r) => r.catchUp),
      [33333, 33333, 33334]
    );
    assert.deepEqual(
      p.value.rows.map((r) => r.arrearsLeft),
      [66667, 33334, 0]
    );
    assert.deepEqual(
      p.value.rows.map((r) => formatIsoDate(r.date!)),
      ["2027-01-31", "2027-02-28", "2027-03-31"]
    );
    assert.equal(p.value.maxInstallment, 80000 + 33334);
  });

  it("combined forbearance + repayment is at most 36 months", () => {
    const ok = repaymentPlan({
      arrears: 4500,
      contractualPayment: 1500,
      months: 12,
      forbearanceMonths: 24,
    });
    const over = repaymentPlan({
      arrears: 4500,
      contractualPayment: 1500,
      months: 12,
      forbearanceMonths: 25,
    });
    assert.ok(ok.ok && over.ok);
    assert.equal(ok.value.withinCombinedLimit, true);
    assert.equal(over.value.withinCombinedLimit, false);
  });

  it("every plan collects exactly the arrears and ends with nothing left (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 1, max: 10_000_00 }),
        fc.integer({ min: 1, max: 36 }),
        (a, c, m) => {
          const p = repaymentPlan({ arrears: a / 100, contractualPayment: c / 100, months: m });
          if (!p.ok) {
            // only when the cents cannot be spread: arrears smaller than the rounding of the share
            assert.equal(p.issues[0].code, "NUM");
            return;
          }
          assert.equal(
            p.value.rows.reduce((s, r) => s + r.catchUp, 0),
            a
          );
          assert.equal(p.value.rows[m - 1].arrearsLeft, 0);
          for (const r of p.value.rows) assert.equal(r.installment, c + r.catchUp);
        }
      ),
      { numRuns: 500 }
    );
  });

  it("REPAYMONTHS: RPP-1 needs 6 months at 150%; the result is the fewest that pass (property)", () => {
    const r = fewestRepaymentMonths(4500, 1500);
    assert.ok(r.ok && r.value === 6);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5_000_000 }),
        fc.integer({ min: 1000, max: 500_000 }),
        (a, c) => {
          const m = fewestRepaymentMonths(a / 100, c / 100);
          if (!m.ok) return;
          const fits = (months: number) => {
            const p = repaymentPlan({ arrears: a / 100, contractualPayment: c / 100, months });
            return p.ok && p.value.withinPaymentCap;
          };
          assert.ok(fits(m.value), `${m.value} months fit`);
          if (m.value > 1) assert.ok(!fits(m.value - 1), `${m.value - 1} months do not`);
        }
      ),
      { numRuns: 500 }
    );
  });

  it("no plan exists when the cap leaves nothing for the arrears", () => {
    const r = fewestRepaymentMonths(100, 1500, 1);
    assert.ok(!r.ok && r.issues[0].code === "NA");
    const none = fewestRepaymentMonths(0, 1500);
    assert.ok(none.ok && none.value === 0);
  });

  it("the cents entry points refuse what is not whole cents, and agree with the dollar ones (property)", () => {
    const half = repaymentPlanCents({ arrears: 100.5, contractualPayment: 1000, months: 3 });
    assert.ok(!half.ok && half.issues[0].field === "arrears");
    const negative = fewestRepaymentMonthsCents(100, -1);
    assert.ok(!negative.ok && negative.issues[0].field === "contractual_payment");
    const months = repaymentPlanCents({ arrears: 100, contractualPayment: 1000, months: 0 });
    assert.ok(!months.ok && months.issues[0].field === "months");
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 0, max: 500_000 }),
        fc.integer({ min: 1, max: 48 }),
        fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
        (a, c, m, days) => {
          const given = { months: m, daysDelinquent: days };
          assert.deepEqual(
            repaymentPlanCents({ ...given, arrears: a, contractualPayment: c }),
            repaymentPlan({ ...given, arrears: a / 100, contractualPayment: c / 100 })
          );
          assert.deepEqual(
            fewestRepaymentMonthsCents(a, c),
            fewestRepaymentMonths(a / 100, c / 100)
          );
        }
      ),
      { numRuns: 300 }
    );
  });
});
