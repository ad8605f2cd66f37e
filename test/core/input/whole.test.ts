import { strict as assert } from "node:assert";
import {
  MAX_TERM_MONTHS,
  parseCount,
  parseMonths,
  parsePositive,
  parseWhole,
} from "../../../src/core/input";
import { Result } from "../../../src/core/result";

const show = (r: Result<unknown>) =>
  r.ok ? String(r.value) : `${r.issues[0].code} ${r.issues[0].reason}`;

describe("core/input: whole numbers", () => {
  it("edge cases: -0, 0, 1e300, fractions, NaN, booleans, money and percent text, exponents", () => {
    assert.ok(Object.is((parseCount(-0, "n") as { value: number }).value, 0), "never −0");
    assert.equal(show(parseCount("0", "n")), "0");
    assert.equal(show(parseCount(1e300, "n")), "NUM n: 1e+300 is more than 9007199254740991");
    for (const v of [0.5, "3.5", Number.NaN, Infinity, true, "$5", "5%", "(5)", "1e3", "abc"])
      assert.match(show(parseCount(v, "n")), /^VALUE n: .* is not a whole number$/, String(v));
    assert.equal(show(parseCount(-1, "n")), "VALUE n: -1 cannot be negative");
  });

  it("digit text, grouped or not; trailing zeros after the point are still whole", () => {
    assert.equal(show(parseMonths("360", "t")), "360");
    assert.equal(show(parseMonths(" 1,200 ", "t")), "1200");
    assert.equal(show(parseMonths("360.0", "t")), "360");
  });

  it("months: 1 to 1200; 0 and below is NUM (no term), past 1200 NUM, a fraction VALUE", () => {
    assert.equal(MAX_TERM_MONTHS, 1200);
    assert.equal(show(parseMonths(1200, "term_months")), "1200");
    assert.equal(
      show(parseMonths(0, "term_months")),
      "NUM term_months: 0 must be at least 1 month"
    );
    assert.equal(
      show(parseMonths(-3, "term_months")),
      "NUM term_months: -3 must be at least 1 month"
    );
    assert.equal(
      show(parseMonths(1201, "term_months")),
      "NUM term_months: 1201 is more than 1200 months"
    );
    assert.equal(
      show(parseMonths(12.5, "term_months")),
      "VALUE term_months: 12.5 is not a whole number of months"
    );
    assert.equal(show(parseMonths(0, "m", { min: 0 })), "0");
  });

  it("signed whole numbers (a count of days back)", () => {
    const signed = (v: unknown) => parseWhole(v, "days", { min: -Number.MAX_SAFE_INTEGER });
    assert.equal(show(signed(-5)), "-5");
    assert.equal(show(signed("-5")), "-5");
    assert.equal(show(signed(-1.5)), "VALUE days: -1.5 is not a whole number");
  });

  it("positive multipliers: above 0, at most a million; percent text allowed, money text not", () => {
    assert.equal(show(parsePositive(1.5, "max_ratio")), "1.5");
    assert.equal(show(parsePositive("0.125%", "increment")), "0.00125");
    assert.equal(show(parsePositive(0, "increment")), "NUM increment: 0 must be more than 0");
    assert.equal(show(parsePositive(-1, "increment")), "NUM increment: -1 must be more than 0");
    assert.equal(
      show(parsePositive(1e7, "increment")),
      "NUM increment: 10000000 is more than 1000000"
    );
    assert.equal(show(parsePositive("$2", "increment")), 'VALUE increment: "$2" is not a number');
  });
});
