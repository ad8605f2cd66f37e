import { strict as assert } from "node:assert";
import fc from "fast-check";
import Decimal from "decimal.js";
import {
  Cell,
  LoanRecord,
  readLoanRecord,
  recordFields,
  recordResult,
  requireFields,
} from "../../src/core/record";
import {
  FIELD_NAMES,
  FIELD_TABLE,
  FieldName,
  fieldsRequiredFor,
  headerAliases,
  normalizeHeader,
  resolveFieldName,
} from "../../src/core/record-fields";
import { requiredFieldsOf } from "../../src/core/programs/catalogue";
import { formatIsoDate } from "../../src/core/calendar-date";

/** The record's fields as plain comparable values: Decimals as text, dates as ISO text. */
function plain(record: LoanRecord): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(recordFields(record))) {
    out[k] = Decimal.isDecimal(v)
      ? (v as Decimal).toString()
      : typeof v === "object"
        ? formatIsoDate(v as never)
        : v;
  }
  return out;
}

function read1(header: string, value: Cell) {
  return readLoanRecord([header], [value]);
}

describe("core/record: headers and aliases", () => {
  it("matches headers case-insensitively, ignoring spaces, _ and -", () => {
    for (const h of [
      "note_rate",
      "Note Rate",
      "NOTE-RATE",
      "noteRate",
      " note  rate ",
      "Note_-Rate",
    ]) {
      assert.equal(resolveFieldName(h), "note_rate", h);
    }
  });

  it("reads the common servicing aliases", () => {
    const cases: [string, FieldName][] = [
      ["UPB", "upb"],
      ["Unpaid Principal Balance", "upb"],
      ["Current UPB", "upb"],
      ["Interest Rate", "note_rate"],
      ["Note Rate", "note_rate"],
      ["Current Interest Rate", "note_rate"],
      ["Remaining Term", "remaining_term"],
      ["Months Remaining", "remaining_term"],
      ["P&I", "pi_payment"],
      ["PI Payment", "pi_payment"],
      ["Principal and Interest", "pi_payment"],
      ["Investor Code", "investor"],
      ["Loan Number", "loan_id"],
      ["NDD", "next_due_date"],
      ["PMMS", "market_rate"],
      ["MIR", "mod_rate"],
      ["FC Sale Date", "fc_sale_date"],
    ];
    for (const [h, f] of cases) assert.equal(resolveFieldName(h), f, h);
  });

  it("no header is claimed by two fields: each name and alias, compared as headers are, belongs to one field", () => {
    // Read from the table itself, not through resolveFieldName (whose index keeps a clash's first owner).
    const owners = new Map<string, Set<FieldName>>();
    for (const field of FIELD_NAMES)
      for (const h of [field, ...FIELD_TABLE[field].aliases]) {
        const key = normalizeHeader(h);
        owners.set(key, (owners.get(key) ?? new Set()).add(field));
      }
    const clashes = [...owners].filter(([, fields]) => fields.size > 1);
    assert.deepEqual(clashes, []);
    // and every accepted header resolves to the field that lists it
    for (const { field, headers } of headerAliases())
      for (const h of headers) assert.equal(resolveFieldName(h), field, h);
  });

  it("keeps unknown columns, in order, with their values", () => {
    const r = readLoanRecord(["Loan ID", "Branch", "UPB", "Notes"], ["L1", "East", 100000, ""]);
    assert.ok(r.ok);
    assert.deepEqual(r.record.extra, [
      { header: "Branch", column: 1, value: "East" },
      { header: "Notes", column: 3, value: "" },
    ]);
    assert.equal(r.record.columns.upb, "UPB");
  });

  it("two columns for one field is a VALUE issue naming the field, and neither is read", () => {
    const r = readLoanRecord(["UPB", "Current UPB", "Note Rate"], [100000, 90000, 0.05]);
    assert.equal(r.ok, false);
    assert.equal(r.issues.length, 1);
    assert.equal(r.issues[0].code, "VALUE");
    assert.equal(r.issues[0].field, "upb");
    assert.match(
      r.issues[0].reason,
      /upb is given by more than one column \("UPB", "Current UPB"\)/
    );
    assert.equal(r.record.upb, undefined);
    assert.equal(r.record.extra.length, 0);
    // and it is not reported a second time as missing
    const req = readLoanRecord(["UPB", "upb"], [1, 2], { require: ["upb"] });
    assert.equal(req.issues.length, 1);
  });

  it("a row whose length differs from the headers is a VALUE issue", () => {
    const r = readLoanRecord(["Loan ID", "UPB"], ["L1"]);
    assert.equal(r.issues[0].field, "values");
    assert.equal(r.issues[0].code, "VALUE");
    assert.equal(r.record.loan_id, "L1");
  });

  it("shuffling the columns gives the same record (property)", () => {
    const fieldValues: [FieldName, fc.Arbitrary<Cell>][] = [
      ["loan_id", fc.stringMatching(/^[A-Z0-9]{1,10}$/)],
      ["investor", fc.constantFrom("FNMA", "fhlmc", "Fannie Mae", "va", "PRIVATE")],
      ["property_state", fc.constantFrom("CA", "tx", "NY", "pr")],
      ["occupancy", fc.constantFrom("PRIMARY", "second home", "Investor")],
      ["upb", fc.integer({ min: 0, max: 100_000_000 }).map((c) => c / 100)],
      ["note_rate", fc.integer({ min: 0, max: 15000 }).map((bp) => `${bp / 1000}%`)],
      ["remaining_term", fc.integer({ min: 1, max: 480 })],
      ["taxes_monthly", fc.integer({ min: 0, max: 100000 }).map((c) => `$${(c / 100).toFixed(2)}`)],
      ["insurance_monthly", fc.integer({ min: 0, max: 100000 }).map((c) => c / 100)],
      ["months_delinquent", fc.integer({ min: 0, max: 24 })],
      ["next_due_date", fc.integer({ min: 36526, max: 55153 })],
      ["as_of_date", fc.constantFrom("2026-01-31", "2025-12-01")],
      ["market_rate", fc.constantFrom(0.0625, "6.875%")],
    ];
    const column = fc
      .tuple(fc.constantFrom(...fieldValues), fc.nat())
      .chain(([[field, value], k]) => {
        const names = [field, ...FIELD_TABLE[field].aliases];
        return value.map((v) => [names[k % names.length], v] as [string, Cell]);
      });
    const columns = fc.uniqueArray(column, {
      selector: ([h]) => resolveFieldName(h),
      minLength: 1,
      maxLength: fieldValues.length,
    });
    const extra = fc.array(fc.tuple(fc.constantFrom("Branch", "Notes", "Region"), fc.string()), {
      maxLength: 2,
    });
    fc.assert(
      fc.property(
        fc.tuple(columns, extra).chain(([cols, ex]) => {
          const all = [...cols, ...ex.map(([h, v], i) => [`${h}${i}`, v] as [string, Cell])];
          return fc.tuple(
            fc.constant(all),
            fc.shuffledSubarray(all, { minLength: all.length, maxLength: all.length })
          );
        }),
        ([original, shuffled]) => {
          const a = readLoanRecord(
            original.map(([h]) => h),
            original.map(([, v]) => v)
          );
          const b = readLoanRecord(
            shuffled.map(([h]) => h),
            shuffled.map(([, v]) => v)
          );
          assert.deepEqual(plain(b.record), plain(a.record));
          assert.deepEqual(
            b.issues.map((i) => i.field).sort(),
            a.issues.map((i) => i.field).sort()
          );
          const extras = (r: typeof a) =>
            r.record.extra.map((e) => `${e.header}=${String(e.value)}`).sort();
          assert.deepEqual(extras(b), extras(a));
        }
      ),
      { numRuns: 300 }
    );
  });
});

describe("core/record: values", () => {
  it("rates: fractions and percent text; a bare 6.5 is refused with a hint", () => {
    const r1 = read1("Note Rate", "6.5%");
    assert.ok(r1.ok && r1.record.note_rate!.toString() === "0.065");
    const r2 = read1("Note Rate", " 6.125 % ");
    assert.ok(r2.ok && r2.record.note_rate!.toString() === "0.06125");
    const r3 = read1("Note Rate", 0.065);
    assert.ok(r3.ok && r3.record.note_rate!.toString() === "0.065");
    const r4 = read1("Note Rate", "0.065");
    assert.ok(r4.ok && r4.record.note_rate!.toString() === "0.065");
    const bad = read1("Interest Rate", 6.5);
    assert.equal(bad.issues[0].code, "VALUE");
    assert.equal(bad.issues[0].field, "note_rate");
    assert.equal(bad.issues[0].reason, "note_rate: 6.5 looks like a percent: enter 0.065 or 6.5%");
    assert.equal(bad.record.note_rate, undefined);
    assert.match(read1("Note Rate", "650%").issues[0].reason, /note_rate.*more than 100%/);
    assert.match(read1("Note Rate", -0.01).issues[0].reason, /note_rate.*negative/);
    assert.match(read1("Note Rate", "$5").issues[0].reason, /note_rate.*not a rate/);
  });

  it("money: numbers or text; negative, percent and boolean refused", () => {
    const r = readLoanRecord(["UPB", "Escrow", "Late Fees"], ["$250,000.50", 412.37, "1,000"]);
    assert.ok(r.ok);
    // Money is held in whole cents.
    assert.equal(r.record.upb, 25_000_050);
    assert.equal(r.record.escrow_payment, 41_237);
    assert.equal(r.record.late_fees, 100_000);
    assert.match(
      read1("UPB", "(100.00)").issues[0].reason,
      /^upb: "\(100\.00\)" cannot be negative/
    );
    assert.match(read1("UPB", -5).issues[0].reason, /^upb: -5 cannot be negative/);
    assert.match(read1("UPB", "5%").issues[0].reason, /^upb: "5%" is a percent/);
    assert.match(read1("UPB", true).issues[0].reason, /^upb: true is not an amount/);
    assert.match(read1("UPB", "12 dollars").issues[0].reason, /^upb: .* is not an amount/);
    assert.match(read1("UPB", 2e13).issues[0].reason, /^upb: .* larger than/);
    assert.equal(read1("UPB", 2e13).issues[0].code, "NUM");
  });

  it("dates: an Excel serial, ISO text and U.S. text give the same date", () => {
    // Excel serial 45292 = 2024-01-01 (days since 1899-12-30).
    for (const v of [45292, "2024-01-01", "45292", 45292.75, "1/1/2024", "01/01/2024"]) {
      const r = read1("Next Due Date", v);
      assert.ok(r.ok, String(v));
      assert.deepEqual(r.record.next_due_date, { year: 2024, month: 1, day: 1 });
    }
    assert.match(
      read1("Next Due Date", "31/12/2024").issues[0].reason,
      /^next_due_date: "31\/12\/2024" is not a date: MM\/DD\/YYYY puts the month first/
    );
    assert.match(read1("Next Due Date", "2023-02-29").issues[0].reason, /next_due_date/);
    // Serial 10 is 1900-01-10 (serials 1 to 59 count from 1899-12-31); 0 and 60 are no dates.
    assert.deepEqual(read1("Next Due Date", 10).record.next_due_date, {
      year: 1900,
      month: 1,
      day: 10,
    });
    assert.match(
      read1("Next Due Date", 0).issues[0].reason,
      /^next_due_date: 0 is outside Excel's dates/
    );
    assert.match(read1("Next Due Date", "0000-01-01").issues[0].reason, /outside Excel's dates/);
  });

  it("whole numbers where the loan record says whole", () => {
    assert.equal(read1("Remaining Term", "360").record.remaining_term, 360);
    assert.match(
      read1("Remaining Term", 360.5).issues[0].reason,
      /^remaining_term: 360.5 is not a whole number of months/
    );
    assert.match(
      read1("Remaining Term", 0).issues[0].reason,
      /^remaining_term: 0 must be at least 1/
    );
    assert.equal(read1("months_delinquent", 0).record.months_delinquent, 0);
    assert.match(
      read1("months_delinquent", -1).issues[0].reason,
      /^months_delinquent: -1 cannot be negative/
    );
    assert.match(read1("prior_modifications", "2%").issues[0].reason, /^prior_modifications/);
  });

  it("enums are case-insensitive and accept the listed spellings", () => {
    const inv: [string, string][] = [
      ["fnma", "FNMA"],
      ["Fannie Mae", "FNMA"],
      ["freddie-mac", "FHLMC"],
      [" va ", "VA"],
      ["Private", "PRIVATE"],
    ];
    for (const [v, want] of inv) assert.equal(read1("Investor", v).record.investor, want, v);
    assert.equal(read1("Occupancy", "owner occupied").record.occupancy, "PRIMARY");
    assert.equal(read1("Occupancy", "Second Home").record.occupancy, "SECOND");
    assert.match(
      read1("Investor", "GNMA").issues[0].reason,
      /^investor: "GNMA" is not one of FNMA, FHLMC, FHA, VA, USDA, PRIVATE/
    );
    assert.equal(read1("State", "ca").record.property_state, "CA");
    assert.match(read1("State", "California").issues[0].reason, /^property_state/);
  });

  it("text: a numeric loan id becomes text; blank cells are missing, not errors", () => {
    const r = readLoanRecord(["Loan Number", "UPB", "Hardship"], [1234567, "", "   "]);
    assert.ok(r.ok);
    assert.equal(r.record.loan_id, "1234567");
    assert.equal(r.record.upb, undefined);
    assert.equal(r.record.hardship, undefined);
  });

  it("every malformed field gives its own name, in the issue and at the start of the reason", () => {
    const badValue: Record<string, Cell> = {
      text: true,
      state: "ZZ",
      investor: "NOPE",
      occupancy: "NOPE",
      money: "abc",
      rate: "abc",
      months: "abc",
      count: 1.5,
      date: "31/12/2024",
      flag: "maybe",
    };
    for (const field of FIELD_NAMES) {
      const r = read1(field, badValue[FIELD_TABLE[field].kind]);
      assert.equal(r.issues.length, 1, field);
      const [i] = r.issues;
      assert.equal(i.code, "VALUE", field);
      assert.equal(i.field, field);
      assert.ok(i.reason.startsWith(`${field}: `), i.reason);
      assert.equal(r.record[field], undefined);
    }
  });

  it("market_rate remembers whether its column was PMMS itself", () => {
    assert.equal(read1("PMMS", "6.5%").record.market_rate_basis, "PMMS");
    assert.equal(read1("Market Rate", "6.5%").record.market_rate_basis, "MARKET_RATE");
    assert.equal(read1("UPB", 1).record.market_rate_basis, undefined);
  });
});

describe("core/record: derived fields and required fields", () => {
  it("computes pi_payment when absent: 200,000 at 6% over 360 months → 1,199.10", () => {
    // r = 0.005; P = 200000·0.005 / (1 − 1.005^−360) = 1000 / 0.833958... = 1199.101... → 1199.10
    const r = readLoanRecord(["UPB", "Note Rate", "Remaining Term"], [200000, "6%", 360]);
    assert.ok(r.ok);
    assert.equal(r.record.pi_payment, 119_910);
    assert.equal(r.record.pre_hardship_pi, 119_910);
    assert.deepEqual(r.record.derived, ["pi_payment", "pre_hardship_pi"]);
  });

  it("a given pi_payment wins, and pre_hardship_pi defaults to it", () => {
    const r = readLoanRecord(
      ["UPB", "Note Rate", "Remaining Term", "P&I"],
      [200000, "6%", 360, 1250]
    );
    assert.equal(r.record.pi_payment, 125_000);
    assert.equal(r.record.pre_hardship_pi, 125_000);
    assert.deepEqual(r.record.derived, ["pre_hardship_pi"]);
  });

  it("escrow_payment = taxes + insurance + HOA when only the parts are given", () => {
    // 312.50 + 95.25 + 40 = 447.75
    const r = readLoanRecord(["Taxes", "Insurance", "HOA"], ["312.50", 95.25, 40]);
    assert.ok(r.ok);
    assert.equal(r.record.escrow_payment, 44_775);
    assert.deepEqual(r.record.derived, ["escrow_payment"]);
    const partial = readLoanRecord(["Taxes", "Insurance"], [300, 100]);
    assert.equal(partial.record.escrow_payment, 40_000);
    const given = readLoanRecord(["Escrow", "Taxes"], [500, 300]);
    assert.equal(given.record.escrow_payment, 50_000);
    const broken = readLoanRecord(["Taxes", "Insurance"], [300, "x"]);
    assert.equal(broken.record.escrow_payment, undefined);
  });

  it("a required field that is missing is NA, by name; a program names its required fields", () => {
    const require = requiredFieldsOf("FLEX-2024");
    const r = readLoanRecord(["Loan ID", "UPB"], ["L1", 100000], { require });
    const missing = r.issues.map((i) => [i.code, i.field]);
    assert.deepEqual(missing, [
      ["NA", "note_rate"],
      ["NA", "remaining_term"],
      ["NA", "pi_payment"],
      ["NA", "property_value"],
      ["NA", "mod_rate"],
    ]);
    assert.match(
      r.issues[2].reason,
      /pi_payment is required but missing \(give pi_payment, or upb, note_rate and remaining_term/
    );
    assert.deepEqual(fieldsRequiredFor("regx"), [
      "next_due_date",
      "application_received_date",
      "application_complete_date",
      "as_of_date",
    ]);
    assert.deepEqual(fieldsRequiredFor("all"), ["loan_id"]);
    assert.ok(
      !fieldsRequiredFor(...(Object.keys(FIELD_TABLE) as never[])).includes("fc_sale_date")
    );
  });

  it("requireFields names the purpose; a malformed field is reported once, as VALUE", () => {
    const r = readLoanRecord(["UPB", "Note Rate"], [100000, 6.5], {
      require: ["upb", "note_rate", "remaining_term"],
    });
    assert.deepEqual(
      r.issues.map((i) => [i.code, i.field]),
      [
        ["VALUE", "note_rate"],
        ["NA", "remaining_term"],
      ]
    );
    const issues = requireFields(r.record, ["remaining_term"], "FLEX-2024");
    assert.equal(issues[0].reason, "remaining_term is required for FLEX-2024 but missing");
    const res = recordResult(r);
    assert.ok(!res.ok && res.issues.length === 2);
  });
});
