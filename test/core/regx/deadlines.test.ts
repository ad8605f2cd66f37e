import { strict as assert } from "node:assert";
import {
  CalendarDate,
  addDays,
  formatIsoDate,
  parseIsoDate,
} from "../../../src/core/calendar-date";
import {
  REGX_FIELDS,
  RegxDates,
  appealDeadlines,
  daysDelinquent,
  regxDates,
  regxDeadlineTable,
} from "../../../src/core/regx/deadlines";
import { REGX_2017 } from "../../../src/core/rules/regx-2017";
import { readLoanRecord } from "../../../src/core/record";

const d = (iso: string): CalendarDate => parseIsoDate(iso)!;
const iso = (x: CalendarDate | undefined) => (x ? formatIsoDate(x) : undefined);

function dates(r: RegxDates) {
  return {
    live_contact_by: iso(r.live_contact_by),
    written_notice_by: iso(r.written_notice_by),
    first_filing_from: iso(r.first_filing_from),
    acknowledge_by: iso(r.acknowledge_by),
    evaluate_by: iso(r.evaluate_by),
    appeal_available: r.appeal_available,
    acceptance_days: r.acceptance_days,
    days_delinquent: r.days_delinquent,
  };
}

describe("core/regx/deadlines (12 CFR 1024.39, 1024.41)", () => {
  it("CFPB comment 39(a)-1.i.A: a January 1 payment → live contact by February 6, notice by February 15, first filing from May 2 (non-leap year)", () => {
    // Due date = day 0: Jan 1 + 36 days = Feb 6; + 45 = Feb 15; "more than 120 days" = day 121 =
    // Jan 1 + 121 days: 30 (to Jan 31) + 28 (Feb) + 31 (Mar) + 30 (Apr) = 119 → Apr 30, so day 121 = May 2.
    const r = regxDates({ next_due_date: d("2023-01-01") });
    assert.equal(iso(r.live_contact_by), "2023-02-06");
    assert.equal(iso(r.written_notice_by), "2023-02-15");
    assert.equal(iso(r.first_filing_from), "2023-05-02");
    assert.equal(r.rule_set, "REGX-2017");
  });

  it("in a leap year the first filing date is May 1 (February has 29 days)", () => {
    assert.equal(
      iso(regxDates({ next_due_date: d("2024-01-01") }).first_filing_from),
      "2024-05-01"
    );
  });

  it("comment 31-2: nothing paid from January 1 → 30 days delinquent on January 31; 0 on the due date and before", () => {
    assert.equal(daysDelinquent(d("2026-01-01"), d("2026-01-31")), 30);
    assert.equal(daysDelinquent(d("2026-01-01"), d("2026-01-01")), 0);
    assert.equal(daysDelinquent(d("2026-01-01"), d("2025-12-15")), 0);
    const r = regxDates({ next_due_date: d("2026-01-01"), as_of_date: d("2026-05-02") });
    // 30 + 28 + 31 + 30 + 2 = 121
    assert.equal(r.days_delinquent, 121);
  });

  it("the other day-count convention (due date = day 1) is a parameter", () => {
    const r = regxDates(
      { next_due_date: d("2023-01-01"), as_of_date: d("2023-01-31") },
      { dayCount: "due-date-is-day-1" }
    );
    assert.equal(iso(r.live_contact_by), "2023-02-05");
    assert.equal(iso(r.written_notice_by), "2023-02-14");
    assert.equal(iso(r.first_filing_from), "2023-05-01");
    assert.equal(r.days_delinquent, 31);
  });

  it("acknowledgement: 5 business days after receipt when received ≥ 45 days before a sale", () => {
    // Mon 2026-06-29 + 5 business days: Jun 30, Jul 1, Jul 2, (Fri Jul 3 observed holiday), Jul 6, Jul 7.
    const none = regxDates({ application_received_date: d("2026-06-29") });
    assert.equal(iso(none.acknowledge_by), "2026-07-07");
    const legal = regxDates(
      { application_received_date: d("2026-06-29") },
      { observance: "legal" }
    );
    assert.equal(iso(legal.acknowledge_by), "2026-07-06");
    const sale45 = regxDates({
      application_received_date: d("2026-06-29"),
      fc_sale_date: addDays(d("2026-06-29"), 45),
    });
    assert.equal(iso(sale45.acknowledge_by), "2026-07-07");
    const sale44 = regxDates({
      application_received_date: d("2026-06-29"),
      fc_sale_date: addDays(d("2026-06-29"), 44),
    });
    assert.equal(sale44.acknowledge_by, undefined);
    assert.match(sale44.notes.acknowledge_by!, /1024\.41\(b\)\(2\) does not apply/);
  });

  it("evaluation: 30 calendar days after a complete application received more than 37 days before a sale", () => {
    // 2026-03-02 + 30 days = 2026-04-01 (29 days to Mar 31, then Apr 1).
    const c = d("2026-03-02");
    assert.equal(iso(regxDates({ application_complete_date: c }).evaluate_by), "2026-04-01");
    assert.equal(
      iso(regxDates({ application_complete_date: c, fc_sale_date: addDays(c, 38) }).evaluate_by),
      "2026-04-01"
    );
    const at37 = regxDates({ application_complete_date: c, fc_sale_date: addDays(c, 37) });
    assert.equal(at37.evaluate_by, undefined);
    assert.match(at37.notes.evaluate_by!, /1024\.41\(c\)\(1\) does not apply/);
  });

  it("acceptance window 14 / 7 days and appeal by days before the sale; no sale counts as ≥ 90 days", () => {
    const c = d("2026-03-02");
    const at = (days: number | undefined) =>
      regxDates({
        application_complete_date: c,
        fc_sale_date: days === undefined ? undefined : addDays(c, days),
      });
    const cases: [number | undefined, number | undefined, boolean][] = [
      [undefined, 14, true],
      [200, 14, true],
      [90, 14, true],
      [89, 7, false],
      [38, 7, false],
      [37, undefined, false],
      [-5, undefined, false],
    ];
    for (const [days, acceptance, appeal] of cases) {
      const r = at(days);
      assert.equal(r.acceptance_days, acceptance, `acceptance at ${days}`);
      assert.equal(r.appeal_available, appeal, `appeal at ${days}`);
    }
    assert.match(at(37).notes.acceptance_days!, /1024\.41\(e\) does not apply/);
  });

  it("each field is undefined, with a note, when its input date is missing", () => {
    const r = regxDates({});
    for (const f of REGX_FIELDS) {
      assert.equal((r as unknown as Record<string, unknown>)[f], undefined, f);
      assert.ok(r.notes[f], f);
    }
    assert.equal(r.notes.live_contact_by, "next_due_date is missing");
    assert.equal(r.notes.days_delinquent, "next_due_date is missing");
    assert.equal(r.notes.acknowledge_by, "application_received_date is missing");
    assert.equal(r.notes.appeal_available, "application_complete_date is missing");
    const noAsOf = regxDates({ next_due_date: d("2026-01-01") });
    assert.equal(noAsOf.days_delinquent, undefined);
    assert.equal(noAsOf.notes.days_delinquent, "as_of_date is missing");
  });

  it("reads its dates straight from a loan record (serials and ISO text)", () => {
    // 46023 = 2026-01-01; sale 2026-06-15, complete 2026-03-02 → 105 days before the sale.
    const rec = readLoanRecord(
      [
        "Loan ID",
        "Next Due Date",
        "Application Received",
        "Application Complete Date",
        "FC Sale Date",
        "As Of Date",
      ],
      ["L1", 46023, "2026-02-20", "2026-03-02", "2026-06-15", "2026-03-15"]
    );
    assert.ok(rec.ok, JSON.stringify(rec.issues));
    assert.deepEqual(dates(regxDates(rec.record)), {
      live_contact_by: "2026-02-06",
      written_notice_by: "2026-02-15",
      first_filing_from: "2026-05-02",
      // Fri 2026-02-20 + 5 business days: Feb 23, 24, 25, 26, 27
      acknowledge_by: "2026-02-27",
      evaluate_by: "2026-04-01",
      appeal_available: true,
      acceptance_days: 14,
      // Jan 1 → Mar 15: 31 + 28 + 14 = 73
      days_delinquent: 73,
    });
  });

  it("appeal: 14 days to appeal after the denial notice, decided within 30 days of the appeal", () => {
    assert.deepEqual(appealDeadlines(d("2026-04-01")), { appeal_by: d("2026-04-15") });
    assert.deepEqual(appealDeadlines(d("2026-04-01"), d("2026-04-10")), {
      appeal_by: d("2026-04-15"),
      decide_by: d("2026-05-10"),
    });
  });

  it("the rule set is data: changed parameters change the dates", () => {
    const rules = { id: "TEST", params: { ...REGX_2017.params, liveContactDay: 30 } };
    assert.equal(
      iso(regxDates({ next_due_date: d("2023-01-01") }, { rules }).live_contact_by),
      "2023-01-31"
    );
    assert.equal(regxDates({}, { rules }).rule_set, "TEST");
    const table = regxDeadlineTable();
    assert.deepEqual(
      table.map((t) => t.citation),
      [
        "12 CFR 1024.39(a)",
        "12 CFR 1024.39(b)",
        "12 CFR 1024.41(b)(2)",
        "12 CFR 1024.41(c)",
        "12 CFR 1024.41(e)",
        "12 CFR 1024.41(h)",
        "12 CFR 1024.41(f)",
      ]
    );
  });
});
