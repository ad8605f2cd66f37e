import { strict as assert } from "node:assert";
import fc from "fast-check";
import { addBusinessDays, isBusinessDay } from "../../../src/core/regx/business-days";
import {
  CalendarDate,
  FIRST_SERIAL,
  LAST_SERIAL,
  addDays,
  fromExcelSerial,
  parseIsoDate,
  toExcelSerial,
} from "../../../src/core/calendar-date";
import { Observance } from "../../../src/core/regx/holidays";

const d = (iso: string) => parseIsoDate(iso)!;

/** The oracle: walk day by day, counting the days that are business days (the method replaced). */
function walk(start: CalendarDate, days: number, observance: Observance): CalendarDate | undefined {
  const step = days < 0 ? -1 : 1;
  let at = start;
  for (let left = Math.abs(days); left > 0;) {
    at = addDays(at, step);
    const serial = toExcelSerial(at);
    if (serial < FIRST_SERIAL || serial > LAST_SERIAL) return undefined;
    if (isBusinessDay(at, { observance })) left--;
  }
  return at;
}

describe("core/regx/business-days: counting by weeks", () => {
  it("edge cases first: weekends, holidays on weekends, the ends of Excel's calendar", () => {
    // Friday 2026-07-03 is Independence Day observed (the 4th is a Saturday): Thursday + 1 → Monday 6th.
    assert.deepEqual(addBusinessDays(d("2026-07-02"), 1), { ok: true, value: d("2026-07-06") });
    // From a Saturday, one business day is the Monday; one back is the Friday.
    assert.deepEqual(addBusinessDays(d("2026-06-06"), 1), { ok: true, value: d("2026-06-08") });
    assert.deepEqual(addBusinessDays(d("2026-06-06"), -1), { ok: true, value: d("2026-06-05") });
    // New Year's Day 2022 fell on a Saturday: observed Friday 2021-12-31; Thursday + 1 → Monday 3rd.
    assert.deepEqual(addBusinessDays(d("2021-12-30"), 1), { ok: true, value: d("2022-01-03") });
    assert.deepEqual(addBusinessDays(d("2021-12-30"), 1, { observance: "legal" }), {
      ok: true,
      value: d("2021-12-31"),
    });
    // 5 business days from Christmas Eve 2026 (Thursday): skips Christmas (Friday) and New Year's Day.
    assert.deepEqual(addBusinessDays(d("2026-12-24"), 5), { ok: true, value: d("2027-01-04") });
    const late = addBusinessDays(d("9999-12-30"), 5);
    assert.ok(!late.ok && late.issues[0].code === "NUM");
    const early = addBusinessDays(fromExcelSerial(FIRST_SERIAL)!, -1);
    assert.ok(!early.ok && early.issues[0].code === "NUM");
    const before = addBusinessDays({ year: 0, month: 1, day: 1 }, 0);
    assert.ok(!before.ok && before.issues[0].field === "start_date");
  });

  it("a count far past Excel's calendar is refused at once (it took 9.7 s when walked day by day)", () => {
    // LM.BUSINESSDAYS(45000, 2000000): 2023-03-15 plus about 7,700 years of business days.
    const r = addBusinessDays(fromExcelSerial(45000)!, 2_000_000);
    assert.ok(!r.ok && r.issues[0].code === "NUM" && r.issues[0].field === "days");
    // Excel's calendar, 1900-01-01 to 9999-12-31, holds about 2.1 million business days. Its first
    // day is New Year's Day, so the round trip starts from the first business day, Tuesday 1900-01-02.
    const firstBusinessDay = FIRST_SERIAL + 1;
    assert.ok(!addBusinessDays(fromExcelSerial(firstBusinessDay)!, 2_200_000).ok);
    const far = addBusinessDays(fromExcelSerial(firstBusinessDay)!, 2_000_000);
    assert.ok(far.ok);
    const back = addBusinessDays(far.value, -2_000_000);
    assert.ok(back.ok && toExcelSerial(back.value) === firstBusinessDay);
  });

  it("agrees with the day-by-day walk everywhere in Excel's calendar (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: FIRST_SERIAL, max: LAST_SERIAL }),
        fc.integer({ min: -1500, max: 1500 }),
        fc.constantFrom<Observance>("observed", "legal"),
        (serial, days, observance) => {
          const start = fromExcelSerial(serial)!;
          const expected = walk(start, days, observance);
          const r = addBusinessDays(start, days, { observance });
          if (expected === undefined) assert.ok(!r.ok && r.issues[0].code === "NUM");
          else assert.deepEqual(r, { ok: true, value: expected });
        }
      ),
      { numRuns: 400 }
    );
  });

  it("agrees with the walk around the holidays of 2019-2027, day by day", () => {
    for (
      let serial = toExcelSerial(d("2019-01-01"));
      serial < toExcelSerial(d("2027-12-31"));
      serial++
    )
      for (const days of [-12, -5, -1, 1, 5, 12]) {
        const start = fromExcelSerial(serial)!;
        assert.deepEqual(addBusinessDays(start, days), {
          ok: true,
          value: walk(start, days, "observed"),
        });
      }
  });
});
