import { strict as assert } from "node:assert";
import { StandInError, excelError, installCustomFunctionsStandIn } from "./stand-in";
import * as calendar from "../../src/functions/calendar";
import * as income from "../../src/functions/income";

installCustomFunctionsStandIn();
const one = (x: unknown) => [[x]] as any[][];
const col = (...xs: unknown[]) => xs.map((x) => [x]) as any[][];

// Excel serials from Python: (date − 1899-12-30).days.
const JUN_29_2026 = 46202;
const JUL_07_2026 = 46210;
const JAN_01_2027 = 46388;

describe("functions: BUSINESSDAYS and REGXDATES", () => {
  it("skips the observed Independence Day: Mon 2026-06-29 + 5 business days = Tue 2026-07-07 (Fri 07-03 observed)", () => {
    assert.deepEqual(calendar.businessdays(one(JUN_29_2026), one(5)), [[JUL_07_2026]]);
    assert.deepEqual(calendar.businessdays(one(JUL_07_2026), one(-5)), [[JUN_29_2026]]);
    assert.equal(excelError(calendar.businessdays(one(JUN_29_2026), one(1.5))[0][0]), "#VALUE!");
    assert.equal(excelError(calendar.businessdays(one("soon"), one(1))[0][0]), "#VALUE!");
  });

  it("a January 1, 2027 payment: live contact by Feb 6, written notice by Feb 15, first filing from May 2 (docs/rules/regx.md)", () => {
    const headers = [["loan_id", "next_due_date", "as_of_date"]];
    const values = [["L1", JAN_01_2027, 46447]];
    const pick = (f: string) => calendar.regxdates(headers, values, one(f))[0][0];
    assert.equal(pick("live_contact_by"), 46424);
    assert.equal(pick("written_notice_by"), 46433);
    assert.equal(pick("first_filing_from"), 46509);
    assert.equal(pick("days_delinquent"), 59); // 2027-03-01 − 2027-01-01
    const na = pick("evaluate_by");
    assert.equal(excelError(na), "#N/A"); // no complete application
    const table = calendar.regxdates(headers, values);
    assert.ok(table.every((r) => r.length === 2));
    assert.deepEqual(
      table.find((r) => r[0] === "live_contact_by"),
      ["live_contact_by", 46424]
    );
  });

  it("evaluates a whole tape in one call, with each bad row's error in its own cell", () => {
    const headers = [["Loan Number", "Next Due Date"]];
    const r = calendar.regxdates(
      headers,
      [
        ["A", JAN_01_2027],
        ["B", "not a date"],
        ["C", "2027-01-01"],
      ],
      one("live_contact_by")
    );
    assert.equal(r[0][0], 46424);
    assert.equal(excelError(r[1][0]), "#VALUE!");
    assert.match((r[1][0] as StandInError).message!, /next_due_date/);
    assert.equal(r[2][0], 46424);
  });

  it("accepts a vertical form and refuses an unknown field or a tape without a field", () => {
    const r = calendar.regxdates(
      [["loan_id"], ["next_due_date"]],
      [["L1"], [JAN_01_2027]],
      one("written_notice_by")
    );
    assert.deepEqual(r, [[46433]]);
    assert.equal(
      excelError(calendar.regxdates([["loan_id"]], [["x"]], one("nope"))[0][0]),
      "#VALUE!"
    );
    assert.equal(excelError(calendar.regxdates([["loan_id"]], [["x"], ["y"]])[0][0]), "#VALUE!");
  });
});

describe("functions: MONTHLYINCOME and BREAKEVEN", () => {
  it("converts pay to monthly income: 1,000 weekly → 4,333.33; bi-weekly non-taxable → 2,708.33; 60,000 a year → 5,000", () => {
    // 1,000 × 52 / 12 = 4,333.33…; 1,000 × 26 / 12 × 1.25 = 2,708.333…; 60,000 / 12 = 5,000
    assert.deepEqual(
      income.monthlyincome(
        col(1000, 1000, 60000),
        col("WEEKLY", "BIWEEKLY", "ANNUAL"),
        col(false, true, "")
      ),
      [[4333.33], [2708.33], [5000]]
    );
    assert.equal(excelError(income.monthlyincome(one(1000), one("DAILY"))[0][0]), "#VALUE!");
  });

  it("break-even months round up; no saving is #N/A", () => {
    // 3,000 / 100 = 30; 3,000 / 99 = 30.3 → 31
    assert.deepEqual(income.breakeven(one(3000), one(1500), col(1400, 1401)), [[30], [31]]);
    assert.equal(excelError(income.breakeven(one(1000), one(1400), one(1500))[0][0]), "#N/A");
  });
});
