import { strict as assert } from "node:assert";
import fc from "fast-check";
import { StandInError, excelError, installCustomFunctionsStandIn } from "./stand-in";
import {
  Out,
  arg,
  guarded,
  money,
  perRow,
  recordFunction,
  required,
} from "../../src/functions/cells";
import * as programs from "../../src/functions/programs";
import * as payments from "../../src/functions/payments";
import * as calendar from "../../src/functions/calendar";

installCustomFunctionsStandIn();
const one = (x: unknown) => [[x]] as any[][];
const col = (...xs: unknown[]) => xs.map((x) => [x]) as any[][];
const message = (cell: unknown) => (cell as StandInError).message ?? "";

/** Words that belong to the engine's insides, never to a message a user reads. */
const INTERNAL_TEXT = /DecimalError|TypeError|RangeError|undefined|Invalid argument|\bat \w+ \(/;

/** An FNMA loan with what FLEX-2024, AUTO and NPV read (values a servicing tape would carry). */
const H = [
  [
    "loan_id",
    "investor",
    "property_state",
    "upb",
    "note_rate",
    "remaining_term",
    "pi_payment",
    "escrow_payment",
    "gross_monthly_income",
    "property_value",
    "months_delinquent",
    "mod_rate",
    "prior_modifications",
    "prior_deferred_months",
    "PMMS",
    "origination_date",
    "as_of_date",
  ],
];
const loan = (id: unknown, value: unknown = 250000) => [
  id,
  "FNMA",
  "TX",
  200000,
  0.075,
  360,
  1398.43,
  250,
  4000,
  value,
  3,
  0.0625,
  0,
  0,
  0.06,
  "2015-01-01",
  "2026-11-01",
];

describe("functions/cells: a bad row costs only its own cell", () => {
  it("an exception while computing one row gives that row a plain #VALUE!; the other rows compute", () => {
    const r = perRow([arg("amount", required(money))] as const, [col(100, 200, 300)], (c) => {
      if (c === 20_000) throw new Error("[DecimalError] Invalid argument: undefined");
      return c / 100;
    });
    assert.equal(r[0][0], 100);
    assert.equal(excelError(r[1][0]), "#VALUE!");
    assert.match(message(r[1][0]), /^LM Workbench could not compute this: an internal error/);
    assert.doesNotMatch(message(r[1][0]), INTERNAL_TEXT);
    assert.equal(r[2][0], 300);
  });

  it("an exception while evaluating one record gives that row a plain #VALUE!; the other loans compute", () => {
    const r = recordFunction(
      "LM.TEST",
      ["x"],
      [["loan_id"]],
      [["A"], ["B"], ["C"]],
      one("x"),
      () => (row) => {
        if (row[0] === "B") throw new TypeError("Cannot read properties of undefined");
        return { audit: [], fields: { x: String(row[0]) } };
      }
    );
    assert.deepEqual(r[0], ["A"]);
    assert.equal(excelError(r[1][0]), "#VALUE!");
    assert.doesNotMatch(message(r[1][0]), INTERNAL_TEXT);
    assert.deepEqual(r[2], ["C"]);
  });

  it("a whole call that fails inside shows no exception text either", () => {
    const r = guarded(() => {
      throw new RangeError("[DecimalError] Invalid argument: undefined");
    });
    assert.equal(excelError(r[0][0]), "#VALUE!");
    assert.doesNotMatch(message(r[0][0]), INTERNAL_TEXT);
  });

  it("property_value 0 in one loan of an LM.WATERFALL or LM.NPV column leaves the other loans' results as they are alone", () => {
    const rows = [loan("A"), loan("B", 0), loan("C", 180000)];
    const calls: [string, (values: any[][]) => Out[][]][] = [
      ["FLEX-2024 new_pi", (v) => programs.waterfall(one("FLEX-2024"), H, v, one("new_pi"))],
      ["AUTO rule_set", (v) => programs.waterfall(one("AUTO"), H, v, one("rule_set"))],
      ["NPV npv_mod", (v) => programs.npv(H, v, one("npv_mod"))],
    ];
    for (const [name, call] of calls) {
      const column = call(rows);
      assert.equal(column.length, 3, name);
      for (const i of [0, 2]) {
        assert.equal(excelError(column[i][0]), undefined, `${name} row ${i + 1}`);
        assert.deepEqual(column[i], call([rows[i]])[0], `${name} row ${i + 1}`);
      }
      // The loan with no value: a result or its own error, never the engine's insides.
      assert.doesNotMatch(message(column[1][0]), INTERNAL_TEXT, name);
    }
  });

  it("one bad row never changes another row's result (property)", () => {
    const good = fc.integer({ min: 0, max: 100_000_000 }).map((c) => c / 100);
    const bad = fc.constantFrom<unknown>("abc", -5, 1e300, true, "5%", "", "(1)");
    fc.assert(
      fc.property(fc.array(fc.oneof(good, bad), { minLength: 1, maxLength: 30 }), (principals) => {
        const column = payments.payment(col(...principals), one(0.065), one(360));
        principals.forEach((p, i) =>
          assert.deepEqual(column[i], payments.payment(one(p), one(0.065), one(360))[0])
        );
      }),
      { numRuns: 200 }
    );
  });
});

describe("functions/cells: duplicate loan ids in one record-based call", () => {
  const rows = [loan("A1"), loan("B2"), loan("A1"), loan(" B3 "), loan("")];

  it("LM.WATERFALL flags each row sharing a loan_id, naming loan_id and the rows; the others compute", () => {
    const r = programs.waterfall(one("FLEX-2024"), H, rows, one("new_pi"));
    for (const i of [0, 2]) {
      assert.equal(excelError(r[i][0]), "#VALUE!");
      assert.equal(
        message(r[i][0]),
        `loan_id: "A1" is not unique in this call's values (rows 1, 3)`
      );
    }
    for (const i of [1, 3, 4]) assert.equal(excelError(r[i][0]), undefined, `row ${i + 1}`);
  });

  it("LM.NPV and LM.REGXDATES flag them too; ids compare as the record reads them (trimmed, numbers as text)", () => {
    const npv = programs.npv(H, [loan(123), loan("A"), loan(" 123 ")], one("npv_mod"));
    assert.match(
      message(npv[0][0]),
      /^loan_id: "123" is not unique in this call's values \(rows 1, 3\)$/
    );
    assert.match(message(npv[2][0]), /rows 1, 3/);
    assert.equal(excelError(npv[1][0]), undefined);
    const regx = calendar.regxdates(
      [["Loan Number", "Next Due Date"]],
      [
        ["X", 46388],
        ["Y", 46388],
        ["X", 46388],
      ],
      one("live_contact_by")
    );
    assert.equal(excelError(regx[0][0]), "#VALUE!");
    assert.match(message(regx[2][0]), /loan_id: "X" .*rows 1, 3/);
    assert.equal(regx[1][0], 46424);
  });

  it("one loan's audit table (no field) is not a duplicate of anything", () => {
    const table = programs.waterfall(one("FLEX-2024"), H, [loan("A1")]);
    assert.ok(table.length > 1 && table.every((line) => line.length === 2));
  });
});

describe("functions/cells: dates outside Excel's range", () => {
  it("years 0000 and 0001 are refused by AMORTIZE, REGXDATES and BUSINESSDAYS, naming the argument or field", () => {
    for (const y of ["0000-01-01", "0001-01-01"]) {
      const a = payments.amortize(one(1000), one(0.05), one(2), one(y));
      assert.equal(excelError(a[0][0]), "#VALUE!");
      assert.match(message(a[0][0]), /^first_payment_date: .* is outside Excel's dates/);
      const r = calendar.regxdates(
        [["loan_id", "next_due_date"]],
        [["L", y]],
        one("live_contact_by")
      );
      assert.match(message(r[0][0]), /^next_due_date: .* is outside Excel's dates/);
      const b = calendar.businessdays(one(y), one(0));
      assert.match(message(b[0][0]), /^start_date: .* is outside Excel's dates/);
    }
    assert.equal(calendar.businessdays(one("9999-12-31"), one(0))[0][0], 2958465);
    assert.equal(calendar.businessdays(one("1900-01-01"), one(0))[0][0], 1);
    assert.match(message(calendar.businessdays(one("10000-01-01"), one(0))[0][0]), /outside/);
  });

  it("a schedule's dates past 9999-12-31 are #NUM! in their own cells", () => {
    const t = payments.amortize(one(1000), one(0.05), one(3), one("9999-11-01"));
    assert.equal(t[1][1], 2958405); // 9999-11-01
    assert.equal(t[2][1], 2958435); // 9999-12-01
    assert.equal(excelError(t[3][1]), "#NUM!");
    assert.equal(t[3][5], 0); // the schedule itself still ends at 0.00
  });
});

describe("functions/cells: arguments read as everywhere else", () => {
  it("whitespace-only text is blank: #N/A for a required argument, the default for an optional one", () => {
    const r = payments.payment(one("   "), one(0.05), one(12));
    assert.equal(excelError(r[0][0]), "#N/A");
    assert.equal(message(r[0][0]), "principal is missing");
    assert.deepEqual(payments.modpayment(one(1200), one(0), one(12), one("  "), one(" ")), [[100]]);
  });

  it("flags take YES/NO and Y/N in cells too", () => {
    const withHeaders = payments.amortize(
      one(1000),
      one(0),
      one(2),
      null as any,
      null as any,
      one("YES")
    );
    assert.equal(withHeaders[0][0], "No.");
    const without = payments.amortize(
      one(1000),
      one(0),
      one(2),
      null as any,
      null as any,
      one("n")
    );
    assert.deepEqual(without[0], [1, "", 500, 0, 500, 500]);
  });
});
