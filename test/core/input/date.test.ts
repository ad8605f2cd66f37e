import { strict as assert } from "node:assert";
import { parseDate } from "../../../src/core/input";
import { formatIsoDate, fromExcelSerial, toExcelSerial } from "../../../src/core/calendar-date";
import { Result } from "../../../src/core/result";
import { CalendarDate } from "../../../src/core/calendar-date";

const show = (r: Result<CalendarDate>) =>
  r.ok ? formatIsoDate(r.value) : `${r.issues[0].code} ${r.issues[0].reason}`;

/*
 * Serials from Excel's own documentation of its date system: 1 is 1900-01-01, 2958465 is 9999-12-31,
 * and 60 is the 1900-02-29 Excel keeps for Lotus 1-2-3 compatibility; later serials are days since
 * 1899-12-30 (Python: (date(2024, 1, 1) - date(1899, 12, 30)).days == 45292).
 */
describe("core/input: dates", () => {
  it("edge cases at Excel's ends: 1899-12-31 and 10000-01-01 refused, 1900-01-01 and 9999-12-31 read", () => {
    assert.equal(
      show(parseDate("1899-12-31", "d")),
      'VALUE d: "1899-12-31" is outside Excel\'s dates (1900-01-01 to 9999-12-31)'
    );
    assert.equal(show(parseDate("1900-01-01", "d")), "1900-01-01");
    assert.equal(show(parseDate("9999-12-31", "d")), "9999-12-31");
    assert.equal(
      show(parseDate("10000-01-01", "d")),
      'VALUE d: "10000-01-01" is outside Excel\'s dates (1900-01-01 to 9999-12-31)'
    );
  });

  it("years 0000 and 0001 are refused, as text and as US dates", () => {
    for (const t of ["0000-01-01", "0001-01-01", "0001-12-31", "01/01/0001", "12/31/0000"])
      assert.match(
        show(parseDate(t, "first_payment_date")),
        /^VALUE first_payment_date: .* is outside Excel's dates/,
        t
      );
  });

  it("serials: 0 and negatives refused, 1 to 59 are January and February 1900, 60 refused, 61 is 1900-03-01", () => {
    assert.equal(
      show(parseDate(0, "d")),
      "VALUE d: 0 is outside Excel's dates (1900-01-01 to 9999-12-31)"
    );
    assert.equal(
      show(parseDate(-1, "d")),
      "VALUE d: -1 is outside Excel's dates (1900-01-01 to 9999-12-31)"
    );
    assert.equal(show(parseDate(1, "d")), "1900-01-01");
    assert.equal(show(parseDate(59, "d")), "1900-02-28");
    assert.equal(
      show(parseDate(60, "d")),
      "VALUE d: 60 is Excel's 1900-02-29, a day the calendar does not have"
    );
    assert.equal(show(parseDate(61, "d")), "1900-03-01");
    assert.equal(show(parseDate(45292, "d")), "2024-01-01");
    assert.equal(show(parseDate(45292.99, "d")), "2024-01-01");
    assert.equal(show(parseDate("45292", "d")), "2024-01-01");
    assert.equal(show(parseDate(2958465, "d")), "9999-12-31");
    assert.match(show(parseDate(2958466, "d")), /outside Excel's dates/);
    for (const v of [Number.NaN, Infinity, true])
      assert.match(show(parseDate(v, "d")), /is not a date/);
  });

  it("a serial and its date go both ways across Excel's range, skipping 60", () => {
    for (let s = 1; s <= 2958465; s += s < 400 ? 1 : 997) {
      if (s === 60) {
        assert.equal(fromExcelSerial(s), undefined);
        continue;
      }
      assert.equal(toExcelSerial(fromExcelSerial(s)!), s, String(s));
    }
    assert.equal(toExcelSerial({ year: 1900, month: 3, day: 1 }), 61);
    assert.equal(toExcelSerial({ year: 1900, month: 2, day: 28 }), 59);
  });

  it("ISO text and U.S. month-first text; a day-first date with a day above 12 and two-digit years refused", () => {
    assert.equal(show(parseDate(" 2024-01-05 ", "d")), "2024-01-05");
    assert.equal(show(parseDate("2024-1-5", "d")), "2024-01-05");
    assert.equal(show(parseDate("1/5/2024", "d")), "2024-01-05");
    assert.equal(show(parseDate("12/31/2024", "d")), "2024-12-31");
    assert.equal(
      show(parseDate("31/12/2024", "d")),
      'VALUE d: "31/12/2024" is not a date: MM/DD/YYYY puts the month first (or write YYYY-MM-DD)'
    );
    assert.match(show(parseDate("1/5/24", "d")), /is not a date \(write YYYY-MM-DD, MM\/DD\/YYYY/);
    assert.equal(
      show(parseDate("2023-02-29", "d")),
      'VALUE d: "2023-02-29" is not a date of the calendar'
    );
    assert.equal(show(parseDate("2024-02-29", "d")), "2024-02-29");
    assert.match(show(parseDate("2024-01-01T00:00", "d")), /is not a date/);
  });
});
