import { strict as assert } from "node:assert";
import { evaluateProgram, evaluateWaterfall } from "../../../src/core/programs/registry";
import { AUTO } from "../../../src/core/rules/auto";
import { LoanRecord } from "../../../src/core/record";
import { loan } from "./loan";
import { GSE_LOAN, HAMP_A, auto } from "./auto-loans";

describe("core/programs AUTO waterfall branches", () => {
  const hampA = () =>
    loan({ investor: "PRIVATE", ...HAMP_A, gross_monthly_income: 4000, property_value: 250000 });

  it("NOT_AVAILABLE: an order naming a program this version lacks says so and goes on", () => {
    const rules = {
      ...AUTO,
      params: { order: { ...AUTO.params.order, PRIVATE: ["HAMP-2099", "REPAY-FNMA", "HAMP"] } },
    };
    const r = evaluateWaterfall(hampA(), rules);
    assert.ok(r.ok);
    assert.equal(r.value.ruleSet, "HAMP");
    const step = r.value.steps[0];
    assert.deepEqual([step.option, step.code, step.pass], ["HAMP-2099", "NOT_AVAILABLE", false]);
    assert.equal(step.reason, "HAMP-2099 is not available in this version");
    assert.equal(r.value.options[0].reason, "HAMP-2099 is not available");
  });

  it("MISSING_FIELDS: an option that cannot be evaluated stops AUTO with NA naming every missing field", () => {
    // HAMP needs the income; the repayment plan before it is evaluated and passed over.
    const record = loan({ investor: "PRIVATE", ...HAMP_A, property_value: 250000 });
    const r = evaluateProgram("AUTO", record);
    assert.ok(!r.ok);
    assert.deepEqual(
      r.issues.map((i) => [i.code, i.field]),
      [["NA", "gross_monthly_income"]]
    );
    assert.match(r.issues[0].reason, /^AUTO stops at HAMP, option 2 of the PRIVATE waterfall/);
  });

  it("no note rate: NA naming it (and what it leaves missing), never a deed-in-lieu (issue repro)", () => {
    // LM.WATERFALL("AUTO", {investor, upb, remaining_term, property_value}, {FNMA, 100000, 360, 150000})
    const r = evaluateProgram(
      "AUTO",
      loan({ investor: "FNMA", upb: 100000, remaining_term: 360, property_value: 150000 })
    );
    assert.ok(!r.ok);
    assert.equal(r.issues.length, 1);
    assert.equal(r.issues[0].code, "NA");
    assert.equal(r.issues[0].field, "note_rate");
    for (const f of ["note_rate", "pi_payment", "escrow_payment", "months_delinquent"])
      assert.match(r.issues[0].reason, new RegExp(`${f} is required for REPAY-FNMA`));
  });

  it("no UPB: NA naming upb, never 'No workout' (issue repro)", () => {
    const r = evaluateProgram(
      "AUTO",
      loan({ investor: "FNMA", note_rate: 0.05, remaining_term: 360, property_value: 150000 })
    );
    assert.ok(!r.ok);
    assert.equal(r.issues[0].field, "upb");
  });

  it("a malformed pass-through column is VALUE naming it, once an earlier option does not work", () => {
    const record = loan({
      investor: "PRIVATE",
      ...HAMP_A,
      gross_monthly_income: 10000,
      property_value: 400000,
      offer_price: "about 300k",
    });
    const r = evaluateProgram("AUTO", record);
    assert.ok(!r.ok);
    assert.deepEqual(
      r.issues.map((i) => [i.code, i.field]),
      [["VALUE", "offer_price"]]
    );
  });

  it("an earlier option that works is recommended whatever later options lack", () => {
    // The repayment plan works; the deferral after it would need prior_deferred_months.
    const e = auto({
      investor: "FNMA",
      upb: 150000,
      note_rate: 0.04,
      remaining_term: 300,
      pi_payment: 1000,
      escrow_payment: 200,
      months_delinquent: 1,
      hardship_resolved: true,
    });
    assert.equal(e.ruleSet, "REPAY-FNMA");
  });

  it("property_value 0 is VALUE naming it: FLEX-2024, FLEX-2017, HAMP and AUTO, never a throw (issue repro)", () => {
    const zero: LoanRecord = loan({ investor: "FNMA", ...GSE_LOAN, property_value: 0 });
    for (const id of ["FLEX-2024", "FLEX-2017", "AUTO"]) {
      const r = evaluateProgram(id, zero);
      assert.ok(!r.ok, id);
      assert.deepEqual([r.issues[0].code, r.issues[0].field], ["VALUE", "property_value"], id);
    }
    const hamp = evaluateProgram(
      "HAMP",
      loan({ ...HAMP_A, gross_monthly_income: 4000, property_value: 0 })
    );
    assert.ok(!hamp.ok && hamp.issues[0].field === "property_value");
  });

  it("without an investor AUTO is NA naming investor", () => {
    const r = evaluateProgram("AUTO", loan({ ...HAMP_A }));
    assert.ok(!r.ok);
    assert.deepEqual([r.issues[0].code, r.issues[0].field], ["NA", "investor"]);
  });
});
