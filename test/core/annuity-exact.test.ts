import { strict as assert } from "node:assert";
import fc from "fast-check";
import Decimal from "decimal.js";
import { exactFloorPresentValueCents, exactPaymentCents } from "../../src/core/annuity-exact";

/**
 * The exact payment and present value (integer arithmetic on the typed decimal rate) against a
 * decimal reference at 140 digits: enough to see the effect of any rate down to 1e-100 on amounts
 * up to 1e15 cents, so the two agree wherever the value is not an exact tie.
 */
const W = Decimal.clone({ precision: 140 });

function referencePayment(l: number, rate: number, n: number): Decimal {
  const r = new W(rate).div(12);
  if (r.isZero()) return new W(l).div(n);
  return new W(l).times(r).div(new W(1).minus(r.plus(1).pow(-n)));
}

function referencePresentValue(t: number, rate: number, n: number): Decimal {
  const r = new W(rate).div(12);
  if (r.isZero()) return new W(t).times(n);
  return new W(t).times(new W(1).minus(r.plus(1).pow(-n))).div(r);
}

/** Rates a user types (a few decimals), and tiny ones on both sides of the bound at about 1e-21. */
const rates = fc.oneof(
  fc.integer({ min: -99000, max: 100000 }).map((k) => k / 100000),
  fc
    .tuple(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 18, max: 40 }), fc.boolean())
    .map(([m, e, neg]) => (neg ? -1 : 1) * Number(`${m}e-${e}`))
);

describe("core/annuity-exact", () => {
  it("hand-checked ties and tiny rates", () => {
    // 100.50 at 12% over 2 = 51.005 exactly → 5,101 cents; 0.48 at 12.5% over 1 = 0.485 → 49 cents.
    assert.equal(exactPaymentCents(10050, 0.12, 2), 5101);
    assert.equal(exactPaymentCents(48, 0.125, 1), 49);
    // 102.01 at 12% over 2 has a present value of exactly 201.00; 0.97 at 12.5% over 1 of 0.96.
    assert.equal(exactFloorPresentValueCents(10201, 0.12, 2), 20100);
    assert.equal(exactFloorPresentValueCents(97, 0.125, 1), 96);
    // At ±1e-300, 101 cents over 2 months is a hair above (below) the tie 50.5.
    assert.equal(exactPaymentCents(101, 1e-300, 2), 51);
    assert.equal(exactPaymentCents(101, -1e-300, 2), 50);
    assert.equal(exactFloorPresentValueCents(100, 1e-300, 12), 1199);
    assert.equal(exactFloorPresentValueCents(100, -1e-300, 12), 1200);
    assert.equal(exactFloorPresentValueCents(0, 0.05, 12), 0);
  });

  it("the payment is the half-up of the exact value (property against 140 digits)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e15 }),
        rates,
        fc.integer({ min: 1, max: 1200 }),
        (l, rate, n) => {
          const exact = referencePayment(l, rate, n);
          const frac = exact.minus(exact.floor());
          fc.pre(frac.minus(0.5).abs().gt("1e-100")); // not a tie the reference cannot see
          assert.equal(
            exactPaymentCents(l, rate, n),
            exact.toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber()
          );
        }
      ),
      { numRuns: 2000 }
    );
  });

  it("the present value is floored exactly (property against 140 digits)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e12 }),
        rates,
        fc.integer({ min: 1, max: 1200 }),
        (t, rate, n) => {
          const exact = referencePresentValue(t, rate, n);
          const frac = exact.minus(exact.floor());
          fc.pre(frac.gt("1e-100") && frac.lt(new W(1).minus("1e-100")));
          assert.equal(exactFloorPresentValueCents(t, rate, n), exact.floor().toNumber());
        }
      ),
      { numRuns: 2000 }
    );
  });

  it("zero-rate ties go up; a tiny negative rate takes them down (constructed ties)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 1, max: 600 }).map((k) => 2 * k),
        (k, n) => {
          const l = n * k + n / 2; // L/n = k + ½
          assert.equal(exactPaymentCents(l, 0, n), k + 1);
          assert.equal(exactPaymentCents(l, 1e-25, n), k + 1);
          assert.equal(exactPaymentCents(l, -1e-25, n), k);
        }
      )
    );
  });
});
