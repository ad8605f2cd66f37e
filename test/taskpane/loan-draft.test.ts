/**
 * The loan as the pane holds it: a row as read, edits applied to the column that gives each field,
 * the workbook's defaults for what the row lacks, and the core's parser on the result.
 */
import { strict as assert } from "node:assert";
import {
  EMPTY_DRAFT,
  draftFromRow,
  fieldCell,
  loanIdOf,
  setField,
} from "../../src/taskpane/loan/loan-draft";
import { readDraft } from "../../src/taskpane/loan/loan-reading";
import { cellText } from "../../src/taskpane/loan/field-table";
import { fieldsNotInForm } from "../../src/taskpane/loan/form-groups";

const ROW = {
  table: "Loans",
  sheet: "Tape",
  rowNumber: 14,
  headers: [
    "Loan Number",
    "UPB",
    "Interest Rate",
    "Months Remaining",
    "Investor",
    "Mod Rate",
    "list_price",
  ],
  values: ["1001", 212450.18, 0.0675, 312, "FNMA", "", 199000],
};

describe("taskpane/loan-draft", () => {
  it("edits the column that gives a field, under its own header, and marks the loan changed", () => {
    const d = draftFromRow(ROW);
    assert.equal(loanIdOf(d), "1001");
    const e = setField(d, "upb", "$1,250.50");
    assert.deepEqual(e.headers, ROW.headers, "no column is added for a field the row has");
    assert.equal(fieldCell(e, "upb"), "$1,250.50");
    assert.deepEqual(e.source, { ...d.source, edited: true });
    assert.deepEqual(ROW.values[1], 212450.18, "the row read is never changed");
    const f = setField(e, "borrower_name", "Maria Lopez");
    assert.equal(f.headers[f.headers.length - 1], "borrower_name");
    assert.equal(fieldCell(f, "list_price"), 199000, "pass-through columns are found like headers");
    assert.deepEqual(setField(EMPTY_DRAFT, "loan_id", "9").source, { kind: "form" });
  });

  it("reads money and rates typed as text exactly", () => {
    let d = setField(EMPTY_DRAFT, "loan_id", "T-1");
    d = setField(d, "upb", "$1,250.50");
    d = setField(d, "note_rate", "6.5%");
    d = setField(d, "remaining_term", "360");
    const r = readDraft(d, {}, "2026-11-30");
    assert.deepEqual(r.issues, []);
    assert.equal(r.record.upb, 125050, "money is read into whole cents");
    assert.equal(r.record.note_rate?.toString(), "0.065");
    // pi_payment is derived: the level payment on $1,250.50 at 6.5% over 360 months, $7.90
    // (1250.50 × 0.065/12 / (1 − (1 + 0.065/12)^−360) = 7.9040…, half-up to cents).
    assert.deepEqual(r.record.derived, ["pi_payment", "pre_hardship_pi"]);
    assert.equal(r.record.pi_payment, 790);
  });

  it("names the field, the value and the reason of every problem", () => {
    const d = setField(setField(EMPTY_DRAFT, "note_rate", "6.5"), "upb", "12,50.00");
    const r = readDraft(d, {}, "2026-11-30");
    assert.deepEqual(
      r.issues.map((i) => [i.field, i.value, i.reason]),
      [
        // In column order: note_rate was typed first.
        ["note_rate", "6.5", 'note_rate: "6.5" looks like a percent: enter 0.065 or 6.5%'],
        [
          "upb",
          "12,50.00",
          'upb: "12,50.00" is not an amount of money (write 1250.50 or $1,250.50)',
        ],
      ]
    );
  });

  it("fills what the loan lacks from the settings; the loan's own value wins", () => {
    const settings = { pmms: "6.23%", mod_rate: "6.5%", as_of_date: "" };
    const r = readDraft(draftFromRow(ROW), settings, "2026-11-30");
    assert.equal(r.record.note_rate?.toString(), "0.0675");
    assert.equal(r.record.market_rate?.toString(), "0.0623");
    assert.equal(r.record.market_rate_basis, "PMMS");
    assert.deepEqual(
      r.record.as_of_date,
      { year: 2026, month: 11, day: 30 },
      "a blank as-of date is today"
    );
  });

  it("shows Excel's cells as a specialist reads them", () => {
    assert.equal(cellText("note_rate", 0.0675), "6.75%");
    assert.equal(cellText("note_rate", 0.07125), "7.125%");
    assert.equal(cellText("next_due_date", 46265), "2026-08-31");
    assert.equal(cellText("hardship_resolved", true), "Yes");
    assert.equal(cellText("upb", 212450.18), "212450.18");
    assert.equal(cellText("note_rate", "6.5%"), "6.5%");
  });

  it("lists every field of the loan record in the form", () => {
    assert.deepEqual(fieldsNotInForm(), []);
  });
});
