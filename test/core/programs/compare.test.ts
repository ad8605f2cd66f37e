import { strict as assert } from "node:assert";
import { compareOptions, optionsFor } from "../../../src/core/programs/compare";
import { evaluateProgram } from "../../../src/core/programs/registry";
import { AUTO } from "../../../src/core/rules/auto";
import { INVESTORS } from "../../../src/core/record-fields";
import { loan } from "./loan";
import { HAMP_A as HAMP_A_LOAN } from "./auto-loans";
import { randomLoans } from "./random-loans";
import { evaluationText, resultText } from "./evaluation-text";

/**
 * HAMP-A as a private loan whose hardship is not resolved (the repayment plan is passed over), with
 * its income 4,000 and value 250,000.
 */
const HAMP_A = {
  investor: "PRIVATE",
  ...HAMP_A_LOAN,
  gross_monthly_income: 4000,
  property_value: 250000,
};

describe("core/programs compareOptions and optionsFor", () => {
  it("optionsFor lists an investor's descriptors in AUTO order", () => {
    for (const investor of INVESTORS)
      assert.deepEqual(
        optionsFor(investor).map((d) => d.id),
        AUTO.params.order[investor]
      );
    assert.deepEqual(
      optionsFor("FHA").map((d) => [d.name, d.kind]),
      [
        ["Repayment plan", "workout"],
        ["FHA partial claim and combination modification", "workout"],
        ["FHA pre-foreclosure sale", "liquidation"],
        ["FHA deed-in-lieu", "liquidation"],
      ]
    );
  });

  it("evaluates every option, not stopping at the one AUTO recommends", () => {
    // HAMP-A: HAMP works (4.375%, 998.57); the short sale (250,000 − 15,000 − 5,000 − 7,500 =
    // 222,500 against 200,000: it covers the debt) does not; the deed-in-lieu does.
    const c = compareOptions(loan(HAMP_A));
    assert.ok(c.ok);
    const v = c.value;
    assert.equal(v.investor, "PRIVATE");
    assert.deepEqual(
      v.options.map((o) => [o.id, o.position, o.works]),
      [
        ["REPAY-FNMA", 1, false],
        ["HAMP", 2, true],
        ["SHORT-SALE-GSE", 3, false],
        ["DIL-GSE", 4, true],
      ]
    );
    assert.equal(v.recommended?.id, "HAMP");
    assert.equal(v.recommended?.program?.name, "HAMP Tier 1 modification");
    assert.ok(v.auto.ok && v.auto.value.ruleSet === "HAMP");
  });

  it("names the fields an option lacks; AUTO then stops there and recommends nothing", () => {
    const { gross_monthly_income: _, ...noIncome } = HAMP_A;
    const c = compareOptions(loan(noIncome));
    assert.ok(c.ok);
    const hamp = c.value.options[1];
    assert.equal(hamp.result.ok, false);
    assert.deepEqual(hamp.missing, ["gross_monthly_income"]);
    assert.equal(c.value.recommended, undefined);
    assert.ok(!c.value.auto.ok && c.value.auto.issues[0].field === "gross_monthly_income");
    // Later options are still evaluated and shown.
    assert.equal(c.value.options[3].works, true);
  });

  it("its AUTO evaluation is LM.WATERFALL's AUTO, word for word, on random loans", () => {
    for (const { record } of randomLoans(300, 11)) {
      const expected = resultText(() => evaluateProgram("AUTO", record), evaluationText);
      const c = compareOptions(record);
      if (!c.ok) {
        assert.deepEqual(
          resultText(() => c, evaluationText),
          expected
        );
        continue;
      }
      assert.deepEqual(
        resultText(() => c.value.auto, evaluationText),
        expected
      );
      const auto = c.value.auto;
      const chosen =
        auto.ok && auto.value.reasonCode !== "NO_OPTION" ? auto.value.ruleSet : undefined;
      assert.equal(c.value.recommended?.id, chosen);
      for (const o of c.value.options)
        assert.deepEqual(
          resultText(() => o.result, evaluationText),
          resultText(() => evaluateProgram(o.id, record), evaluationText)
        );
    }
  });

  it("an order naming a program this version lacks shows it as not available, lacking no field", () => {
    const rules = {
      ...AUTO,
      params: {
        order: { ...AUTO.params.order, PRIVATE: ["HAMP-2099", ...AUTO.params.order.PRIVATE] },
      },
    };
    const c = compareOptions(loan(HAMP_A), rules);
    assert.ok(c.ok);
    const missing = c.value.options[0];
    assert.deepEqual(
      [missing.id, missing.program, missing.works, missing.missing],
      ["HAMP-2099", undefined, false, []]
    );
    assert.ok(!missing.result.ok && /not available/.test(missing.result.issues[0].reason));
    assert.equal(c.value.recommended?.id, "HAMP");
    assert.ok(c.value.auto.ok && c.value.auto.value.steps[0].code === "NOT_AVAILABLE");
  });

  it("without an investor it is NA naming investor", () => {
    const { investor: _, ...noInvestor } = HAMP_A;
    const c = compareOptions(loan(noInvestor));
    assert.ok(!c.ok && c.issues[0].field === "investor");
  });
});
