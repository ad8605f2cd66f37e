import { strict as assert } from "node:assert";
import fc from "fast-check";
import { Cell } from "../../../src/core/record";
import { checkTape } from "../../../src/core/tape";

/**
 * A whole tape in memory through checkTape, with the record's header aliases ("Loan ID", "Note
 * Rate"), several bad cells on one row, a pass-through column, and a header row below row 1. The
 * expected reasons are the record's own sentences for each cell (record.test.ts states them) and the
 * tape check's for blank rows, shared ids and header problems.
 */
describe("core/tape: checkTape over aliases, bad cells and pass-through columns", () => {
  const headers = ["Loan ID", "UPB", "Note Rate", "Remaining Term", "Branch"];

  it("reports rejected rows cell by cell with sheet row numbers; counts reconcile", () => {
    const rows: Cell[][] = [
      ["A1", 100000, 0.05, 360, "East"], // row 2 ok
      ["A2", "abc", 6.5, 360, "West"], // row 3: two bad cells
      ["", "", "", "", ""], // row 4 blank: rejected with its reason
      ["", 50000, 0.04, 120, ""], // row 5: no loan_id
      ["A3", 75000, "4.5%", 240, ""], // row 6 ok
    ];
    const t = checkTape(headers, rows, { require: ["upb"] });
    assert.deepEqual(
      t.records.map((r) => [r.row, r.record.loan_id]),
      [
        [2, "A1"],
        [6, "A3"],
      ]
    );
    assert.deepEqual(
      t.issues.map((r) => [r.row, r.code, r.field]),
      [
        [3, "VALUE", "upb"],
        [3, "VALUE", "note_rate"],
        [4, "VALUE", "row"],
        [5, "NA", "loan_id"],
      ]
    );
    // A blank row is read and rejected (with "blank row: no cell has a value"), and counted as blank.
    assert.deepEqual(t.counts, { read: 5, accepted: 2, rejected: 3, blank: 1 });
    assert.equal(t.records[0].record.extra[0].value, "East");
  });

  it("loan_id must be unique: every row sharing one is rejected", () => {
    const t = checkTape(headers, [
      ["A1", 1, 0.05, 12, ""],
      ["B1", 1, 0.05, 12, ""],
      ["A1", 2, 0.05, 12, ""],
    ]);
    assert.deepEqual(
      t.issues.map((r) => [r.row, r.field, r.reason]),
      [
        [
          2,
          "loan_id",
          'loan_id "A1" is also on row 4: which row is right cannot be told, so every one is rejected',
        ],
        [
          4,
          "loan_id",
          'loan_id "A1" is also on row 2: which row is right cannot be told, so every one is rejected',
        ],
      ]
    );
    assert.deepEqual(t.counts, { read: 3, accepted: 1, rejected: 2, blank: 0 });
  });

  it("a duplicated header rejects every row and is reported once as a header issue", () => {
    const t = checkTape(["Loan ID", "UPB", "Current UPB"], [["A", 1, 1]], { headerRow: 9 });
    assert.equal(t.headerIssues.length, 1);
    assert.deepEqual(
      t.issues.map((r) => [r.row, r.field]),
      [
        [9, "upb"],
        [10, "header"],
      ]
    );
  });

  it("read = accepted + rejected on any tape, every row read (property)", () => {
    const cell = fc.oneof(
      fc.constant<Cell>(""),
      fc.constantFrom<Cell>("A", "B", "C", "D"),
      fc.integer({ min: -5, max: 500 }),
      fc.constantFrom<Cell>("5%", 0.05, 6.5, "x", true)
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 5, maxLength: 5 }), { maxLength: 30 }),
        (rows) => {
          const t = checkTape(headers, rows);
          assert.equal(t.counts.read, t.counts.accepted + t.counts.rejected);
          assert.equal(t.counts.read, rows.length);
          assert.equal(t.records.length, t.counts.accepted);
          assert.equal(new Set(t.issues.map((r) => r.row)).size, t.counts.rejected);
          const ids = t.records.map((r) => r.record.loan_id);
          assert.equal(new Set(ids).size, ids.length);
        }
      ),
      { numRuns: 300 }
    );
  });
});
