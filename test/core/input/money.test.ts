import { strict as assert } from "node:assert";
import fc from "fast-check";
import Decimal from "decimal.js";
import {
  MAX_MONEY,
  MAX_MONEY_CENTS,
  centsOfNumber,
  parseCents,
  parseMoney,
} from "../../../src/core/input";
import { Result } from "../../../src/core/result";

const cents = (r: Result<number>) => (r.ok ? r.value : `${r.issues[0].code} ${r.issues[0].reason}`);

/**
 * The test's own half-up rounding to cents, on the number's shortest text (JavaScript's String), by
 * moving the decimal point and looking at the next digit: no floating point and no decimal library.
 */
function centsByText(v: number): number {
  if (Math.abs(v) < 1e-6) return 0;
  const t = String(Math.abs(v));
  assert.ok(!t.includes("e"), t);
  const [int, frac = ""] = t.split(".");
  const digits = BigInt(int + (frac + "00").slice(0, 2));
  const up = (frac + "000").charCodeAt(2) >= "5".charCodeAt(0) ? BigInt(1) : BigInt(0);
  const c = Number(digits + up);
  return v < 0 && c !== 0 ? -c : c;
}

describe("core/input: money", () => {
  it("edge cases: -0, zero, the largest amount and just past it, 1e300, NaN and infinities, booleans", () => {
    assert.equal(cents(parseMoney(-0, "upb")), 0);
    assert.ok(Object.is(cents(parseMoney(-0, "upb")), 0), "never −0");
    assert.ok(Object.is(cents(parseMoney("-0", "upb")), 0), "never −0 from text");
    assert.equal(cents(parseMoney(MAX_MONEY, "upb")), MAX_MONEY_CENTS);
    assert.equal(cents(parseMoney("$10,000,000,000,000.00", "upb")), MAX_MONEY_CENTS);
    assert.equal(
      cents(parseMoney(1e13 + 0.01, "upb")),
      "NUM upb: 10000000000000.01 is larger than 10 trillion dollars"
    );
    assert.equal(
      cents(parseMoney(1e300, "upb")),
      "NUM upb: 1e+300 is larger than 10 trillion dollars"
    );
    assert.equal(
      cents(parseMoney(-1e300, "net", { signed: true })),
      "NUM net: -1e+300 is beyond ±10 trillion dollars"
    );
    for (const v of [Number.NaN, Infinity, -Infinity, true, false, {}, [1]])
      assert.match(String(cents(parseMoney(v, "upb"))), /^VALUE upb: .* is not an amount of money/);
    assert.equal(cents(parseMoney(1e-300, "upb")), 0);
  });

  it("text: $, thousands separators, parentheses for a negative; percent text and misplaced separators refused", () => {
    assert.equal(cents(parseMoney("$1,250.50", "upb")), 125_050);
    assert.equal(cents(parseMoney(" 1250.5 ", "upb")), 125_050);
    assert.equal(cents(parseMoney("(1,250.50)", "net", { signed: true })), -125_050);
    assert.equal(
      cents(parseMoney("(1,250.50)", "upb")),
      'VALUE upb: "(1,250.50)" cannot be negative'
    );
    assert.equal(cents(parseMoney(-5, "upb")), "VALUE upb: -5 cannot be negative");
    assert.equal(
      cents(parseMoney("5%", "upb")),
      'VALUE upb: "5%" is a percent, not an amount of money'
    );
    assert.equal(
      cents(parseMoney("1,25", "upb")),
      'VALUE upb: "1,25" is not an amount of money (write 1250.50 or $1,250.50)'
    );
    assert.equal(cents(parseMoney("1e5", "upb")).toString().startsWith("VALUE"), true);
    assert.equal(cents(parseMoney(new Decimal("12.345"), "upb")), 1235);
  });

  it("takes money to the cent half-up, ties away from zero, from a number or from text alike", () => {
    // 1.005 is 1.00499999999999989... as a double, but the cell shows 1.005: it is 1.01.
    for (const [v, want] of [
      [1.005, 101],
      [0.125, 13],
      [2.675, 268],
      [1.0049, 100],
      [1234567890123.455, 123456789012346],
      [9999999999999.99, 999_999_999_999_999],
    ] as const) {
      assert.equal(centsOfNumber(v), want, String(v));
      assert.equal(cents(parseMoney(String(v), "x")), want, `"${v}"`);
    }
    assert.equal(centsOfNumber(-2.675), -268);
    assert.equal(cents(parseMoney(-2.675, "net", { signed: true })), -268);
  });

  it("the float path equals the digit-by-digit rounding of the number's text (property, to 10 trillion dollars)", () => {
    const amounts = fc.oneof(
      fc.integer({ min: 0, max: 1e16 }).map((m) => m / 1000), // three decimals: every tie
      fc.integer({ min: 0, max: 1e15 }).map((c) => c / 100),
      fc.double({ min: 0, max: 1e13, noNaN: true })
    );
    fc.assert(
      fc.property(amounts, fc.boolean(), (v, negative) => {
        const x = negative ? -v : v;
        assert.equal(centsOfNumber(x), centsByText(x), String(x));
      }),
      { numRuns: 20000 }
    );
  });

  it("an amount already in cents must be a safe integer within the cap", () => {
    assert.equal(cents(parseCents(12_345, "p")), 12_345);
    assert.equal(cents(parseCents(12.5, "p")), "VALUE p: 12.5 is not a whole number of cents");
    assert.equal(cents(parseCents(-1, "p")), "VALUE p: -1 cannot be negative");
    assert.equal(cents(parseCents(-1, "p", { signed: true })), -1);
    assert.equal(
      cents(parseCents(1e15 + 2, "p"))
        .toString()
        .startsWith("NUM"),
      true
    );
    assert.equal(cents(parseCents("100", "p")), 'VALUE p: "100" is not a whole number of cents');
  });
});
