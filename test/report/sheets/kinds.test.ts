/**
 * The table of worksheet kinds: ids, titles, sheet-name stems and inputs, one builder each; an
 * unknown kind or a bad input is an issue naming it, never an empty sheet.
 */
import { strict as assert } from "node:assert";
import { SHEET_KINDS, SHEET_KIND_IDS, buildSheet, sheetKind } from "../../../src/report/sheets";
import { HAMP_A, HAMP_A_SETTINGS, REPAY_6, caseOf } from "./loans";
import { modelOf, table } from "./query";

describe("report/sheets table of kinds", () => {
  it("lists the six documents, each once, with a sheet-name stem the writers can finish", () => {
    assert.deepEqual(SHEET_KIND_IDS, [
      "repayment-plan",
      "modification-offer",
      "comparison",
      "evaluation-notice",
      "short-sale",
      "negotiation-summary",
    ]);
    assert.deepEqual(
      SHEET_KINDS.map((k) => k.stem),
      [
        "Repayment Plan",
        "Modification Offer",
        "Program Comparison",
        "Evaluation Notice",
        "Short Sale Net Sheet",
        "Negotiation Summary",
      ]
    );
    for (const k of SHEET_KINDS) {
      assert.ok(k.title && k.description, k.id);
      assert.ok(
        !/[[\]:*?/\\]/.test(k.stem),
        `${k.stem}: a character Excel refuses in a sheet name`
      );
      assert.ok(k.stem.length + 1 + 8 <= 31, `${k.stem}: room for an 8-character loan id`);
    }
    assert.deepEqual(
      sheetKind(" Short-Sale ")?.inputs.map((i) => i.name),
      [
        "sale_price",
        "commission_rate",
        "closing_costs",
        "subordinate_liens",
        "relocation",
        "other_costs",
        "marketing_days",
      ]
    );
  });

  it("every kind builds HAMP-A's document, named by its stem and the loan id", () => {
    const c = caseOf(HAMP_A, HAMP_A_SETTINGS);
    for (const k of SHEET_KINDS) {
      // HAMP-A has arrears 3 × 1,648.43: a repayment plan can be drafted though it did not pass.
      const m = modelOf(k.build(c));
      assert.equal(m.sheets.length, 1);
      assert.equal(m.sheets[0].name, `${k.stem} HAMP-A`);
    }
  });

  it("an unknown kind is an issue listing the kinds", () => {
    const r = buildSheet("letter", caseOf(HAMP_A, HAMP_A_SETTINGS));
    assert.ok(!r.ok);
    assert.match(r.issues[0].reason, /"letter" is not a worksheet; use one of repayment-plan, /);
  });

  it("reads each kind's inputs with the core's parser; a bad or unknown input is an issue naming it", () => {
    const c = caseOf(REPAY_6);
    const nine = modelOf(
      buildSheet("repayment-plan", c, { months: "9", first_due_date: "2027-01-01" })
    );
    assert.equal(table(nine, "RepaymentSchedule").length, 9);
    const bad = buildSheet("repayment-plan", c, { months: "nine" });
    assert.ok(!bad.ok);
    assert.equal(bad.issues[0].field, "months");
    const zero = buildSheet("repayment-plan", c, { months: 0 });
    assert.ok(!zero.ok);
    assert.equal(zero.issues[0].field, "months");
    const unknown = buildSheet("evaluation-notice", c, { months: 6 });
    assert.ok(!unknown.ok);
    assert.match(
      unknown.issues[0].reason,
      /months is not an input of this worksheet; it takes none/
    );
    const offer = buildSheet("modification-offer", c, { program: "FLEX-2024" });
    assert.ok(offer.ok);
  });
});
