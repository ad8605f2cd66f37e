import { strict as assert } from "node:assert";
import fc from "fast-check";
import Decimal from "decimal.js";
import {
  decidedHalfUpCentsOfSum,
  floorCentsVerified,
  roundHalfUpCents,
} from "../../src/core/verified-rounding";

/**
 * The float fast path decides only when the value is farther than the margin from the rounding
 * boundary (1e-9 relative + 1e-7 absolute; 1e-11 of the terms' magnitude for a sum) and below
 * 2^50 cents; otherwise the exact callback decides. An exact callback that answers a sentinel
 * shows which path was taken.
 */
const SENTINEL = 424242;
function probe() {
  const calls = { n: 0 };
  const exact = () => {
    calls.n++;
    return new Decimal(SENTINEL);
  };
  return { calls, exact };
}
const margin = (a: number) => 1e-9 * Math.abs(a) + 1e-7;
const LARGEST_FAST = 2 ** 50;

describe("core/verified-rounding", () => {
  describe("roundHalfUpCents", () => {
    it("an exact tie always goes to the exact value, which decides it", () => {
      for (const tie of [0.5, 2.5, 1000.5, -2.5, 123456789.5]) {
        const { calls, exact } = probe();
        assert.equal(roundHalfUpCents(tie, exact), SENTINEL, `${tie}`);
        assert.equal(calls.n, 1);
      }
      // With the true value as the exact callback, ties go away from zero.
      assert.equal(
        roundHalfUpCents(2.5, () => new Decimal("2.5")),
        3
      );
      assert.equal(
        roundHalfUpCents(-2.5, () => new Decimal("-2.5")),
        -3
      );
    });

    it("decides in float just outside the margin, and falls back just inside it", () => {
      for (const whole of [0, 7, 1000, 1e6, 1e8]) {
        const m = margin(whole + 0.5);
        const outside = probe();
        assert.equal(roundHalfUpCents(whole + 0.5 + 2 * m, outside.exact), whole + 1);
        assert.equal(roundHalfUpCents(whole + 0.5 - 2 * m, outside.exact), whole);
        assert.equal(outside.calls.n, 0, `float decides at ${whole} ± 2 margins`);
        const inside = probe();
        roundHalfUpCents(whole + 0.5 + m / 2, inside.exact);
        roundHalfUpCents(whole + 0.5 - m / 2, inside.exact);
        assert.equal(inside.calls.n, 2, `exact decides at ${whole} ± half a margin`);
      }
    });

    it("rounds negative values away from zero and never gives −0", () => {
      const { calls, exact } = probe();
      assert.equal(roundHalfUpCents(-2.4, exact), -2);
      assert.equal(roundHalfUpCents(-2.6, exact), -3);
      const z = roundHalfUpCents(-0.4, exact);
      assert.ok(Object.is(z, 0), "−0.4 rounds to +0");
      assert.equal(calls.n, 0);
    });

    it("from 5e8 cents the margin passes half a cent, and at 2^50 and beyond only the exact value decides", () => {
      for (const big of [5e8 + 0.25, LARGEST_FAST - 1 + 0.25, LARGEST_FAST, 1e300, -1e300]) {
        const above = probe();
        assert.equal(roundHalfUpCents(big, above.exact), SENTINEL);
        assert.equal(above.calls.n, 1, `${big}`);
      }
      const below = probe();
      assert.equal(roundHalfUpCents(1e8 + 0.25, below.exact), 1e8);
      assert.equal(below.calls.n, 0);
    });

    it("equals decimal half-up of the same value, and falls back exactly when within the margin (property)", () => {
      fc.assert(
        fc.property(fc.double({ min: -1e14, max: 1e14, noNaN: true }), (x) => {
          let called = false;
          const r = roundHalfUpCents(x, () => {
            called = true;
            return new Decimal(x);
          });
          assert.equal(r, new Decimal(x).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber() + 0);
          const a = Math.abs(x);
          const frac = a - Math.floor(a);
          assert.equal(called, !(Math.abs(frac - 0.5) > margin(a)));
        }),
        { numRuns: 5000 }
      );
    });
  });

  describe("floorCentsVerified", () => {
    it("a whole number, or one within the margin of it, goes to the exact value", () => {
      for (const x of [0, 5, -5, 1e9, 5 + margin(5) / 2, 5 - margin(5) / 2]) {
        const { calls, exact } = probe();
        assert.equal(floorCentsVerified(x, exact), SENTINEL, `${x}`);
        assert.equal(calls.n, 1);
      }
      assert.equal(
        floorCentsVerified(5, () => new Decimal(5)),
        5
      );
      assert.equal(
        floorCentsVerified(5, () => new Decimal("4.9999999999")),
        4
      );
    });

    it("floors toward −∞ in float when clear of a whole number", () => {
      const { calls, exact } = probe();
      assert.equal(floorCentsVerified(2.3, exact), 2);
      assert.equal(floorCentsVerified(-2.3, exact), -3);
      assert.equal(floorCentsVerified(7 + 2 * margin(7), exact), 7);
      assert.equal(floorCentsVerified(7 - 2 * margin(7), exact), 6);
      assert.equal(calls.n, 0);
      const big = probe();
      floorCentsVerified(LARGEST_FAST + 0.5, big.exact);
      assert.equal(big.calls.n, 1);
    });

    it("equals decimal floor of the same value (property)", () => {
      fc.assert(
        fc.property(fc.double({ min: -1e14, max: 1e14, noNaN: true }), (x) => {
          const r = floorCentsVerified(x, () => new Decimal(x));
          assert.equal(r + 0, new Decimal(x).floor().toNumber() + 0);
        }),
        { numRuns: 5000 }
      );
    });
  });

  describe("decidedHalfUpCentsOfSum", () => {
    it("takes its margin from the terms' magnitude, not from the sum", () => {
      // A sum of 10.2 cents from terms of 1e9 cents: the margin is 1e-11 × 1e9 + 1e-7 ≈ 0.01 cent.
      // Undefined: the float sum does not decide, and the caller rounds its exact value.
      assert.equal(
        decidedHalfUpCentsOfSum(10.505, 1e9),
        undefined,
        "0.005 from the tie is inside a 0.01 margin"
      );
      assert.equal(decidedHalfUpCentsOfSum(10.2, 1e9), 10);
      assert.equal(decidedHalfUpCentsOfSum(-10.7, 1e9), -11);
    });

    it("a sum that is not finite, or terms beyond 2^50 cents, go to the exact value", () => {
      for (const [x, m] of [
        [NaN, 1],
        [Infinity, 1],
        [3.2, LARGEST_FAST],
      ]) {
        assert.equal(decidedHalfUpCentsOfSum(x, m), undefined, `${x}`);
      }
    });
  });
});
