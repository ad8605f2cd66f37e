import { strict as assert } from "node:assert";
import * as cells from "../../../src/functions/cells";
import { Cell, readLoanRecord } from "../../../src/core/record";
import { checkTape } from "../../../src/core/tape";
import { Result } from "../../../src/core/result";
import { formatIsoDate } from "../../../src/core/calendar-date";

/*
 * One text, one answer: the same value read by a custom function's argument parser (the cell), as a
 * field of a loan record (a task-pane form or LM.WATERFALL's values) and as a cell of a tape row (the
 * command line) gives the same value, or the same refusal with the same sentence.
 */
const comparable = (v: unknown): unknown =>
  v !== null && typeof v === "object" && "year" in v
    ? formatIsoDate(v as never)
    : v !== null && typeof v === "object" && "toNumber" in v
      ? (v as { toNumber(): number }).toNumber()
      : v;

function throughCell(parse: cells.Parser<unknown>, field: string, v: Cell) {
  const r: Result<unknown> = parse(v, field);
  return r.ok ? comparable(r.value) : `${r.issues[0].code} ${r.issues[0].reason}`;
}

function throughRecord(field: string, v: Cell) {
  const r = readLoanRecord([field], [v]);
  const value = r.record[field as keyof typeof r.record];
  return r.ok ? comparable(value) : `${r.issues[0].code} ${r.issues[0].reason}`;
}

function throughTape(field: string, v: Cell) {
  const t = checkTape(["loan_id", field], [["L1", v]]);
  if (t.records.length) return comparable(t.records[0].record[field as never]);
  return `${t.issues[0].code} ${t.issues[0].reason}`;
}

const CASES: [string, cells.Parser<unknown>, Cell[]][] = [
  [
    "upb",
    cells.money,
    [1250.5, "$1,250.50", " 1250.505 ", "(1,250.50)", "1,25", "5%", -0, 1e300, true, "abc", 1.005],
  ],
  [
    "note_rate",
    cells.nonNegativeRate,
    [0.065, "6.5%", "0.065", 6.5, "6.5", "650%", "$5", -0.01, "1e-3", false],
  ],
  ["remaining_term", cells.months, [360, "360", " 1,200 ", 0, 1201, 12.5, "12.5", "$3", "3%"]],
  [
    "next_due_date",
    cells.date,
    [
      45292,
      "45292",
      "2024-01-01",
      "1/1/2024",
      "0000-01-01",
      "0001-01-01",
      0,
      60,
      "31/12/2024",
      "soon",
    ],
  ],
  ["hardship_resolved", cells.flag, [true, 1, "TRUE", "yes", " Y ", "no", "N", 0, "0", "maybe", 2]],
];

describe("core/input: one text, one answer (a cell, a record field, a tape row)", () => {
  for (const [field, parse, values] of CASES)
    it(`${field}: ${values.length} values read alike three ways`, () => {
      for (const v of values) {
        const cell = throughCell(parse, field, v);
        assert.deepEqual(throughRecord(field, v), cell, `record ${JSON.stringify(v)}`);
        assert.deepEqual(throughTape(field, v), cell, `tape ${JSON.stringify(v)}`);
      }
    });

  it("money reads as whole cents everywhere: $1,250.50 is 125,050 cents", () => {
    assert.equal(throughCell(cells.money, "upb", "$1,250.50"), 125_050);
    assert.equal(throughRecord("upb", "$1,250.50"), 125_050);
  });
});
