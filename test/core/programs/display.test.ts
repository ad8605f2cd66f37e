import assert from "node:assert/strict";
import fc from "fast-check";
import Decimal from "decimal.js";
import { pct, usd } from "../../../src/core/programs/display";

describe("core/programs/display: amounts and percents in audit sentences", () => {
  it("edge cases first: fractions below a tenth of a percent keep their place", () => {
    // 0.0003 is three hundredths of a percent, not three tenths.
    assert.equal(pct("0.0003"), "0.03%");
    assert.equal(pct("-0.0003"), "-0.03%");
    assert.equal(pct("0.00005"), "0.005%");
    assert.equal(pct("0"), "0%");
    // Cut to whole percents, a tiny negative share is 0%, never "-0%".
    assert.equal(pct("-0.0003", 0), "0%");
    assert.equal(usd(-5), "-$0.05");
  });

  it("rates as written and longer fractions cut half-up to the places asked", () => {
    assert.equal(pct("0.04375"), "4.375%");
    assert.equal(pct("0.10"), "10%");
    assert.equal(pct("1.5"), "150%");
    assert.equal(pct("0.00125", 2), "0.13%");
    assert.equal(usd(123456789), "$1,234,567.89");
  });

  it("a rate written with up to places + 2 decimals is shown as exactly 100 times it", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -10_000_000, max: 10_000_000 }),
        fc.integer({ min: 0, max: 5 }),
        (n, k) => {
          const x = new Decimal(n).div(new Decimal(10).pow(k));
          const shown = pct(x.toString());
          // Read back: the shown number is the rate times 100, to the digit.
          assert.ok(new Decimal(shown.slice(0, -1)).eq(x.times(100)), `${x.toString()} → ${shown}`);
        }
      )
    );
  });
});
