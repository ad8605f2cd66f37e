import { fieldsNeededBy } from "../../../src/core/programs/catalogue";
import { strict as assert } from "node:assert";
import fc from "fast-check";
import { Cell } from "../../../src/core/record";
import {
  LoanIdTally,
  TapeIssue,
  checkTape,
  planDefaults,
  tapeValidator,
} from "../../../src/core/tape";

/**
 * The tape check on small tapes, one rejection reason at a time. Each test states the rows, the
 * rejected row numbers and reasons, and the counts, which must reconcile: read = accepted + rejected.
 * Row numbers are the spreadsheet's: the header is row 1, the first loan row 2.
 */
const H = [
  "loan_id",
  "investor",
  "upb",
  "note_rate",
  "remaining_term",
  "as_of_date",
  "origination_date",
];
const good = (id: string): Cell[] => [
  id,
  "FNMA",
  "200000",
  "0.065",
  "360",
  "2026-11-01",
  "2019-03-01",
];
const check = (rows: Cell[][], headers: Cell[] = H) =>
  checkTape(headers, rows, { require: fieldsNeededBy("AUTO") });
const rowsOf = (issues: readonly TapeIssue[]) => [...new Set(issues.map((i) => i.row))];
const only = (issues: readonly TapeIssue[], row: number) => issues.filter((i) => i.row === row);

function reconciles(c: { read: number; accepted: number; rejected: number }) {
  assert.equal(c.read, c.accepted + c.rejected, "read = accepted + rejected");
}

describe("core/tape: the tape check, row by row", () => {
  it("a clean tape: every row accepted, with its row number and record", () => {
    const c = check([good("A"), good("B")]);
    assert.deepEqual(c.counts, { read: 2, accepted: 2, rejected: 0, blank: 0 });
    assert.deepEqual(
      c.records.map((r) => [r.row, r.record.loan_id]),
      [
        [2, "A"],
        [3, "B"],
      ]
    );
    assert.deepEqual(c.issues, []);
  });

  it("duplicate loan ids: every row sharing the id is rejected (the first too), each naming the others", () => {
    const c = check([good("A"), good("B"), good("A"), good("C"), good("A")]);
    assert.deepEqual(c.counts, { read: 5, accepted: 2, rejected: 3, blank: 0 });
    assert.deepEqual(rowsOf(c.issues), [2, 4, 6]);
    assert.match(only(c.issues, 2)[0].reason, /also on rows 4, 6/);
    assert.match(only(c.issues, 4)[0].reason, /also on rows 2, 6/);
    assert.equal(only(c.issues, 6)[0].field, "loan_id");
    assert.equal(only(c.issues, 6)[0].loanId, "A");
    reconciles(c.counts);
  });

  it("ids are compared as the record reads them: ' A ' and 'A' are one id, 7 and '7' too", () => {
    const c = check([good(" A "), good("A"), [7, ...good("x").slice(1)], good("7")]);
    assert.deepEqual(rowsOf(c.issues), [2, 3, 4, 5]);
  });

  it("the first pass keeps ids and row numbers only; without it duplicates are not looked for", () => {
    const tally = new LoanIdTally(H);
    [good("A"), good("B"), good("A")].forEach((r, i) => tally.add(i + 2, r));
    assert.equal(tally.distinct, 2);
    assert.deepEqual([...tally.duplicates()], [["A", [2, 4]]]);
    assert.deepEqual([...tally.ids()], ["A", "B"], "each id once, in the order first seen");
    assert.deepEqual([...tally.ids()], ["A", "B"], "and again");
    const v = tapeValidator(H, { require: fieldsNeededBy("AUTO") });
    assert.equal(v.row(2, good("A")).ok, true);
    assert.equal(v.row(4, good("A")).ok, true);
  });

  it("a blank row in the middle is rejected with a reason, not dropped", () => {
    const c = check([good("A"), ["", " ", null, undefined, "", "", ""], good("B")]);
    assert.deepEqual(c.counts, { read: 3, accepted: 2, rejected: 1, blank: 1 });
    assert.deepEqual(c.issues, [
      { row: 3, code: "VALUE", field: "row", value: "", reason: "blank row: no cell has a value" },
    ]);
  });

  it("text in a number column names the field and the value", () => {
    const r = good("A");
    r[2] = "see notes";
    const c = check([r]);
    assert.equal(c.counts.rejected, 1);
    const [i] = c.issues;
    assert.deepEqual([i.row, i.loanId, i.field, i.value], [2, "A", "upb", "see notes"]);
    assert.match(i.reason, /not an amount of money/);
  });

  it("negative amounts and absurd values: a negative UPB, a rate above 25%, a UPB above $100 million, a percent typed as a number", () => {
    const neg = good("A");
    neg[2] = "-5";
    const high = good("B");
    high[3] = "0.30";
    const huge = good("C");
    huge[2] = "250000000";
    const percent = good("D");
    percent[3] = 6.5;
    const c = check([neg, high, huge, percent]);
    assert.deepEqual(c.counts, { read: 4, accepted: 0, rejected: 4, blank: 0 });
    assert.match(only(c.issues, 2)[0].reason, /upb: "-5" cannot be negative/);
    assert.deepEqual(
      only(c.issues, 3).map((i) => [i.field, i.value]),
      [["note_rate", 0.3]]
    );
    assert.match(only(c.issues, 3)[0].reason, /30% is above 25%/);
    assert.match(only(c.issues, 4)[0].reason, /more than \$100,000,000\.00/);
    assert.match(only(c.issues, 5)[0].reason, /looks like a percent: enter 0\.065 or 6\.5%/);
  });

  it("a rate of exactly 25% and a UPB of exactly $100 million are accepted (the bounds are inclusive)", () => {
    const r = good("A");
    r[3] = "0.25";
    r[2] = "100000000";
    assert.equal(check([r]).counts.accepted, 1);
  });

  it("impossible dates: a day that does not exist, and dates in an impossible order", () => {
    const feb30 = good("A");
    feb30[5] = "2026-02-30";
    const future = good("B");
    future[6] = "2027-01-15"; // originated after the as-of date 2026-11-01
    const c = check([feb30, future]);
    assert.deepEqual(c.counts, { read: 2, accepted: 0, rejected: 2, blank: 0 });
    assert.deepEqual(
      only(c.issues, 2).map((i) => i.field),
      ["as_of_date"]
    );
    assert.match(only(c.issues, 2)[0].reason, /not a date/);
    assert.deepEqual(
      only(c.issues, 3).map((i) => [i.field, i.value]),
      [["origination_date", "2027-01-15"]]
    );
    assert.match(only(c.issues, 3)[0].reason, /after as_of_date 2026-11-01/);
  });

  it("more payments past due than the loan's age in months is impossible", () => {
    const h = [...H, "months_delinquent"];
    const c = check([[...good("A"), 93]], h); // 2019-03-01 to 2026-11-01 is 92 months
    assert.deepEqual(
      c.issues.map((i) => [i.field, i.value]),
      [["months_delinquent", 93]]
    );
    assert.equal(check([[...good("A"), 92]], h).counts.accepted, 1);
  });

  it("a row with extra or missing cells is rejected with the counts, and its cells are still checked", () => {
    const extra = [...good("A"), "surplus"];
    const short = good("B").slice(0, 2); // upb, the loan's terms and the dates are missing
    const c = check([extra, short]);
    assert.deepEqual(c.counts, { read: 2, accepted: 0, rejected: 2, blank: 0 });
    assert.equal(
      only(c.issues, 2)[0].reason,
      "the row has 8 cells but the header row has 7 columns (extra cells)"
    );
    assert.equal(
      only(c.issues, 3)[0].reason,
      "the row has 2 cells but the header row has 7 columns (missing cells)"
    );
    assert.deepEqual(
      only(c.issues, 3).map((i) => i.field),
      ["row", "upb"],
      "the short row also lacks a field the waterfall requires"
    );
  });

  it("every problem of a row is listed, not only the first", () => {
    const r = good("A");
    r[1] = "BANK";
    r[2] = "lots";
    r[4] = "0";
    const c = check([r]);
    assert.deepEqual(
      c.issues.map((i) => i.field),
      ["investor", "upb", "remaining_term"]
    );
    assert.equal(c.counts.rejected, 1, "one rejected row, three problems");
  });

  it("a missing required field is rejected by name (the waterfall needs investor, upb, note_rate, remaining_term)", () => {
    const r = good("A");
    r[1] = "";
    const c = check([r]);
    assert.deepEqual(
      c.issues.map((i) => [i.field, i.code]),
      [["investor", "NA"]]
    );
  });

  it("header problems: a field given twice, no loan_id column; every row is rejected and the counts still reconcile", () => {
    const twice = check(
      [good("A")],
      ["loan_id", "UPB", "upb", "note_rate", "remaining_term", "investor", "x"]
    );
    assert.deepEqual(
      twice.headerIssues.map((i) => [i.row, i.field]),
      [[1, "upb"]]
    );
    assert.match(
      twice.headerIssues[0].reason,
      /upb is given by more than one column \("UPB", "upb"\)/
    );
    assert.deepEqual(twice.counts, { read: 1, accepted: 0, rejected: 1, blank: 0 });
    assert.equal(only(twice.issues, 2)[0].field, "header");

    const noId = check([good("A").slice(1)], H.slice(1));
    assert.deepEqual(
      noId.headerIssues.map((i) => i.field),
      ["loan_id"]
    );
    assert.match(noId.headerIssues[0].reason, /no column gives loan_id/);
    assert.deepEqual(noId.counts, { read: 1, accepted: 0, rejected: 1, blank: 0 });
  });

  it("a required field with no column is a header problem, said once", () => {
    const c = check(
      [good("A").filter((_, i) => i !== 1)],
      H.filter((_, i) => i !== 1)
    );
    assert.deepEqual(
      c.headerIssues.map((i) => [i.field, i.reason]),
      [["investor", "no column gives investor, which every row needs"]]
    );
  });

  it("a row its reader could not split is rejected with the reader's reason", () => {
    const v = tapeValidator(H, { require: fieldsNeededBy("AUTO") });
    const verdict = v.unreadable(9, "a quoted cell is never closed");
    assert.equal(verdict.ok, false);
    assert.deepEqual(v.counts(), { read: 1, accepted: 0, rejected: 1, blank: 0 });
  });

  it("property: on any mix of good, duplicate, blank, short and bad rows, read = accepted + rejected and every rejected row has a reason", () => {
    const rowArb = fc.oneof(
      fc.constantFrom("A", "B", "C", "D").map((id) => good(id)),
      fc.constant<Cell[]>(["", "", "", "", "", "", ""]),
      fc.constant<Cell[]>(["E", "FNMA"]),
      fc.constant<Cell[]>(["F", "FNMA", "x", "0.065", "360", "2026-11-01", "2019-03-01"]),
      fc.uuid().map((id) => good(id))
    );
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 30 }), (rows) => {
        const c = check(rows);
        reconciles(c.counts);
        assert.equal(c.counts.read, rows.length);
        assert.equal(rowsOf(c.issues).length, c.counts.rejected);
        assert.equal(c.records.length, c.counts.accepted);
      })
    );
  });
});

describe("core/tape: values given once for every loan (defaults)", () => {
  const d = (header: string, value: Cell) => ({ header, value, source: `--${header}` });

  it("a blank cell takes the default; a filled one keeps its own value (the tape's column wins)", () => {
    const c = checkTape(
      ["loan_id", "mod_rate"],
      [
        ["A", ""],
        ["B", "0.05"],
      ],
      { defaults: [d("mod_rate", "0.0625")] }
    );
    assert.deepEqual(
      c.records.map((r) => r.record.mod_rate?.toString()),
      ["0.0625", "0.05"]
    );
  });

  it("a default the tape has no column for becomes a column; PMMS makes market_rate PMMS itself", () => {
    const c = checkTape([["loan_id"]][0], [["A"]], { defaults: [d("PMMS", "6.23%")] });
    assert.equal(c.records[0].record.market_rate?.toString(), "0.0623");
    assert.equal(c.records[0].record.market_rate_basis, "PMMS");
  });

  it("a default matches the tape's column through the aliases (Interest Rate is note_rate)", () => {
    const plan = planDefaults(["loan_id", "Interest Rate"], [d("note_rate", "0.05")]);
    assert.deepEqual(plan.headers, ["loan_id", "Interest Rate"]);
    assert.deepEqual(plan.fill(["A", ""]), ["A", "0.05"]);
  });

  it("PMMS is not used to fill a Market Rate column (another basis), and the note says why", () => {
    const plan = planDefaults(["loan_id", "Market Rate"], [d("PMMS", "0.0623")]);
    assert.deepEqual(plan.fill(["A", ""]), ["A", ""]);
    assert.match(
      plan.notes[0],
      /--PMMS not used: the tape's column "Market Rate" gives market_rate on another basis/
    );
  });

  it("a pass-through column default (an NPV assumption) matches its header ignoring case, spaces and _", () => {
    const plan = planDefaults(["loan_id", "REO Discount"], [d("reo_discount", "0.2")]);
    assert.deepEqual(plan.fill(["A", " "]), ["A", "0.2"]);
  });

  it("a ragged row is still reported as ragged when defaults append columns", () => {
    const c = checkTape(["loan_id", "upb"], [["A"]], { defaults: [d("mod_rate", "0.05")] });
    assert.match(c.issues[0].reason, /1 cells but the header row has 2 columns/);
  });
});
