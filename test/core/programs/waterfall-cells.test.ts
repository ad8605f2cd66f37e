import { strict as assert } from "node:assert";
import { StandInError, excelError, installCustomFunctionsStandIn } from "../../functions/stand-in";
import * as programs from "../../../src/functions/programs";

installCustomFunctionsStandIn();
const one = (x: unknown) => [[x]] as unknown[][];
const cells = (f: typeof programs.waterfall, ...args: unknown[][][]) =>
  (f as (...a: unknown[][][]) => unknown[][])(...args);

/*
 * The repros of issue 6's bad-input review, through LM.WATERFALL and LM.NPV as Excel calls them: a
 * bad row costs only its own cell, and a missing field is named.
 */
describe("core/programs bad input through LM.WATERFALL and LM.NPV", () => {
  const headers = [
    "loan_id",
    "investor",
    "property_state",
    "upb",
    "note_rate",
    "remaining_term",
    "pi_payment",
    "escrow_payment",
    "past_due_interest",
    "property_value",
    "mod_rate",
    "months_delinquent",
    "prior_deferred_months",
    "origination_date",
    "as_of_date",
    "prior_modifications",
    "hardship_resolved",
    "PMMS",
  ];
  // FLEX-2024 example E: 200,000 at 9%/360, 3,000 arrears, value 300,000, MIR 5% → 6.5%, 1,283.10.
  const good = [
    "E",
    "FNMA",
    "TX",
    200000,
    0.09,
    360,
    1609.25,
    300,
    3000,
    300000,
    0.05,
    3,
    0,
    "2019-03-01",
    "2026-11-01",
    0,
    false,
    0.06,
  ];
  const valueAt = headers.indexOf("property_value");
  const zero = good.map((x, i) => (i === 0 ? "E0" : i === valueAt ? 0 : x));
  // A tape's loan ids are unique (a repeated id flags every row that has it).
  const goodAgain = good.map((x, i) => (i === 0 ? "E2" : x));

  it("one loan with property_value 0 costs only its own cell, #VALUE! naming property_value", () => {
    for (const program of ["FLEX-2024", "FLEX-2017", "AUTO"]) {
      const column = cells(
        programs.waterfall,
        one(program),
        [headers],
        [good, zero, goodAgain],
        one("new_pi")
      );
      // FLEX-2024 and AUTO (FLEX-2024 for this FNMA loan): 1,283.10; FLEX-2017 computes a P&I too.
      if (program === "FLEX-2017") assert.equal(typeof column[0][0], "number");
      else assert.equal(column[0][0], 1283.1, program);
      assert.equal(column[2][0], column[0][0]);
      assert.equal(excelError(column[1][0]), "#VALUE!", program);
      assert.match((column[1][0] as StandInError).message!, /property_value/);
    }
    const npv = cells(programs.npv, [headers], [good, zero, goodAgain], one("mod_program"));
    assert.deepEqual([npv[0][0], npv[2][0]], ["FLEX-2024", "FLEX-2024"]);
    assert.equal(excelError(npv[1][0]), "#VALUE!");
    assert.match((npv[1][0] as StandInError).message!, /property_value/);
  });

  it('WATERFALL("AUTO", {investor, upb, remaining_term, property_value}, {FNMA, 100000, 360, 150000}) is #N/A naming note_rate', () => {
    const h = [["investor", "upb", "remaining_term", "property_value"]];
    const v = [["FNMA", 100000, 360, 150000]];
    for (const field of ["program", "new_pi"]) {
      const cell = cells(programs.waterfall, one("AUTO"), h, v, one(field))[0][0];
      assert.equal(excelError(cell), "#N/A", field);
      assert.match((cell as StandInError).message!, /note_rate/);
    }
    const noUpb = cells(
      programs.waterfall,
      one("AUTO"),
      [["investor", "note_rate", "remaining_term", "property_value"]],
      [["FNMA", 0.05, 360, 150000]],
      one("program")
    )[0][0];
    assert.equal(excelError(noUpb), "#N/A");
    assert.match((noUpb as StandInError).message!, /upb/);
  });
});
