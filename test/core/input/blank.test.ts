import { strict as assert } from "node:assert";
import {
  isBlank,
  parseCount,
  parseDate,
  parseFlag,
  parseMoney,
  parseMonths,
  parsePositive,
  parseRate,
  parseText,
  parseChoice,
  choices,
  showValue,
} from "../../../src/core/input";
import { Result } from "../../../src/core/result";

const PARSERS: [string, (cell: unknown, field: string) => Result<unknown>][] = [
  ["money", parseMoney],
  ["rate", parseRate],
  ["months", parseMonths],
  ["count", parseCount],
  ["positive", parsePositive],
  ["date", parseDate],
  ["flag", parseFlag],
  ["text", parseText],
  ["choice", (c, f) => parseChoice(c, f, choices(["A", "B"]))],
];

describe("core/input: blank is blank everywhere", () => {
  it("nothing, null, empty text and text of spaces, tabs or line breaks are blank; 0, false and text are not", () => {
    for (const v of [undefined, null, "", " ", "   ", "\t", " \n "])
      assert.ok(isBlank(v), showValue(v));
    for (const v of [0, -0, false, "0", "x", " x ", Number.NaN])
      assert.ok(!isBlank(v), showValue(v));
  });

  it("every parser gives NA naming the field for a blank value, whitespace included", () => {
    for (const [kind, parse] of PARSERS)
      for (const v of [undefined, null, "", "   ", "\t"]) {
        const r = parse(v, "f");
        assert.ok(!r.ok, `${kind} ${showValue(v)}`);
        assert.deepEqual(
          r.issues.map((i) => [i.code, i.field, i.reason]),
          [["NA", "f", "f is missing"]],
          kind
        );
      }
  });

  it("a long text is quoted cut to 60 characters", () => {
    const r = parseMoney("x".repeat(5000), "upb");
    assert.ok(!r.ok);
    assert.ok(r.issues[0].reason.startsWith(`upb: "${"x".repeat(60)}…" is not`));
    assert.equal(r.issues[0].value, "x".repeat(5000));
  });

  it("every refusal names the field, keeps the value and starts its reason with `field: value`", () => {
    const bad: unknown[] = [true, "abc", {}, Number.NaN, Number.POSITIVE_INFINITY, "1e5"];
    for (const [kind, parse] of PARSERS)
      for (const v of bad) {
        const r = parse(v, "the_field");
        if (r.ok) continue; // a flag reads true, a text reads "abc": not refusals
        for (const i of r.issues) {
          assert.equal(i.field, "the_field", kind);
          assert.equal(i.value, v, kind);
          assert.ok(i.reason.startsWith(`the_field: ${showValue(v)} `), `${kind}: ${i.reason}`);
        }
      }
  });
});
