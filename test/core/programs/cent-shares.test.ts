import { strict as assert } from "node:assert";
import fc from "fast-check";
import Decimal from "decimal.js";
import {
  ceilShare,
  floorAfterReduction,
  floorShare,
  largestBelowAfterReduction,
  roundShare,
} from "../../../src/core/programs/cent-shares";
import { exactFloor, shareFraction } from "../../../src/core/programs/share-fraction";
import { D } from "../../../src/core/money";
import { floorCentsVerified, roundHalfUpCents } from "../../../src/core/verified-rounding";

/*
 * Shares of cent amounts: the whole-number path (a share written as plain decimal text is an exact
 * fraction) against an independent Decimal product at 60 digits rounded the way each function
 * promises, and against the verified float path it replaces (to the sign of a zero). Rule sets' shares are round ("0.8", "0.3") and values are round too (tapes
 * give values in hundreds of dollars), so exact products, the cases the float path cannot decide,
 * are drawn on purpose.
 */
const Big = Decimal.clone({ precision: 60 });

/** The float path alone (verified rounding, Decimal when undecided): the sign of a zero included. */
const byFloat = {
  floor: (a: number, s: string) => floorCentsVerified(a * Number(s), () => new D(a).times(s)),
  ceil: (a: number, s: string) =>
    -floorCentsVerified(-a * Number(s), () => new D(a).times(s).neg()),
  round: (a: number, s: string) => roundHalfUpCents(a * Number(s), () => new D(a).times(s)),
  afterReduction: (a: number, s: string) =>
    floorCentsVerified(a * (1 - Number(s)), () => new D(a).times(new D(1).minus(s))),
};
const exact = (amount: number, share: string) => new Big(amount).times(share);
/** The same number (a zero of either sign is zero: the oracle does not keep signs of zero). */
const sameNumber = (actual: number, expected: number, what: string) =>
  assert.ok(actual === expected, `${what}: ${actual}, expected ${expected}`);
const whole = (d: Decimal, mode: Decimal.Rounding) => {
  const n = d.toDecimalPlaces(0, mode).toNumber();
  return n === 0 ? 0 : n;
};

const SHARES = [
  "0.8",
  "0.3",
  "0.75",
  "1.2",
  "0.31",
  "0.4",
  "0.2",
  "0.10",
  "0.00125",
  "1",
  "0",
  "2.5",
];
const share = fc.oneof(
  fc.constantFrom(...SHARES),
  fc
    .tuple(fc.nat(99_999), fc.integer({ min: 0, max: 6 }))
    .map(([u, p]) => (p === 0 ? String(u) : (u / 10 ** p).toFixed(p)))
);
const amount = fc.oneof(
  fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }),
  fc.integer({ min: 0, max: 20_000 }).map((h) => h * 50_000), // round values, in cents
  fc.integer({ min: 0, max: 2 ** 48 }),
  fc.constantFrom(0, 1, -1, 2 ** 50, 10 ** 15)
);

describe("core/programs/cent-shares: whole-number shares against the exact product", () => {
  it("edge cases: zero and round amounts, a share of 0 and 1, products past the exact limit", () => {
    assert.deepEqual(shareFraction("0.75"), { units: 75, scale: 100 });
    assert.equal(shareFraction("-0.75"), undefined, "not plain: the float path");
    assert.equal(shareFraction(0.75), undefined, "a number: the float path");
    assert.equal(ceilShare(47_000_000, "0.8"), 37_600_000);
    assert.equal(floorShare(47_000_001, "0.8"), 37_600_000);
    assert.equal(ceilShare(47_000_001, "0.8"), 37_600_001);
    assert.ok(Object.is(ceilShare(0, "0.8"), 0), "never −0");
    assert.ok(Object.is(floorShare(0, "0.8"), 0));
    assert.equal(roundShare(5, "0.3"), 2, "1.5 cents rounds up");
    assert.equal(roundShare(-5, "0.3"), -2, "ties away from zero");
    assert.equal(largestBelowAfterReduction(100_000, "0.2"), 79_999, "exactly 80% is not below it");
    assert.equal(floorAfterReduction(100_000, "0.2"), 80_000);
    assert.equal(
      floorShare(2 ** 50, "0.8"),
      Math.floor(2 ** 50 * 0.8),
      "past 2^52: the float path"
    );
    assert.equal(exactFloor(-7, 10), -1);
    assert.equal(exactFloor(2 ** 52 - 1, 3), Math.floor((2 ** 52 - 1) / 3));
  });

  it("floor, ceiling and half-up shares equal the exact product's, and the float path's (property)", () => {
    fc.assert(
      fc.property(amount, share, (a, s) => {
        const e = exact(a, s);
        sameNumber(floorShare(a, s), whole(e, Decimal.ROUND_FLOOR), `floor ${a} × ${s}`);
        sameNumber(ceilShare(a, s), whole(e, Decimal.ROUND_CEIL), `ceil ${a} × ${s}`);
        sameNumber(roundShare(a, s), whole(e, Decimal.ROUND_HALF_UP), `half-up ${a} × ${s}`);
        assert.ok(Object.is(floorShare(a, s), byFloat.floor(a, s)), `floor ${a} × ${s}`);
        assert.ok(Object.is(ceilShare(a, s), byFloat.ceil(a, s)), `ceil ${a} × ${s}`);
        assert.ok(Object.is(roundShare(a, s), byFloat.round(a, s)), `half-up ${a} × ${s}`);
      }),
      { numRuns: 20_000 }
    );
  });

  it("payments after a reduction, at least and strictly below, equal the exact product's, and the float path's (property)", () => {
    fc.assert(
      fc.property(amount, share, (a, s) => {
        const e = new Big(a).times(new Big(1).minus(s));
        const floor = whole(e, Decimal.ROUND_FLOOR);
        sameNumber(floorAfterReduction(a, s), floor, `${a} × (1 − ${s})`);
        assert.ok(Object.is(floorAfterReduction(a, s), byFloat.afterReduction(a, s)), `${a}, ${s}`);
        sameNumber(largestBelowAfterReduction(a, s), e.isInteger() ? floor - 1 : floor, `${a}`);
      }),
      { numRuns: 20_000 }
    );
  });
});
