import { strict as assert } from "node:assert";
import Decimal from "decimal.js";
import { parseRate, parseRateDecimal } from "../../../src/core/input";
import { Result } from "../../../src/core/result";

const show = (r: Result<unknown>) =>
  r.ok ? String(r.value) : `${r.issues[0].code} ${r.issues[0].reason}`;

describe("core/input: rates", () => {
  it("edge cases: 0, -0, 1 (100%), just above 1, 1e300, NaN, infinities, booleans, money text, exponents", () => {
    assert.ok(Object.is((parseRate(-0, "r") as { value: number }).value, 0), "never −0");
    assert.equal(show(parseRate(0, "r")), "0");
    assert.equal(show(parseRate(1, "r")), "1");
    assert.equal(show(parseRate("100%", "r")), "1");
    assert.equal(
      show(parseRate(1.0000001, "r")),
      "VALUE r: 1.0000001 looks like a percent: enter 0.010000001 or 1.0000001%"
    );
    assert.equal(
      show(parseRate(1e300, "r")).startsWith("VALUE r: 1e+300 looks like a percent"),
      true
    );
    for (const v of [Number.NaN, Infinity, -Infinity, true, "$5", "1e-3", "6.5 %%", "abc"])
      assert.match(
        show(parseRate(v, "r")),
        /^VALUE r: .* is not a rate \(write 0\.065 or 6\.5%\)$/
      );
  });

  it("a fraction or percent text; a bare number above 1 is refused with a hint, percent text above 100% plainly", () => {
    assert.equal(show(parseRate(0.065, "note_rate")), "0.065");
    assert.equal(show(parseRate("0.065", "note_rate")), "0.065");
    assert.equal(show(parseRate("6.5%", "note_rate")), "0.065");
    assert.equal(show(parseRate(" 6.125 % ", "note_rate")), "0.06125");
    assert.equal(show(parseRate(new Decimal("0.04375"), "note_rate")), "0.04375");
    assert.equal(
      show(parseRate(6.5, "note_rate")),
      "VALUE note_rate: 6.5 looks like a percent: enter 0.065 or 6.5%"
    );
    assert.equal(
      show(parseRate("6.5", "note_rate")),
      'VALUE note_rate: "6.5" looks like a percent: enter 0.065 or 6.5%'
    );
    assert.equal(show(parseRate("650%", "note_rate")), 'VALUE note_rate: "650%" is more than 100%');
  });

  it("negative rates: refused by default; with signed, allowed down to but not including −100% (NUM)", () => {
    assert.equal(show(parseRate(-0.01, "note_rate")), "VALUE note_rate: -0.01 cannot be negative");
    assert.equal(show(parseRate("-1%", "note_rate")), 'VALUE note_rate: "-1%" cannot be negative');
    assert.equal(show(parseRate(-0.01, "annual_rate", { signed: true })), "-0.01");
    assert.equal(show(parseRate("(2%)", "annual_rate", { signed: true })), "-0.02");
    assert.equal(show(parseRate(-0.999, "annual_rate", { signed: true })), "-0.999");
    assert.equal(
      show(parseRate(-1, "annual_rate", { signed: true })),
      "NUM annual_rate: -1 must be above -100%"
    );
    assert.equal(
      show(parseRate("-100%", "annual_rate", { signed: true })),
      'NUM annual_rate: "-100%" must be above -100%'
    );
  });

  it("as a Decimal, a rate is its shortest decimal text", () => {
    const r = parseRateDecimal("6.875%", "note_rate");
    assert.ok(r.ok && r.value.toString() === "0.06875");
    const n = parseRateDecimal(0.1 + 0.2, "note_rate"); // the double 0.30000000000000004
    assert.ok(n.ok && n.value.toString() === "0.30000000000000004");
  });
});
