/**
 * The audit block two pairs a row (the one-page negotiation summary needs it short): the facts and
 * the inputs side by side, every label and value still there; one a row stays the default. The
 * as-of date reads beside its label, as the text facts do.
 */
import { strict as assert } from "node:assert";
import { auditBlock, cell, layoutSheet, worksheet } from "../../../src/report/model";

const AS_OF = { year: 2026, month: 11, day: 2 };
const INPUTS: [string, ReturnType<typeof cell.money>][] = [
  ["upb", cell.money(200000)],
  ["escrow_payment", cell.money(250)],
  ["pi_payment", cell.money(1398.43)],
];

function laid(perRow?: 1 | 2) {
  const blocks = auditBlock({
    ruleSets: [
      { id: "AUTO", version: "2026-11-01" },
      { id: "HAMP", version: "2016-12-31" },
    ],
    inputs: INPUTS,
    asOf: AS_OF,
    id: "audit",
    perRow,
  });
  return layoutSheet(worksheet({ name: "A", columns: [20, 12, 20, 12], blocks }));
}

describe("report/model audit block two pairs a row", () => {
  it("puts the second pair of each row in the right half, and keeps every label and value", () => {
    const two = laid(2);
    const row = (label: string) => two.cells.find((c) => c.cell.value === label)!;
    assert.equal(row("upb").row, row("escrow_payment").row, "two inputs on one row");
    assert.equal(row("upb").col, 1);
    assert.equal(row("escrow_payment").col, 3);
    assert.equal(row("pi_payment").row, row("upb").row + 1);
    const values = two.cells.map((c) => c.cell.value);
    for (const v of [
      200000,
      250,
      1398.43,
      "AUTO (version 2026-11-01)",
      "HAMP (version 2016-12-31)",
    ])
      assert.ok(values.includes(v), String(v));
  });

  it("the as-of date sits beside its label like the other facts (left-aligned)", () => {
    const asOf = laid().cells.find(
      (c) => typeof c.cell.value === "object" && c.cell.value !== null && "year" in c.cell.value
    )!;
    assert.deepEqual(asOf.cell.value, AS_OF);
    assert.equal(asOf.look.align, "left");
    assert.equal(asOf.look.numberFormat, "mm/dd/yyyy");
  });

  it("one pair a row by default", () => {
    const one = laid();
    const row = (label: string) => one.cells.find((c) => c.cell.value === label)!;
    assert.equal(row("escrow_payment").row, row("upb").row + 1);
    assert.equal(row("escrow_payment").col, 1);
    assert.ok(laid(2).lastRow < one.lastRow, "two a row is shorter");
  });
});
