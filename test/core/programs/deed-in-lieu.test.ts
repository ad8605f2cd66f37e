import { strict as assert } from "node:assert";
import fc from "fast-check";
import { Cell, LoanRecord, readLoanRecord } from "../../../src/core/record";
import { Evaluation } from "../../../src/core/programs/evaluation";
import { deedInLieu, deedInLieuForInvestor } from "../../../src/core/programs/deed-in-lieu";

/** Deed-in-lieu, DIL-GSE / DIL-FHA / DIL-VA (docs/rules/liquidation.md). Each amount is worked by hand in its case. */
function record(fields: Record<string, Cell>): LoanRecord {
  const reading = readLoanRecord(Object.keys(fields), Object.values(fields));
  assert.deepEqual(reading.issues, []);
  return reading.record;
}

function evaluate(fields: Record<string, Cell>): Evaluation {
  const r = deedInLieu(record(fields));
  assert.ok(r.ok, JSON.stringify(!r.ok && r.issues));
  return r.value;
}

const loan = { loan_id: "L", upb: 200000, note_rate: 0.04, remaining_term: 300 };

describe("programs/DEED-IN-LIEU", () => {
  it("value 190,000 − 10% costs 19,000 − relocation 7,500 = recovery 163,500; deficiency 200,000 − 163,500 = 36,500 (18.25%)", () => {
    const e = evaluate({ ...loan, property_value: 190000, late_fees: 250 });
    assert.equal(e.ruleSet, "DIL-GSE");
    assert.ok(e.eligible && e.targetMet && e.offerable);
    assert.deepEqual(e.amounts, {
      total_debt: 20000000,
      disposition_costs: 1900000,
      relocation: 750000,
      recovery: 16350000,
      deficiency: 3650000,
    });
    assert.match(e.reason, /subject to clear title/);
    assert.match(e.reason, /loss severity 18\.25% of UPB/);
    assert.match(e.steps[0].reason, /late fees \$250\.00 waived/);
  });

  it("investment property with equity: 300,000 − 30,000 = 270,000 recovered, no relocation; equity 70,000, no deficiency; liens named", () => {
    const e = evaluate({
      ...loan,
      property_value: 300000,
      occupancy: "INVESTMENT",
      subordinate_liens: 15000,
    });
    assert.equal(e.amounts!.recovery, 27000000);
    assert.equal(e.amounts!.relocation, 0);
    assert.equal(e.amounts!.deficiency, 0);
    assert.equal(e.amounts!.equity, 7000000);
    assert.match(
      e.reason,
      /subordinate liens of \$15,000\.00 \(the subordinate_liens column\) must be released/
    );
    assert.ok(e.offerable);
  });

  it("by investor: FHA 190,000 − 19,000 − 2,000 consideration = 169,000 (deficiency 31,000); VA − 1,500 = 169,500; FHA takes no investment property", () => {
    const fha = deedInLieuForInvestor(record({ ...loan, investor: "FHA", property_value: 190000 }));
    assert.ok(fha.ok);
    assert.equal(fha.value.ruleSet, "DIL-FHA");
    assert.equal(fha.value.amounts!.recovery, 16900000);
    assert.equal(fha.value.amounts!.deficiency, 3100000);
    const va = deedInLieuForInvestor(record({ ...loan, investor: "VA", property_value: 190000 }));
    assert.ok(va.ok && va.value.ruleSet === "DIL-VA" && va.value.amounts!.recovery === 16950000);
    const rental = deedInLieuForInvestor(
      record({ ...loan, investor: "FHA", occupancy: "INVESTMENT", property_value: 190000 })
    );
    assert.ok(
      rental.ok && rental.value.reasonCode === "OCCUPANCY_EXCLUDED" && !rental.value.offerable
    );
    const usda = deedInLieuForInvestor(
      record({ ...loan, investor: "USDA", property_value: 190000 })
    );
    assert.ok(
      usda.ok && usda.value.ruleSet === "DIL-GSE" && usda.value.steps[0].code === "OTHER_INVESTOR"
    );
    const none = deedInLieuForInvestor(record({ ...loan, property_value: 190000 }));
    assert.ok(!none.ok && none.issues[0].field === "investor");
  });

  it("needs a value; names a missing upb (NA)", () => {
    const e = evaluate({ ...loan });
    assert.equal(e.reasonCode, "VALUE_UNKNOWN");
    assert.ok(!e.eligible && !e.offerable);
    const r = deedInLieu(readLoanRecord(["loan_id", "property_value"], ["A", 100000]).record);
    assert.ok(!r.ok && r.issues[0].code === "NA" && r.issues[0].field === "upb");
  });

  it("property: recovery = value − half-up(10%) − relocation; deficiency = max(0, debt − recovery); always offerable with a value", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 80_000_000 }),
        fc.integer({ min: 1, max: 60_000_000 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        (value, upb, adv) => {
          const e = evaluate({
            ...loan,
            upb: upb / 100,
            property_value: value / 100,
            servicing_advances: adv / 100,
            occupancy: "PRIMARY",
          });
          const recovery = value - Math.floor((value * 10 + 50) / 100) - 750000;
          assert.equal(e.amounts!.recovery, recovery);
          assert.equal(e.amounts!.deficiency, Math.max(0, upb + adv - recovery));
          assert.ok(e.offerable && e.steps[e.steps.length - 1].pass);
        }
      ),
      { numRuns: 300 }
    );
  });
});
