import { strict as assert } from "node:assert";
import fc from "fast-check";
import { csvCellText, csvResultLine } from "../../src/cli/output/cell-text";
import { csvLine } from "../../src/cli/output/csv-line";
import { ColumnKind, ColumnValue, RESULT_COLUMNS } from "../../src/core/portfolio";

/*
 * A result row's CSV line made in one pass against the exact path: each value's csvCellText, each
 * field through csvLine's quoting.
 */
const KINDS: ColumnKind[] = RESULT_COLUMNS.map((c) => c.kind);

const valueOf = (kind: ColumnKind): fc.Arbitrary<ColumnValue> => {
  switch (kind) {
    case "money":
      return fc.integer({ min: -1e15, max: 1e15 });
    case "date":
      return fc.record({
        year: fc.integer({ min: 1900, max: 9999 }),
        month: fc.integer({ min: 1, max: 12 }),
        day: fc.integer({ min: 1, max: 28 }),
      });
    case "flag":
      return fc.boolean();
    case "whole":
      return fc.integer({ min: -100_000, max: 100_000 });
    case "ratio":
    case "rate":
      return fc.double({ noNaN: true });
    case "text":
      return fc.oneof(
        fc.string(),
        fc.constantFrom("a,b", 'say "x"', "line\nbreak", "=SUM(A1)", "-2", "\r", "")
      );
  }
};

const row = fc.tuple(
  ...KINDS.map((k) => fc.option(valueOf(k), { nil: undefined, freq: 4 }))
) as unknown as fc.Arbitrary<ColumnValue[]>;

describe("cli/output: a result row's CSV line", () => {
  it("edge cases: every value blank; a text with a comma, a quote and a line break; a formula", () => {
    const blank: ColumnValue[] = KINDS.map(() => undefined);
    assert.equal(csvResultLine(KINDS, blank), `${",".repeat(KINDS.length - 1)}\n`);
    const texts = KINDS.map((k) => (k === "text" ? 'a,"b"\n=c' : undefined));
    assert.equal(
      csvResultLine(KINDS, texts),
      csvLine(texts.map((v, i) => csvCellText(KINDS[i], v)))
    );
  });

  it("is csvLine of each value's csvCellText (property)", () => {
    fc.assert(
      fc.property(row, (values) => {
        assert.equal(
          csvResultLine(KINDS, values),
          csvLine(values.map((v, i) => csvCellText(KINDS[i], v)))
        );
      }),
      { numRuns: 3000 }
    );
  });
});
