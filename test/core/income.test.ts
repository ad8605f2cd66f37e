import { strict as assert } from "node:assert";
import fc from "fast-check";
import Decimal from "decimal.js";
import { grossUp, monthlyIncome, parsePayFrequency, surplusIncome } from "../../src/core/income";
import { INCOME_2025 } from "../../src/core/rules/income-2025";

function money(r: ReturnType<typeof monthlyIncome>): string {
  assert.ok(r.ok, r.ok ? "" : r.issues.map((i) => i.reason).join("; "));
  return r.value.toFixed(2);
}

describe("core/income (docs/rules/income.md)", () => {
  it("converts each pay frequency to a monthly amount", () => {
    // 1,000 weekly: 1000 × 52 / 12 = 4333.333… → 4,333.33
    assert.equal(money(monthlyIncome(1000, "WEEKLY")), "4333.33");
    // 1,000 bi-weekly: 1000 × 26 / 12 = 2166.666… → 2,166.67
    assert.equal(money(monthlyIncome(1000, "BIWEEKLY")), "2166.67");
    // 1,000 semi-monthly: × 2 = 2,000.00
    assert.equal(money(monthlyIncome(1000, "SEMIMONTHLY")), "2000.00");
    assert.equal(money(monthlyIncome(1000, "MONTHLY")), "1000.00");
    // 60,000 a year: / 12 = 5,000.00
    assert.equal(money(monthlyIncome(60000, "ANNUAL")), "5000.00");
  });

  it("rounds half-up to cents: 2.31 bi-weekly = 60.06 / 12 = 5.005 → 5.01; 8.31 → 18.005 → 18.01", () => {
    assert.equal(money(monthlyIncome(2.31, "BIWEEKLY")), "5.01");
    assert.equal(money(monthlyIncome("8.31", "BIWEEKLY")), "18.01");
  });

  it("grosses up non-taxable income by 25%, rounding once at the end", () => {
    // 1,000 bi-weekly non-taxable: 2166.666… × 1.25 = 2708.333… → 2,708.33
    // (rounding 2,166.67 first would give 2,708.3375 → 2,708.34)
    assert.equal(money(monthlyIncome(1000, "BIWEEKLY", { nonTaxable: true })), "2708.33");
    // 2,000 monthly Social Security: 2000 × 1.25 = 2,500.00
    assert.equal(money(monthlyIncome(2000, "MONTHLY", { nonTaxable: true })), "2500.00");
    // the gross-up is a rule-set parameter: 15% → 2000 × 1.15 = 2,300.00
    const rules = { id: "TEST", params: { nonTaxableGrossUp: "0.15" } };
    assert.equal(money(monthlyIncome(2000, "MONTHLY", { nonTaxable: true, rules })), "2300.00");
    assert.equal(grossUp(100).toString(), "125");
    assert.equal(INCOME_2025.params.nonTaxableGrossUp, "0.25");
  });

  it("accepts the usual spellings of a frequency, case-insensitively", () => {
    assert.equal(parsePayFrequency("bi-weekly"), "BIWEEKLY");
    assert.equal(parsePayFrequency("Semi Monthly"), "SEMIMONTHLY");
    assert.equal(parsePayFrequency("annually"), "ANNUAL");
    assert.equal(parsePayFrequency("weekly"), "WEEKLY");
    assert.equal(parsePayFrequency("daily"), undefined);
  });

  it("refuses an unknown frequency and a negative or non-numeric amount, by argument name", () => {
    const f = monthlyIncome(100, "DAILY");
    assert.ok(!f.ok && f.issues[0].code === "VALUE" && f.issues[0].field === "frequency");
    const n = monthlyIncome(-1, "WEEKLY");
    assert.ok(
      !n.ok && n.issues[0].field === "amount" && /cannot be negative/.test(n.issues[0].reason)
    );
    const t = monthlyIncome("abc", "WEEKLY");
    assert.ok(!t.ok && t.issues[0].field === "amount");
    const both = monthlyIncome(Number.NaN, "X");
    assert.ok(!both.ok && both.issues.length === 2);
  });

  it("monthly income is amount × periods / 12 rounded half-up (property)", () => {
    const periods = { WEEKLY: 52, BIWEEKLY: 26, SEMIMONTHLY: 24, MONTHLY: 12, ANNUAL: 1 } as const;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e9 }),
        fc.constantFrom(...(Object.keys(periods) as (keyof typeof periods)[])),
        (c, f) => {
          const amount = new Decimal(c).div(100);
          const exact = amount.times(periods[f]).div(12);
          const r = monthlyIncome(amount, f);
          assert.ok(r.ok);
          assert.ok(r.value.minus(exact).abs().lte("0.005"));
          assert.equal(r.value.decimalPlaces() <= 2, true);
        }
      ),
      { numRuns: 300 }
    );
  });

  it("surplus = net income − housing − other debts − living expenses", () => {
    // 4,000 − 1,500 − 400.50 − 1,200 = 899.50
    const s = surplusIncome({
      netMonthlyIncome: 4000,
      housingPayment: 1500,
      otherDebts: 400.5,
      livingExpenses: 1200,
    });
    assert.ok(s.ok && s.value.toFixed(2) === "899.50");
    // a deficit is negative: 3,000 − 2,000 − 1,250.25 = −250.25
    const deficit = surplusIncome({
      netMonthlyIncome: 3000,
      housingPayment: 2000,
      livingExpenses: 1250.25,
    });
    assert.ok(deficit.ok && deficit.value.toFixed(2) === "-250.25");
    const bad = surplusIncome({ netMonthlyIncome: 3000, housingPayment: -1 });
    assert.ok(!bad.ok && bad.issues[0].field === "housing_payment");
  });
});
