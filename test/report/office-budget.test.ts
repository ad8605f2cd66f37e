/**
 * The Office.js writer's byte count of a table chunk: the JSON texts of its rows, counted once as
 * the rows are read, give the same bytes as serializing the whole chunk again (opBytes, the exact
 * path), for any rows of Office.js values: text with any characters (astral and lone surrogates
 * included), numbers, booleans, blanks.
 */
import { strict as assert } from "node:assert";
import fc from "fast-check";
import { arrayOpBytes, opBytes, utf8Bytes } from "../../src/report/office/budget";

const officeValue = fc.oneof(
  fc.string({ unit: "binary" }),
  fc.string(),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => `a${String.fromCharCode(c)}b`),
  fc.constant(""),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
  fc.boolean()
);

describe("report/office budget: a chunk's bytes counted row by row", () => {
  it('one row of one blank cell: [[""]] is 6 bytes, plus the envelope', () => {
    assert.equal(arrayOpBytes(utf8Bytes(JSON.stringify([""])), 1), opBytes([[""]]));
    assert.equal(opBytes([[""]]) - opBytes(), 6);
  });

  it("equals opBytes of the whole chunk for any rows", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(officeValue, { minLength: 1, maxLength: 6 }), {
          minLength: 1,
          maxLength: 40,
        }),
        (rows) => {
          const itemBytes = rows.reduce((n, r) => n + utf8Bytes(JSON.stringify(r)), 0);
          assert.equal(arrayOpBytes(itemBytes, rows.length), opBytes(rows));
        }
      ),
      { numRuns: 500 }
    );
  });
});
