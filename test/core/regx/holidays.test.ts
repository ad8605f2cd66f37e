import { strict as assert } from "node:assert";
import fc from "fast-check";
import {
  CalendarDate,
  addDays,
  formatIsoDate,
  parseIsoDate,
} from "../../../src/core/calendar-date";
import {
  holidayDates,
  holidayOn,
  isHoliday,
  legalPublicHolidays,
} from "../../../src/core/regx/holidays";
import { addBusinessDays, isBusinessDay } from "../../../src/core/regx/business-days";

const d = (iso: string): CalendarDate => parseIsoDate(iso)!;
const isoList = (ds: CalendarDate[]) => ds.map(formatIsoDate);

/** Weekday from the host's own UTC calendar: a second, independent day-of-week computation. */
function weekday(y: number, m: number, day: number): number {
  return new Date(Date.UTC(y, m - 1, day)).getUTCDay();
}

/**
 * An independent statement of 5 U.S.C. 6103(a) for 2000 on: each holiday as "this weekday within
 * these days of the month" (MLK = the Monday among January 15-21, and so on), using Date.UTC.
 */
function referenceLegalDates(y: number): string[] {
  const pick = (m: number, from: number, to: number, wd: number) => {
    for (let day = from; day <= to; day++)
      if (weekday(y, m, day) === wd) return [y, m, day] as const;
    throw new Error("none");
  };
  const list: (readonly [number, number, number])[] = [
    [y, 1, 1],
    pick(1, 15, 21, 1),
    pick(2, 15, 21, 1),
    pick(5, 25, 31, 1),
    ...(y >= 2021 ? [[y, 6, 19] as const] : []),
    [y, 7, 4],
    pick(9, 1, 7, 1),
    pick(10, 8, 14, 1),
    [y, 11, 11],
    pick(11, 22, 28, 4),
    [y, 12, 25],
  ];
  return list.map(
    ([yy, m, day]) => `${yy}-${String(m).padStart(2, "0")}-${String(day).padStart(2, "0")}`
  );
}

describe("core/regx/holidays (5 U.S.C. 6103)", () => {
  it("2021 as OPM published it: Juneteenth's first year observed Friday June 18; New Year's Day 2022 observed 2021-12-31", () => {
    assert.deepEqual(isoList(holidayDates(2021)), [
      "2021-01-01",
      "2021-01-18",
      "2021-02-15",
      "2021-05-31",
      "2021-06-18",
      "2021-07-05",
      "2021-09-06",
      "2021-10-11",
      "2021-11-11",
      "2021-11-25",
      "2021-12-24",
      "2021-12-31",
    ]);
  });

  it("2022: no January holiday but MLK (New Year's was observed in 2021); Juneteenth and Christmas move to Monday", () => {
    assert.deepEqual(isoList(holidayDates(2022)), [
      "2022-01-17",
      "2022-02-21",
      "2022-05-30",
      "2022-06-20",
      "2022-07-04",
      "2022-09-05",
      "2022-10-10",
      "2022-11-11",
      "2022-11-24",
      "2022-12-26",
    ]);
  });

  it("2023: New Year's observed 2023-01-02, Juneteenth 2023-06-19, Veterans Day observed Friday 2023-11-10", () => {
    assert.deepEqual(isoList(holidayDates(2023)), [
      "2023-01-02",
      "2023-01-16",
      "2023-02-20",
      "2023-05-29",
      "2023-06-19",
      "2023-07-04",
      "2023-09-04",
      "2023-10-09",
      "2023-11-10",
      "2023-11-23",
      "2023-12-25",
    ]);
  });

  it("2026: Independence Day (a Saturday) observed Friday 2026-07-03", () => {
    assert.deepEqual(isoList(holidayDates(2026)), [
      "2026-01-01",
      "2026-01-19",
      "2026-02-16",
      "2026-05-25",
      "2026-06-19",
      "2026-07-03",
      "2026-09-07",
      "2026-10-12",
      "2026-11-11",
      "2026-11-26",
      "2026-12-25",
    ]);
    assert.equal(holidayOn(d("2026-07-03"))!.name, "Independence Day");
    assert.equal(isHoliday(d("2026-07-04")), false);
    assert.equal(isHoliday(d("2026-07-04"), "legal"), true);
  });

  it("New Year's Day on a Saturday is observed on December 31 of the year before (1999, 2004, 2010, 2021, 2027, 2032)", () => {
    for (const y of [1999, 2004, 2010, 2021, 2027, 2032]) {
      assert.ok(isHoliday(d(`${y}-12-31`)), `${y}-12-31`);
      assert.equal(holidayOn(d(`${y}-12-31`))!.name, "New Year's Day");
      assert.deepEqual(holidayOn(d(`${y}-12-31`))!.date, { year: y + 1, month: 1, day: 1 });
    }
    assert.ok(!isHoliday(d("2022-01-03")), "2022-01-03 is an ordinary Monday");
  });

  it("Inauguration Day is not a legal public holiday (6103(c) covers D.C.-area federal employees only)", () => {
    for (const iso of ["2001-01-22", "2009-01-20", "2013-01-21", "2021-01-20"]) {
      // 2013-01-21 was both MLK Day and the public inauguration; it is a holiday as MLK Day only.
      const h = holidayOn(d(iso));
      assert.ok(h === undefined || h.name === "Birthday of Martin Luther King, Jr.", iso);
    }
    assert.ok(!isHoliday(d("2021-01-20")));
    assert.ok(!isHoliday(d("2009-01-20")));
  });

  it("Juneteenth counts from 2021 only", () => {
    assert.ok(
      !legalPublicHolidays(2020).some((h) => h.name === "Juneteenth National Independence Day")
    );
    assert.ok(!isHoliday(d("2020-06-19")));
    assert.ok(isHoliday(d("2025-06-19")));
  });

  it("2000-2100: the legal dates agree with an independent statement of the rules, and every observed day is a weekday", () => {
    for (let y = 2000; y <= 2100; y++) {
      const legal = legalPublicHolidays(y);
      assert.deepEqual(isoList(legal.map((h) => h.date)), referenceLegalDates(y), String(y));
      for (const h of legal) {
        const wd = weekday(h.observed.year, h.observed.month, h.observed.day);
        assert.ok(wd >= 1 && wd <= 5, `${y} ${h.name} observed on a weekend`);
        const lw = weekday(h.date.year, h.date.month, h.date.day);
        const shift = lw === 6 ? -1 : lw === 0 ? 1 : 0;
        const expect = new Date(Date.UTC(h.date.year, h.date.month - 1, h.date.day + shift))
          .toISOString()
          .slice(0, 10);
        assert.equal(formatIsoDate(h.observed), expect, `${y} ${h.name}`);
      }
      // Each year's observed list has 10 to 12 days (New Year's can move out of or into the year).
      const n = holidayDates(y).length;
      const base = y >= 2021 ? 11 : 10;
      assert.ok(n >= base - 1 && n <= base + 1, `${y}: ${n}`);
    }
  });
});

describe("core/regx/business-days", () => {
  it("weekends and observed holidays are not business days", () => {
    assert.ok(!isBusinessDay(d("2026-07-03")));
    assert.ok(!isBusinessDay(d("2026-07-04")));
    assert.ok(!isBusinessDay(d("2026-07-05")));
    assert.ok(isBusinessDay(d("2026-07-06")));
    assert.ok(!isBusinessDay(d("2021-12-31")));
    assert.ok(isBusinessDay(d("2021-12-31"), { observance: "legal" }));
  });

  it("adds business days like WORKDAY: start not counted, 0 keeps the start", () => {
    // Thu 2021-12-30 + 1: Fri 12-31 (New Year's observed), Sat, Sun → Mon 2022-01-03.
    assert.deepEqual(addBusinessDays(d("2021-12-30"), 1), { ok: true, value: d("2022-01-03") });
    assert.deepEqual(addBusinessDays(d("2021-12-30"), 1, { observance: "legal" }), {
      ok: true,
      value: d("2021-12-31"),
    });
    // Thu 2026-07-02 + 1 → Mon 07-06 (Fri 07-03 observed Independence Day).
    assert.deepEqual(addBusinessDays(d("2026-07-02"), 1), { ok: true, value: d("2026-07-06") });
    // Wed 2026-11-25 + 1 → Fri 11-27 (Thanksgiving Thursday).
    assert.deepEqual(addBusinessDays(d("2026-11-25"), 1), { ok: true, value: d("2026-11-27") });
    // Sat 2026-07-04 + 0 → itself; − 1 → Thu 07-02.
    assert.deepEqual(addBusinessDays(d("2026-07-04"), 0), { ok: true, value: d("2026-07-04") });
    assert.deepEqual(addBusinessDays(d("2026-07-06"), -1), { ok: true, value: d("2026-07-02") });
    // 2026: 261 weekdays − 11 holidays (none on a weekend once observed) = 250 business days.
    assert.deepEqual(addBusinessDays(d("2025-12-31"), 250), { ok: true, value: d("2026-12-31") });
  });

  it("refuses a fractional count (VALUE) and one leaving Excel's calendar (NUM)", () => {
    const f = addBusinessDays(d("2026-01-02"), 1.5);
    assert.ok(!f.ok && f.issues[0].code === "VALUE");
    const n = addBusinessDays(d("9999-12-30"), 5);
    assert.ok(!n.ok && n.issues[0].code === "NUM");
  });

  it("going n business days on and n back returns to a business day (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 365 * 101 }),
        fc.integer({ min: -300, max: 300 }),
        (k, n) => {
          // a business day: the first one after 2000-01-01 + k days
          const base = addBusinessDays(addDays({ year: 2000, month: 1, day: 1 }, k), 1);
          assert.ok(base.ok);
          const there = addBusinessDays(base.value, n);
          assert.ok(there.ok);
          if (n !== 0) assert.ok(isBusinessDay(there.value));
          const back = addBusinessDays(there.value, -n);
          assert.ok(back.ok);
          assert.deepEqual(back.value, base.value);
        }
      ),
      { numRuns: 300 }
    );
  });
});
