import { strict as assert } from "node:assert";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  CATALOGUE,
  npvOptionFor,
  optionsFor,
  programById,
  requiredFieldsOf,
} from "../../../src/core/programs/catalogue";
import { PROGRAM_IDS, evaluateProgram } from "../../../src/core/programs/registry";
import { evaluationText, resultText } from "./evaluation-text";
import { randomLoans } from "./random-loans";
import { MODIFICATION_FOR, SHORT_SALE_FOR } from "../../../src/core/programs/loan-npv";
import { AUTO } from "../../../src/core/rules/auto";
import { FIELD_NAMES, INVESTORS, fieldsRequiredFor } from "../../../src/core/record-fields";

/** The lists every face reads are derived from the program descriptors, and agree with them. */
describe("core/programs catalogue: the lists derived from the descriptors", () => {
  it("each descriptor's id is its rule set's, once, and its plain name its own", () => {
    const ids = CATALOGUE.map((d) => d.id);
    assert.equal(new Set(ids).size, ids.length);
    assert.equal(new Set(CATALOGUE.map((d) => d.name)).size, ids.length);
    for (const d of CATALOGUE) {
      assert.equal(d.id, d.rules.id);
      assert.ok(d.rules.version && d.rules.effective && d.rules.sources.length, d.id);
    }
  });

  it("the registry is the catalogue: PROGRAM_IDS is AUTO then every descriptor, evaluateProgram their evaluations", () => {
    assert.deepEqual(PROGRAM_IDS, ["AUTO", ...CATALOGUE.map((d) => d.id)]);
    for (const { record } of randomLoans(25, 7))
      for (const d of CATALOGUE)
        assert.deepEqual(
          resultText(() => evaluateProgram(` ${d.id.toLowerCase()} `, record), evaluationText),
          resultText(() => d.evaluate(record), evaluationText),
          d.id
        );
  });

  it("every id of every investor's AUTO order names a descriptor", () => {
    for (const investor of INVESTORS) {
      const order = AUTO.params.order[investor];
      assert.ok(order.length > 0, investor);
      for (const id of order) assert.ok(programById(id), `${investor}: ${id} has no descriptor`);
      assert.deepEqual(
        optionsFor(investor).map((d) => d.id),
        order
      );
    }
  });

  it("every AUTO order ends in liquidation options after its workouts", () => {
    for (const investor of INVESTORS) {
      const kinds = optionsFor(investor).map((d) => d.kind);
      const firstLiquidation = kinds.indexOf("liquidation");
      assert.ok(firstLiquidation > 0, investor);
      assert.ok(
        kinds.slice(firstLiquidation).every((k) => k === "liquidation"),
        investor
      );
    }
  });

  it("the NPV mapping is each investor's first modification and first short sale (docs/rules/npv.md)", () => {
    // Written out from docs/rules/npv.md and the AUTO orders, not read from the code.
    const modification = {
      FNMA: "FLEX-2024",
      FHLMC: "FLEX-2024",
      FHA: "FHA-2025",
      VA: "VA-2026",
      USDA: "HAMP",
      PRIVATE: "HAMP",
    };
    const shortSale = {
      FNMA: "SHORT-SALE-GSE",
      FHLMC: "SHORT-SALE-GSE",
      FHA: "SHORT-SALE-FHA",
      VA: "SHORT-SALE-VA",
      USDA: "SHORT-SALE-GSE",
      PRIVATE: "SHORT-SALE-GSE",
    };
    assert.deepEqual(MODIFICATION_FOR, modification);
    assert.deepEqual(SHORT_SALE_FOR, shortSale);
    for (const investor of INVESTORS) {
      assert.equal(npvOptionFor(investor, "modification")!.kind, "workout");
      assert.equal(npvOptionFor(investor, "short_sale")!.kind, "liquidation");
    }
  });

  it("the required fields are the descriptors', and the record's uses name no program", () => {
    for (const d of CATALOGUE) {
      assert.deepEqual(requiredFieldsOf(d.id), d.required);
      for (const f of [...d.required, ...d.optional]) assert.ok(FIELD_NAMES.includes(f), f);
      for (const f of d.positive ?? []) assert.ok(d.required.includes(f), `${d.id}: ${f}`);
    }
    assert.deepEqual(requiredFieldsOf("NO-SUCH-PROGRAM"), []);
    // The table's uses are calculations and reports: a program's needs are its descriptor's alone.
    assert.deepEqual(fieldsRequiredFor("npv"), [
      "investor",
      "property_state",
      "property_value",
      "value_date",
    ]);
  });

  it("LM.WATERFALL's documented list of programs is the catalogue's, in order", () => {
    // The JSDoc feeds functions.json (custom-functions-metadata-plugin): the list there must name
    // every program and no other, so a new program fails here until its id is documented.
    const source = readFileSync(join(__dirname, "../../../src/functions/programs.ts"), "utf8");
    const line = source.split("\n").find((l) => l.includes("@param program"));
    assert.ok(line, "the WATERFALL JSDoc has a @param program line");
    const listed = /\(([^)]*)\)/
      .exec(line)![1]
      .split(",")
      .map((s) => s.trim());
    assert.deepEqual(
      listed,
      CATALOGUE.map((d) => d.id)
    );
    assert.match(line, /or AUTO/);
  });
});
