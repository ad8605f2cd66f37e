import { strict as assert } from "node:assert";
import fc from "fast-check";
import Decimal from "decimal.js";
import {
  centsOfDecimal,
  choices,
  isBlank,
  normalizeChoice,
  parseDate,
  parseMoney,
  parseRate,
  parseWhole,
  rateDecimal,
  readNumberText,
} from "../../../src/core/input";
import { isPlainDecimal, plainCents, plainWhole } from "../../../src/core/input/plain-decimal";
import { D } from "../../../src/core/money";
import { Result } from "../../../src/core/result";
import { INVESTOR_VALUE_ALIASES, INVESTORS } from "../../../src/core/record-fields";
import { INVESTOR_CHOICES, STATE_CHOICES } from "../../../src/core/record";

/*
 * The input module's fast paths for plain text (digits and a point: how a tape writes numbers),
 * each against its exact path, the Decimal reading of readNumberText, and against the test's own
 * digit arithmetic (BigInt, no floating point, no decimal library).
 */

const show = (r: Result<unknown>) => (r.ok ? r.value : `${r.issues[0].code} ${r.issues[0].reason}`);

/** Half-up cents of plain text by its digits alone: the test's oracle. */
function centsByDigits(text: string): number {
  const [whole, fraction = ""] = text.split(".");
  const digits = BigInt((whole || "0") + (fraction + "00").slice(0, 2));
  const up = (fraction + "000").charCodeAt(2) >= 53 ? BigInt(1) : BigInt(0);
  return Number(digits + up);
}

/** The exact path of parseMoney for text: readNumberText's Decimal, to cents half-up. */
function centsByDecimal(text: string): number | undefined {
  const t = readNumberText(text);
  return t === undefined || t.percent ? undefined : centsOfDecimal(t.value);
}

const digit = fc.constantFrom(..."0123456789".split(""));
const digits = (min: number, max: number) =>
  fc.array(digit, { minLength: min, maxLength: max }).map((d) => d.join(""));
/** Plain decimal text: whole digits, maybe a point and fraction digits; halves and long tails often. */
const plainText = fc.oneof(
  fc
    .tuple(digits(0, 16), fc.boolean(), digits(0, 24))
    .map(([w, point, f]) => (point ? `${w}.${f}` : w)),
  fc
    .tuple(digits(1, 13), fc.constantFrom("5", "49999", "50000", "500000000000000001", "995"))
    .map(([w, tail]) => `${w}.${tail.length > 3 ? "00" : ""}${tail}`)
);
/** Rates as tapes write them: a point and up to 20 decimals, with or without the leading zero. */
const rateText = fc
  .tuple(fc.boolean(), digits(1, 20))
  .map(([zero, d]) => `${zero ? "0" : ""}.${d}`);
/** Text near plain: signs, spaces, separators, percent, exponent, several points. */
const nearPlain = fc
  .array(fc.constantFrom(..."0123456789.,$%e-+ ()".split("")), { maxLength: 20 })
  .map((c) => c.join(""));

describe("core/input: plain decimal text, fast paths held to the exact ones", () => {
  it("edge cases: a point alone, a trailing or leading point, 13 and 14 whole digits, 19 and 20 decimals, ties", () => {
    assert.equal(plainCents("."), undefined);
    assert.equal(plainCents(""), undefined);
    assert.equal(plainCents("5."), 500);
    assert.equal(plainCents(".5"), 50);
    assert.equal(plainCents("0.005"), 1, "a half cent rounds up");
    assert.equal(plainCents("0.00499999999"), 0);
    assert.equal(plainCents("9999999999999.99"), 999_999_999_999_999);
    assert.equal(plainCents("10000000000000"), undefined, "14 whole digits: the exact path");
    assert.equal(plainCents("1." + "9".repeat(19)), 200);
    assert.equal(plainCents("1." + "9".repeat(20)), undefined, "20 decimals: the exact path");
    assert.equal(plainCents("1,250.50"), undefined);
    assert.equal(plainCents("-5"), undefined);
    assert.equal(plainWhole("360"), 360);
    assert.equal(plainWhole("0360"), 360);
    assert.equal(plainWhole("1".repeat(16)), undefined);
    assert.equal(plainWhole("3.0"), undefined);
    assert.equal(isPlainDecimal("."), false);
    assert.equal(isPlainDecimal("0.065"), true);
    assert.equal(isPlainDecimal("1.2.3"), false);
  });

  it("money: plain text gives the exact path's cents and the digit oracle's (property)", () => {
    let taken = 0;
    fc.assert(
      fc.property(fc.oneof(plainText, nearPlain), (text) => {
        const fast = plainCents(text);
        if (fast === undefined) return;
        taken++;
        assert.equal(fast, centsByDecimal(text), text);
        assert.equal(fast, centsByDigits(text), text);
        assert.equal(show(parseMoney(text, "upb")), fast);
      }),
      { numRuns: 20_000 }
    );
    assert.ok(taken > 5000, `the fast path was taken ${taken} times`);
  });

  it("money: every text reads as the exact path reads it, plain or not (property)", () => {
    fc.assert(
      fc.property(fc.oneof(plainText, nearPlain), (text) => {
        const exact = centsByDecimal(text);
        const r = parseMoney(text, "upb", { signed: true });
        if (exact !== undefined && Math.abs(exact) <= 1e15) assert.equal(show(r), exact, text);
      }),
      { numRuns: 20_000 }
    );
  });

  it("rates: plain text below 1 is the double the exact path's Decimal converts to (property)", () => {
    let taken = 0;
    fc.assert(
      fc.property(fc.oneof(plainText, nearPlain, rateText), (text) => {
        if (!isPlainDecimal(text)) return;
        const exact = new D(text);
        assert.equal(Number(text), exact.toNumber(), text);
        const r = parseRate(text, "note_rate");
        if (exact.lt(1)) {
          taken++;
          assert.ok(Object.is(show(r), exact.isZero() ? 0 : exact.toNumber()), text);
        } else if (exact.gt(1)) assert.equal(r.ok, false, text);
      }),
      { numRuns: 20_000 }
    );
    assert.ok(taken > 5000, `below 1 ${taken} times`);
    assert.equal(show(parseRate("1", "r")), 1);
    assert.equal(show(parseRate("1.0", "r")), 1);
    assert.match(String(show(parseRate("1.00000000000000001", "r"))), /looks like a percent/);
    assert.equal(show(parseRate("0.99999999999999999999", "r")), 1, "rounds to the double 1");
  });

  it("rates: one shared Decimal per rate, equal to a new one (property)", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (n) => {
        const d = rateDecimal(n);
        assert.equal(d.toString(), new D(n).toString());
        assert.ok(d.eq(new Decimal(n)));
        assert.equal(rateDecimal(n), d, "the same object");
      })
    );
  });

  it("whole numbers: digit text gives the exact path's number, in and out of bounds (property)", () => {
    fc.assert(
      fc.property(fc.oneof(digits(1, 18), nearPlain), fc.nat(1300), (text, max) => {
        const fast = plainWhole(text);
        if (fast !== undefined) assert.equal(fast, new D(text).toNumber(), text);
        const r = parseWhole(text, "remaining_term", { min: 1, max, unit: "months" });
        const spaced = parseWhole(` ${text} `, "remaining_term", { min: 1, max, unit: "months" });
        // The spaced text always takes the exact path; its value or its refusal is the same.
        if (r.ok || spaced.ok) assert.deepEqual(show(r), show(spaced), text);
        else assert.equal(r.issues[0].code, spaced.issues[0].code, text);
      }),
      { numRuns: 10_000 }
    );
  });

  it("dates: YYYY-MM-DD as it stands gives what the spaced text (the pattern path) gives (property)", () => {
    const part = (n: number, max: number) => fc.nat(max).map((v) => String(v).padStart(n, "0"));
    fc.assert(
      fc.property(part(4, 10_999), part(2, 14), part(2, 33), (y, m, d) => {
        const text = `${y}-${m}-${d}`;
        const fast = parseDate(text, "as_of_date");
        const exact = parseDate(` ${text}`, "as_of_date");
        assert.equal(fast.ok, exact.ok, text);
        if (fast.ok && exact.ok) assert.deepEqual(fast.value, exact.value);
        else if (!fast.ok && !exact.ok)
          assert.equal(
            fast.issues[0].reason,
            exact.issues[0].reason.replace(`" ${text}"`, `"${text}"`)
          );
      }),
      { numRuns: 10_000 }
    );
  });

  it("dates: a text read again gives the date first read, however many texts came between", () => {
    const first = parseDate("2026-12-01", "as_of_date");
    for (let i = 0; i < 20_000; i++) parseDate(`${1900 + (i % 8000)}-01-${(i % 28) + 1}`, "x");
    assert.deepEqual(parseDate("2026-12-01", "next_due_date"), first);
    assert.deepEqual(parseDate("12/01/2026", "value_date"), first);
    const bad = parseDate("2026-02-30", "value_date");
    assert.equal(bad.ok, false);
    assert.deepEqual(parseDate("2026-02-30", "fc_sale_date"), {
      ok: false,
      issues: [
        {
          ...(bad.ok ? {} : bad.issues[0]),
          field: "fc_sale_date",
          reason: 'fc_sale_date: "2026-02-30" is not a date of the calendar',
        },
      ],
    });
  });

  it("blank: the first-character test agrees with the pattern on any text (property)", () => {
    const spaces = fc.constantFrom(
      " ",
      "\t",
      "\n",
      "\u00a0",
      "\u2003",
      "\ufeff",
      "\u3000",
      "a",
      "0"
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(spaces).map((s) => s.join(""))
        ),
        (text) => {
          assert.equal(isBlank(text), /^\s*$/.test(text), JSON.stringify(text));
        }
      ),
      { numRuns: 10_000 }
    );
  });

  it("choices: text looked up as it stands gives what its normal form gives (property)", () => {
    const words = [...INVESTORS, ...Object.keys(INVESTOR_VALUE_ALIASES), "ca", "Tx", "ZZ", "P R"];
    const text = fc.oneof(
      fc.constantFrom(...words),
      fc.constantFrom(...words).map((w) => w.toUpperCase()),
      fc.string({ maxLength: 12 })
    );
    const byNormalForm = new Map<string, string>();
    for (const v of INVESTORS) byNormalForm.set(normalizeChoice(v), v);
    for (const [a, v] of Object.entries(INVESTOR_VALUE_ALIASES))
      byNormalForm.set(normalizeChoice(a), v);
    fc.assert(
      fc.property(text, (t) => {
        assert.equal(INVESTOR_CHOICES.lookup(t), byNormalForm.get(normalizeChoice(t)), t);
        const states = choices(STATE_CHOICES.values);
        assert.equal(STATE_CHOICES.lookup(t), states.lookup(` ${t} `.replace(/ /g, "_")), t);
      }),
      { numRuns: 5000 }
    );
  });
});
