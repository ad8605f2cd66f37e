/**
 * Program comparison: a column per option of the investor's order beside the current loan.
 * Expected figures: HAMP-A (published) and RP-6's Flex modification worked in Python decimal:
 * 180,000.00 at 6.5% over 480 months pays 1,053.82, above the target 959.99 (the largest cent below
 * 80% of 1,200.00); the principal 959.99 carries is the present value 959.99 × (1 − (1 + r)^−480) / r
 * at r = 0.065 / 12, 163,972.8129…, floored to 163,972.81 (the agencies' max principal), so 16,027.19
 * is forborne.
 */
import { strict as assert } from "node:assert";
import { comparisonSheet } from "../../../src/report/sheets/comparison";
import { HAMP_A, HAMP_A_SETTINGS, REPAY_6, caseOf } from "./loans";
import { modelOf, placed, rowAfter, texts } from "./query";

describe("report/sheets program comparison", () => {
  it("a column per option of the order, beside the current loan, on a landscape page", () => {
    const m = modelOf(comparisonSheet(caseOf(HAMP_A, HAMP_A_SETTINGS)));
    const ws = m.sheets[0];
    assert.equal(ws.name, "Program Comparison HAMP-A");
    assert.equal(ws.print?.orientation, "landscape");
    assert.deepEqual(ws.print?.fitTo, { wide: 1, tall: 0 });
    assert.equal(ws.columns.length, 2 + 4, "label, current loan, 4 options");
    assert.deepEqual(rowAfter(m, "Option"), [
      "Current loan",
      "Repayment plan (REPAY-FNMA)",
      "HAMP Tier 1 modification (HAMP)",
      "GSE short sale (SHORT-SALE-GSE)",
      "Deed-in-lieu of foreclosure (DIL-GSE)",
    ]);
    assert.deepEqual(rowAfter(m, "Result"), [
      "Does not work",
      "Recommended",
      "Does not work",
      "Works",
    ]);
    // Current 7.5% and 1,398.43; HAMP 4.375% and 998.57; the repayment plan keeps the note terms.
    assert.deepEqual(rowAfter(m, "Interest rate").slice(0, 3), [0.075, 0.075, 0.04375]);
    assert.deepEqual(rowAfter(m, "Monthly P&I").slice(0, 3), [1398.43, 1398.43, 998.57]);
    assert.deepEqual(rowAfter(m, "Monthly PITIA").slice(0, 3), [1648.43, 1648.43, 1248.57]);
  });

  it("says why each option passed or failed", () => {
    const m = modelOf(comparisonSheet(caseOf(HAMP_A, HAMP_A_SETTINGS)));
    const why = rowAfter(m, "Why") as string[];
    assert.match(why[0], /the hardship is not resolved/);
    assert.match(why[1], /4\.375% gives P&I \$998\.57, the closest to the target \$990\.00/);
    // 250,000.00 − 15,000.00 − 5,000.00 − 7,500.00 = 222,500.00 ≥ debt 200,000.00: no short sale.
    assert.match(why[2], /net proceeds \$222,500\.00 cover the total debt \$200,000\.00/);
    assert.match(why[3], /a deed-in-lieu can be offered/);
  });

  it("RP-6: the Flex column forbears 16,027.19 to reach 959.99 over 480 months; the deferral is not evaluated", () => {
    const m = modelOf(comparisonSheet(caseOf(REPAY_6)));
    const heads = rowAfter(m, "Option") as string[];
    const flex = heads.indexOf("GSE Flex Modification (FLEX-2024)");
    const deferral = heads.indexOf("GSE payment deferral (DEFERRAL)");
    assert.ok(flex > 0 && deferral > 0);
    const col = (label: string) => placed(m).cells.find((c) => c.cell.value === label)!;
    const at = (label: string, i: number) => {
      const row = col(label).row;
      return placed(m).cells.find((c) => c.row === row && c.col === 2 + i)?.cell.value;
    };
    assert.equal(at("Monthly P&I", flex), 959.99);
    assert.equal(at("Forbearance", flex), 16027.19);
    assert.equal(at("Term", flex), 480);
    assert.equal(at("Result", flex), "Works");
    assert.equal(at("Result", 1), "Recommended");
    assert.match(String(at("Why", deferral)), /^not evaluated: missing prior_deferred_months/);
    assert.match(texts(m), /REPAY-FNMA → DEFERRAL → FLEX-2024 → SHORT-SALE-GSE → DIL-GSE/);
  });
});
