import { strict as assert } from "node:assert";
import fc from "fast-check";
import { D } from "../../../src/core/money";
import { PROGRAM_IDS, evaluateProgram } from "../../../src/core/programs/registry";
import { Outcome, RatioName } from "../../../src/core/programs/outcome";
import { RateLadder } from "../../../src/core/programs/ladder/search";
import { rateDecimal, rateNumber } from "../../../src/core/input";
import { randomLoans } from "./random-loans";

/*
 * Fast paths of the numbers a result row holds, each against its exact path: a ratio of whole cents
 * as the double quotient against the Decimal quotient's toNumber(); a rate ladder's step as the shared
 * Decimal of its number against the Decimal subtraction.
 */

const safe = fc.oneof(
  fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }),
  fc.maxSafeInteger(),
  fc.integer({ min: 1, max: 2 ** 53 - 1 }).map((n) => -n)
);

describe("core/programs: ratios and rates as cell numbers, without the Decimal", () => {
  it("edge cases: 0 over a value, a ratio of 1, the largest cents, a quotient of 1/3 and 2/3", () => {
    for (const [a, b] of [
      [0, 7],
      [5, 5],
      [2 ** 53 - 1, 2 ** 53 - 2],
      [1, 3],
      [2, 3],
      [-1, 3],
      [9_999_999_999, 10_000_000_001],
    ])
      assert.ok(Object.is(new D(a).div(b).toNumber(), a / b), `${a} / ${b}`);
  });

  it("a / b for whole numbers below 2^53 is the double the Decimal quotient converts to (property)", () => {
    fc.assert(
      fc.property(safe, safe, (a, b) => {
        if (b === 0) return;
        assert.ok(Object.is(new D(a).div(b).toNumber(), a / b), `${a} / ${b}`);
      }),
      { numRuns: 50_000 }
    );
  });

  it("every evaluation's ratios read as numbers equal its Decimal ratios' numbers, on random loans", () => {
    const names: RatioName[] = ["mtmltv", "piReduction", "dtiAfter"];
    let compared = 0;
    for (const { record } of randomLoans(1500, 7)) {
      for (const id of ["AUTO", ...PROGRAM_IDS]) {
        const r = evaluateProgram(id, record);
        if (!r.ok) continue;
        const e = r.value;
        assert.ok(e instanceof Outcome, id);
        // Read as numbers first, before the Decimals are made; then the Decimals.
        const numbers = names.map((n) => e.ratioNumber(n));
        const decimals = names.map((n) => e[n]?.toNumber());
        assert.deepEqual(numbers, decimals, `${id} ${record.loan_id}`);
        assert.deepEqual(
          names.map((n) => e.ratioNumber(n)),
          decimals,
          "after the Decimals are made"
        );
        compared += numbers.filter((n) => n !== undefined).length;
      }
    }
    assert.ok(compared > 10_000, `${compared} ratios compared`);
  });

  it("a rate ladder's steps are the Decimal subtraction's values, clamped to the floor (property)", () => {
    const units = fc.integer({ min: 0, max: 2_000_000 }); // rates up to 2% in 1e-8 units
    fc.assert(
      fc.property(
        units,
        fc.integer({ min: 1, max: 200_000 }),
        units,
        fc.nat(50),
        (start, step, floor, k) => {
          const s = new D(start).div(1e8);
          const i = new D(step).div(1e8);
          const f = new D(floor).div(1e8);
          const ladder = new RateLadder(s, i, f);
          const x = s.minus(i.times(k));
          const exact = x.lt(f) ? f : x;
          const at = ladder.at(k);
          assert.ok(at.eq(exact), `${s} − ${k} × ${i}, floor ${f}: ${at} vs ${exact}`);
          assert.equal(at.toString(), exact.toString());
          assert.equal(at.decimalPlaces(), exact.decimalPlaces());
          assert.equal(ladder.number(k), exact.toNumber());
        }
      ),
      { numRuns: 20_000 }
    );
  });

  it("a shared rate's number is its Decimal's, remembered", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (n) => {
        const d = rateDecimal(n);
        assert.ok(Object.is(rateNumber(d), d.toNumber()));
        assert.ok(
          Object.is(rateNumber(new D(n)), new D(n).toNumber()),
          "not remembered: converted"
        );
      })
    );
  });
});
