import { strict as assert } from "node:assert";
import fc from "fast-check";
import { StandInError, excelError, installCustomFunctionsStandIn } from "./stand-in";
import * as programs from "../../src/functions/programs";

installCustomFunctionsStandIn();
const one = (x: unknown) => [[x]] as any[][];

/** HAMP-A (docs/rules/hamp.md) as a loan record; the FNMA fields let AUTO run too. */
const FIELDS: [string, string | number | boolean][] = [
  ["loan_id", "HAMP-A"],
  ["investor", "PRIVATE"],
  ["property_state", "TX"],
  ["upb", 200000],
  ["note_rate", 0.075],
  ["remaining_term", 360],
  ["pi_payment", 1398.43],
  ["escrow_payment", 250],
  ["gross_monthly_income", 4000],
  ["property_value", 250000],
  ["months_delinquent", 3],
  ["hardship_resolved", false],
  ["PMMS", 0.06],
];
const H = [FIELDS.map((f) => f[0])];
const V = [FIELDS.map((f) => f[1])];

/** The same record under servicing aliases (record-fields.ts). */
const ALIASES: Record<string, string> = {
  loan_id: "Loan Number",
  investor: "Investor Code",
  property_state: "State",
  upb: "Unpaid Principal Balance",
  note_rate: "Interest Rate",
  remaining_term: "Months Remaining",
  pi_payment: "P&I",
  escrow_payment: "Escrow",
  gross_monthly_income: "Gross Monthly Income",
  property_value: "Property Value",
  months_delinquent: "Months Delinquent",
  hardship_resolved: "Hardship Resolved",
  PMMS: "PMMS",
};

describe("functions: LM.WATERFALL and LM.NPV", () => {
  it("HAMP-A through LM.WATERFALL: 4.375%, 998.57, and the audit table then the result fields", () => {
    assert.deepEqual(programs.waterfall(one("HAMP"), H, V, one("new_pi")), [[998.57]]);
    const table = programs.waterfall(one("HAMP"), H, V);
    assert.ok(table.every((r) => r.length === 2));
    const field = (name: string) => table.find((r) => r[0] === name)?.[1];
    assert.equal(field("rule_set"), "HAMP");
    assert.equal(field("new_rate"), 0.04375);
    assert.equal(field("target_met"), true);
    assert.ok(
      table.some(
        (r) => String(r[0]).startsWith("HAMP · rate") && String(r[1]).startsWith("PASS TARGET_MET")
      )
    );
  });

  it("AUTO passes over the repayment plan (hardship not resolved) and lands on HAMP for a portfolio loan", () => {
    assert.deepEqual(programs.waterfall(one("AUTO"), H, V, one("rule_set")), [["HAMP"]]);
    const table = programs.waterfall(one("AUTO"), H, V);
    assert.ok(
      table.some(
        (r) =>
          String(r[0]).startsWith("REPAY-FNMA · option") &&
          String(r[1]).startsWith("FAIL PASSED_OVER")
      )
    );
  });

  it("gives the same results whatever the header order or aliases (property)", () => {
    const reference = Object.fromEntries(
      [
        "program",
        "rule_set",
        "new_rate",
        "new_term",
        "new_pi",
        "forbearance",
        "dti_after",
        "reason",
      ].map((f) => [f, programs.waterfall(one("AUTO"), H, V, one(f))[0][0]])
    );
    fc.assert(
      fc.property(
        fc.shuffledSubarray(
          FIELDS.map((_, i) => i),
          { minLength: FIELDS.length, maxLength: FIELDS.length }
        ),
        fc.array(fc.boolean(), { minLength: FIELDS.length, maxLength: FIELDS.length }),
        (order, useAlias) => {
          const h = [order.map((i) => (useAlias[i] ? ALIASES[FIELDS[i][0]] : FIELDS[i][0]))];
          const v = [order.map((i) => FIELDS[i][1])];
          for (const [f, expected] of Object.entries(reference))
            assert.deepEqual(programs.waterfall(one("AUTO"), h, v, one(f))[0][0], expected, f);
        }
      ),
      { numRuns: 40 }
    );
  });

  it("one column of results for a whole tape; a bad row's error names its field and the others compute", () => {
    const rows = [
      V[0],
      V[0].map((x, i) => (FIELDS[i][0] === "note_rate" ? "n/a" : i === 0 ? "HAMP-B" : x)),
      V[0].map((x, i) => (FIELDS[i][0] === "gross_monthly_income" ? "" : i === 0 ? "HAMP-C" : x)),
    ];
    const r = programs.waterfall(one("HAMP"), H, rows, one("new_pi"));
    assert.equal(r[0][0], 998.57);
    assert.equal(excelError(r[1][0]), "#VALUE!");
    assert.match((r[1][0] as StandInError).message!, /note_rate/);
    assert.equal(excelError(r[2][0]), "#N/A");
    assert.match((r[2][0] as StandInError).message!, /gross_monthly_income/);
  });

  it("every missing required field gives #N/A with its name, every malformed one #VALUE! with its name (never a throw)", () => {
    // pi_payment is not in the list: when blank it is computed from upb, note_rate and remaining_term.
    const required = [
      "upb",
      "note_rate",
      "remaining_term",
      "escrow_payment",
      "gross_monthly_income",
      "property_value",
    ];
    for (const name of [...required, "pi_payment"]) {
      const i = FIELDS.findIndex((f) => f[0] === name);
      if (name !== "pi_payment") {
        const missing = programs.waterfall(
          one("HAMP"),
          H,
          [V[0].map((x, j) => (j === i ? "" : x))],
          one("new_pi")
        )[0][0];
        assert.equal(excelError(missing), "#N/A", name);
        assert.match((missing as StandInError).message!, new RegExp(name));
      }
      const malformed = programs.waterfall(
        one("HAMP"),
        H,
        [V[0].map((x, j) => (j === i ? "abc" : x))],
        one("new_pi")
      )[0][0];
      assert.equal(excelError(malformed), "#VALUE!", name);
      assert.match((malformed as StandInError).message!, new RegExp(name));
    }
  });

  it("refuses an unknown program or field", () => {
    assert.equal(excelError(programs.waterfall(one("FLEX-1999"), H, V)[0][0]), "#VALUE!");
    assert.equal(excelError(programs.waterfall(one("HAMP"), H, V, one("apr"))[0][0]), "#VALUE!");
  });

  it("LM.NPV values HAMP-A's modification against foreclosure (Python decimal: 135,970.72 vs 155,455.96) and lists its inputs", () => {
    assert.deepEqual(programs.npv(H, V, one("npv_mod")), [[135970.72]]);
    assert.deepEqual(programs.npv(H, V, one("npv_fc")), [[155455.96]]);
    assert.deepEqual(programs.npv(H, V, one("decision")), [["FORECLOSE"]]);
    const table = programs.npv(H, V);
    assert.ok(table.some((r) => r[0] === "spread" && String(r[1]).startsWith("0.025")));
    const noPmms = programs.npv([H[0].slice(0, -1)], [V[0].slice(0, -1)], one("npv_mod"))[0][0];
    assert.equal(excelError(noPmms), "#N/A");
    assert.match((noPmms as StandInError).message!, /pmms/);
  });

  it("LM.NPV takes an assumption override from a column named like it", () => {
    // reo_discount 0 instead of 0.15: NPV_FC = 250,000·v(22) − 250·a(22) − 25,000·v(22) (Python decimal: 187,562.41)
    const r = programs.npv([[...H[0], "reo_discount"]], [[...V[0], 0]], one("npv_fc"));
    assert.deepEqual(r, [[187562.41]]);
  });
});
