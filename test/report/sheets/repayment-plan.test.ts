/**
 * Repayment plan agreement. Expected figures: RPP-1 (Fannie Mae D2-3.2-02 worked case: 4,500.00 of
 * arrears on a 1,500.00 contractual payment → the fewest months within 150% is 6, 6 × 2,250.00;
 * 9 months → 2,000.00, 133.33%; 12 months → 1,875.00, 125.00%) and hand-worked cases below.
 */
import { strict as assert } from "node:assert";
import { repaymentPlanSheet } from "../../../src/report/sheets/repayment-plan";
import { REPAY_6, caseOf } from "./loans";
import { cents, modelOf, rowAfter, table, texts, valueOf } from "./query";

const serial = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000 + 25_569;

describe("report/sheets repayment plan agreement", () => {
  it("a loan with no arrears gets no agreement: the issue says there is nothing to collect", () => {
    const c = caseOf({ ...REPAY_6, months_delinquent: 0, next_due_date: "2026-12-01" });
    const r = repaymentPlanSheet(c);
    assert.ok(!r.ok);
    assert.match(r.issues[0].reason, /no arrears to repay/);
    assert.equal(r.issues[0].field, "months_delinquent");
  });

  it("a loan whose repayment option lacks a field gets an issue naming it", () => {
    const { months_delinquent: _md, ...noMonths } = REPAY_6;
    const r = repaymentPlanSheet(caseOf(noMonths));
    assert.ok(!r.ok);
    assert.ok(r.issues.some((i) => i.field === "months_delinquent"));
  });

  it("RPP-1: 4,500.00 past due on 1,500.00 → 6 installments of 2,250.00, within 150%", () => {
    const m = modelOf(repaymentPlanSheet(caseOf(REPAY_6)));
    // Past due: 3 × 1,200.00 P&I = 3,600.00; 3 × 300.00 escrow = 900.00; no fees; 180.00 late
    // charges waived; total 4,500.00.
    assert.equal(cents(valueOf(m, "Principal and interest")), 360000);
    assert.equal(cents(valueOf(m, "Escrow (taxes and insurance)")), 90000);
    assert.equal(cents(valueOf(m, "Fees (third-party advances)")), 0);
    assert.equal(cents(valueOf(m, "Total past due to repay")), 450000);
    assert.equal(cents(valueOf(m, "Late charges (waived)")), 18000);
    assert.equal(valueOf(m, "Plan length"), 6);
    assert.equal(cents(valueOf(m, "Catch-up each month")), 75000);
    assert.equal(cents(valueOf(m, "Installment, months 1–6")), 225000);
    assert.deepEqual(valueOf(m, "First installment due"), { year: 2026, month: 12, day: 1 });
    assert.deepEqual(valueOf(m, "Last installment due"), { year: 2027, month: 5, day: 1 });

    const rows = table(m, "RepaymentSchedule");
    assert.equal(rows.length, 6);
    assert.deepEqual(rows[0], [1, serial(2026, 12, 1), 1500, 750, 2250, 3750]);
    assert.deepEqual(
      rows.map((r) => r[5]),
      [3750, 3000, 2250, 1500, 750, 0]
    );
    assert.deepEqual(rows[5], [6, serial(2027, 5, 1), 1500, 750, 2250, 0]);
    // The 150% test: 2,250.00 is exactly 150.00% of 1,500.00, so it passes (at most 150%).
    assert.match(
      String(valueOf(m, /^Largest installment within 150%/)),
      /^Pass: \$2,250\.00 is 150% of \$1,500\.00; the cap is \$2,250\.00/
    );
    // 93 days delinquent (2026-08-01 to 2026-11-02) is over 90: a complete package is needed.
    assert.match(
      String(valueOf(m, "Complete borrower response package needed")),
      /^Yes: .*93 days/
    );
    assert.match(
      String(valueOf(m, "Investor's written approval needed")),
      /^No: needed over 12 months/
    );
    // Accept by: 2026-11-02 + 14 days.
    assert.deepEqual(valueOf(m, "Accept by"), { year: 2026, month: 11, day: 16 });
  });

  it("RPP-1 at 9 and 12 months: 2,000.00 (133.33%) and 1,875.00 (125.00%); 12 months needs no approval, 13 does", () => {
    const nine = modelOf(repaymentPlanSheet(caseOf(REPAY_6), { months: 9 }));
    assert.equal(table(nine, "RepaymentSchedule")[0][4], 2000);
    assert.match(String(valueOf(nine, /^Largest installment/)), /133\.33% of \$1,500\.00/);
    const twelve = modelOf(repaymentPlanSheet(caseOf(REPAY_6), { months: 12 }));
    assert.equal(table(twelve, "RepaymentSchedule")[0][4], 1875);
    assert.match(String(valueOf(twelve, "Investor's written approval needed")), /^No/);
    // 13 months: 4,500.00 / 13 = 346.153… → 346.15 × 12 = 4,153.80, the last 346.20.
    const thirteen = modelOf(repaymentPlanSheet(caseOf(REPAY_6), { months: 13 }));
    const rows = table(thirteen, "RepaymentSchedule");
    assert.equal(rows[0][3], 346.15);
    assert.equal(rows[12][3], 346.2);
    assert.equal(rows[12][5], 0);
    assert.match(String(valueOf(thirteen, "Investor's written approval needed")), /^Yes/);
    assert.equal(cents(valueOf(thirteen, "Last installment, month 13")), 184620);
  });

  it("a plan given too few months fails the 150% test, and says so; the last installment takes the residue", () => {
    // Contractual 300.00 + 100.00 = 400.00; 2 missed = 800.00 + 200.00 advances = 1,000.00.
    // 3 months: 1,000.00 / 3 = 333.33, 333.33, then 333.34; the largest installment 733.34 is
    // 183.34% (183.335%, shown to 2 places half-up) of 400.00, above the 600.00 cap.
    const c = caseOf({
      ...REPAY_6,
      pi_payment: 300,
      escrow_payment: 100,
      months_delinquent: 2,
      servicing_advances: 200,
      next_due_date: "2026-09-01",
    });
    const m = modelOf(
      repaymentPlanSheet(c, { months: 3, firstDueDate: { year: 2027, month: 1, day: 15 } })
    );
    const rows = table(m, "RepaymentSchedule");
    assert.deepEqual(
      rows.map((r) => [r[3], r[4], r[5]]),
      [
        [333.33, 733.33, 666.67],
        [333.33, 733.33, 333.34],
        [333.34, 733.34, 0],
      ]
    );
    assert.equal(rows[0][1], serial(2027, 1, 15));
    assert.match(
      String(valueOf(m, /^Largest installment/)),
      /^Fail: \$733\.34 is 183\.34% of \$400\.00; the cap is \$600\.00/
    );
    assert.equal(cents(valueOf(m, "Fees (third-party advances)")), 20000);
    // The fewest months instead: the allowance 200.00 a month → 5 months of 600.00, exactly 150%.
    const fewest = modelOf(repaymentPlanSheet(c));
    assert.equal(table(fewest, "RepaymentSchedule").length, 5);
    assert.equal(table(fewest, "RepaymentSchedule")[0][4], 600);
    // 2 payments past due since 2026-09-01: 62 days, not over 90; 5 months, not over 6: no package.
    assert.match(
      String(valueOf(fewest, "Complete borrower response package needed")),
      /^No: .*62 days/
    );
  });

  it("warns when the repayment option did not pass the waterfall, and lists the rule set and inputs in the audit", () => {
    const m = modelOf(repaymentPlanSheet(caseOf({ ...REPAY_6, hardship_resolved: false })));
    assert.match(texts(m), /did not pass the FNMA waterfall: the hardship is not resolved/);
    assert.match(texts(m), /REPAY-FNMA \(version 2025-08-13\)/);
    assert.deepEqual(rowAfter(m, "months_delinquent"), [3]);
  });
});
