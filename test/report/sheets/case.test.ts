/**
 * A loan's case: every option of the investor's AUTO order evaluated, AUTO's recommendation, the
 * settings filling only what the row leaves blank, and the notice deadlines counted from the as-of
 * date (12 CFR 1024.41(e)(1) and (h), worked by hand below).
 */
import { strict as assert } from "node:assert";
import { D } from "../../../src/core/money";
import { AUTO } from "../../../src/core/rules/auto";
import { loanCase } from "../../../src/report/sheets/case/loan-case";
import { currentMaturity, nextDueAfter } from "../../../src/report/sheets/case/due-dates";
import { trialRulesFor } from "../../../src/report/sheets/case/trial-plan";
import { AS_OF, HAMP_A, HAMP_A_SETTINGS, REPAY_6, caseOf, record } from "./loans";

describe("report/sheets loan case", () => {
  it("a loan without a loan id or an investor has no case: the issue names the field", () => {
    const { loan_id: _id, ...noId } = HAMP_A;
    const a = loanCase(record(noId), { asOf: AS_OF });
    assert.ok(!a.ok);
    assert.deepEqual(
      a.issues.map((i) => i.field),
      ["loan_id"]
    );
    const { investor: _inv, ...noInvestor } = HAMP_A;
    const b = loanCase(record(noInvestor), { asOf: AS_OF });
    assert.ok(!b.ok);
    assert.equal(b.issues[0].field, "investor");
  });

  it("evaluates every option of the investor's AUTO order, in order, and recommends AUTO's choice", () => {
    const c = caseOf(HAMP_A, HAMP_A_SETTINGS);
    assert.deepEqual(
      c.options.map((o) => o.id),
      AUTO.params.order.PRIVATE
    );
    assert.deepEqual(
      c.options.map((o) => o.position),
      [1, 2, 3, 4]
    );
    // HAMP-A: the repayment plan fails (hardship not resolved); HAMP works, so AUTO stops there.
    assert.equal(c.options[0].works, false);
    assert.equal(c.recommended?.id, "HAMP");
    assert.ok(c.auto.ok && c.auto.value.ruleSet === "HAMP");
    // Options after the recommended one are evaluated too (the comparison shows them).
    assert.ok(c.options[3].evaluation, "the deed-in-lieu is evaluated");
  });

  it("keeps an option it cannot evaluate with the fields it lacks", () => {
    // RP-6 has no prior_deferred_months: the payment deferral cannot be evaluated.
    const c = caseOf(REPAY_6);
    const deferral = c.options.find((o) => o.id === "DEFERRAL")!;
    assert.equal(deferral.evaluation, undefined);
    assert.ok(deferral.issues.some((i) => i.field === "prior_deferred_months"));
    assert.equal(c.recommended?.id, "REPAY-FNMA");
  });

  it("fills only what the row leaves blank from the settings, and says which came from where", () => {
    // HAMP-A's row has no PMMS and no as-of date: the settings give them.
    const c = caseOf(HAMP_A, { pmms: new D("0.06"), modRate: new D("0.07") });
    assert.equal(c.record.market_rate?.toString(), "0.06");
    assert.equal(c.record.market_rate_basis, "PMMS");
    assert.deepEqual(c.asOf, AS_OF);
    assert.deepEqual(
      c.settingsUsed.map((s) => [s.field, s.from]),
      [
        ["as_of_date", "settings"],
        ["market_rate", "settings"],
        ["mod_rate", "settings"],
      ]
    );
    // RP-6's row gives its own mod_rate 6.75%: the setting does not replace it.
    const r = caseOf({ ...REPAY_6, as_of_date: "2026-10-30" }, { modRate: new D("0.07") });
    assert.equal(r.record.mod_rate?.toString(), "0.0675");
    assert.deepEqual(r.asOf, { year: 2026, month: 10, day: 30 }, "the row's as-of date wins");
    assert.deepEqual(
      r.settingsUsed.map((s) => [s.field, s.from]),
      [
        ["as_of_date", "row"],
        ["mod_rate", "row"],
      ]
    );
  });

  it("the NPV test runs when PMMS is known, and says why not when it is missing", () => {
    const with6 = caseOf(HAMP_A, HAMP_A_SETTINGS);
    assert.ok(with6.npv.ok);
    assert.equal(with6.npv.value.modification.ruleSet, "HAMP");
    const without = caseOf(HAMP_A);
    assert.ok(!without.npv.ok);
    assert.equal(without.npv.issues[0].field, "pmms");
  });

  it("accept-by: the as-of date + 14 days when the complete application came 90 days or more before any sale", () => {
    // Complete 2026-09-20, no sale scheduled: 14 days; notice 2026-11-02 → accept by 2026-11-16.
    const c = caseOf(HAMP_A, HAMP_A_SETTINGS);
    assert.equal(c.deadlines.acceptanceDays, 14);
    assert.deepEqual(c.deadlines.acceptBy, { year: 2026, month: 11, day: 16 });
    // Appeal available (complete ≥ 90 days before any sale): 2026-11-02 + 14 = 2026-11-16.
    assert.equal(c.deadlines.appealAvailable, true);
    assert.deepEqual(c.deadlines.appealBy, { year: 2026, month: 11, day: 16 });
  });

  it("accept-by: 7 days when the complete application came less than 90 (and more than 37) days before the sale; no appeal", () => {
    // Complete 2026-09-20, sale 2026-12-10: 81 days before → 7 days → 2026-11-09; (h)(1) needs 90.
    const c = caseOf({ ...HAMP_A, fc_sale_date: "2026-12-10" }, HAMP_A_SETTINGS);
    assert.equal(c.deadlines.acceptanceDays, 7);
    assert.deepEqual(c.deadlines.acceptBy, { year: 2026, month: 11, day: 9 });
    assert.equal(c.deadlines.appealAvailable, false);
    assert.equal(c.deadlines.appealBy, undefined);
  });

  it("accept-by without a complete date: the longer 14-day period, and the sentence says why", () => {
    const { application_complete_date: _x, ...noDate } = HAMP_A;
    const c = caseOf(noDate, HAMP_A_SETTINGS);
    assert.equal(c.deadlines.acceptanceDays, 14);
    assert.match(c.deadlines.acceptanceWhy, /application_complete_date is missing/);
    assert.equal(c.deadlines.appealAvailable, undefined);
  });

  it("the next installment after the as-of date and the current maturity", () => {
    const c = caseOf(HAMP_A, HAMP_A_SETTINGS);
    // Payments fall due on the 1st (next_due_date 2026-08-01); after 2026-11-02 the next is 2026-12-01.
    assert.deepEqual(nextDueAfter(c), { year: 2026, month: 12, day: 1 });
    // On a due date itself, the next one is a month on.
    assert.deepEqual(nextDueAfter(c, { year: 2026, month: 12, day: 1 }), {
      year: 2027,
      month: 1,
      day: 1,
    });
    // 360 installments from 2026-12-01: the last is 359 months later, 2056-11-01.
    assert.deepEqual(currentMaturity(c), { year: 2056, month: 11, day: 1 });
  });

  it("every modification of every AUTO order has a trial rule set; no other option has one", () => {
    const mods = ["FLEX-2024", "FLEX-2017", "HAMP", "FHA-2025", "VA-2026"];
    for (const id of mods) assert.ok(trialRulesFor(id), id);
    for (const id of ["REPAY-FNMA", "DEFERRAL", "SHORT-SALE-GSE", "DIL-FHA"])
      assert.equal(trialRulesFor(id), undefined, id);
  });
});
