import { strict as assert } from "node:assert";
import { readNumberText } from "../../../src/core/input";

const read = (t: string) => {
  const r = readNumberText(t);
  return r === undefined ? undefined : r.value.toString();
};

describe("core/input: numbers written as text", () => {
  it("refuses what is not plainly a number: empty, words, exponents, misplaced separators, stray signs", () => {
    for (const t of [
      "",
      "  ",
      "abc",
      "12 dollars",
      "1e5",
      "1E-3",
      "1,25",
      "12,34,567",
      "1,234.5,6",
      ",123",
      "1 250",
      "(5",
      "5)",
      "(-5)",
      "--5",
      "5-",
      "$",
      "%",
      "NaN",
      "Infinity",
      "0x10",
      "½",
    ])
      assert.equal(read(t), undefined, JSON.stringify(t));
  });

  it("reads plain, grouped, currency, parenthesised and percent text (spaces around are ignored)", () => {
    const cases: [string, string][] = [
      ["1250.50", "1250.5"],
      ["1,250.50", "1250.5"],
      ["$1,250.50", "1250.5"],
      [" $ 1,250.50 ", "1250.5"],
      ["(1,250.50)", "-1250.5"],
      ["-$5", "-5"],
      ["+5", "5"],
      [".5", "0.5"],
      ["5.", "5"],
      ["6.5%", "0.065"],
      [" 6.125 % ", "0.06125"],
      ["1,234,567.891", "1234567.891"],
      ["-0", "0"],
      ["(0.00)", "0"],
      ["0.000000000000000000001", "0.000000000000000000001"],
    ];
    for (const [t, want] of cases) assert.equal(read(t), want, t);
    assert.deepEqual(
      (({ percent, currency, parenthesised }) => ({ percent, currency, parenthesised }))(
        readNumberText("($1,250.50)")!
      ),
      { percent: false, currency: true, parenthesised: true }
    );
  });
});
