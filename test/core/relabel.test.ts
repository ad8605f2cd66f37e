/** An issue said under another name: the sentences of the core's input parsers (src/core/input). */
import { strict as assert } from "node:assert";
import { relabel } from "../../src/core/result";
import { parseMonths, parseRateDecimal } from "../../src/core/input";

describe("core/relabel", () => {
  it("puts the label before a sentence that does not start with its field (or has none)", () => {
    assert.equal(
      relabel({ code: "NA", field: "months", reason: "months is missing" }, "Plan months"),
      "Plan months: months is missing"
    );
    assert.equal(relabel({ code: "VALUE", reason: "no field" }, "PMMS"), "PMMS: no field");
  });

  it('swaps only a leading "field: ", once', () => {
    assert.equal(
      relabel({ code: "VALUE", field: "rate", reason: "rate: rate: x" }, "Rate"),
      "Rate: rate: x"
    );
    assert.equal(
      relabel({ code: "VALUE", field: "rate", reason: "ratex: y" }, "Rate"),
      "Rate: ratex: y"
    );
  });

  it("swaps the field an input parser names for the label", () => {
    const rate = parseRateDecimal("6.23", "market_rate");
    assert.ok(!rate.ok);
    assert.equal(
      relabel(rate.issues[0], "--pmms"),
      '--pmms: "6.23" looks like a percent: enter 0.0623 or 6.23%'
    );
    const months = parseMonths("nine", "months", { min: 1 });
    assert.ok(!months.ok);
    assert.equal(
      relabel(months.issues[0], '--months "nine"'),
      '--months "nine": "nine" is not a whole number of months'
    );
  });
});
