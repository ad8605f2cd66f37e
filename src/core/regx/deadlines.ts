import { CalendarDate, addDays, daysBetween } from "../calendar-date";
import { REGX_2017, RegxRules } from "../rules/regx-2017";
import { addBusinessDays } from "./business-days";
import { Observance } from "./holidays";

/**
 * Regulation X deadlines for one loan (docs/rules/regx.md; LM.REGXDATES in docs/functions.md).
 *
 * Days of delinquency are counted from the due date of the oldest unpaid payment. By default that due
 * date is day 0 (CFPB official interpretations: comment 31 (Delinquency)-2, nothing paid from
 * January 1 → 30 days delinquent on January 31; comment 39(a)-1.i.A, live contact for a January 1
 * payment on or before February 6). So for a January 1 payment: day 36 = February 6, day 45 =
 * February 15, and "more than 120 days" is reached on May 2 (day 121) in a non-leap year. The other
 * convention (due date = day 1) is a parameter, for servicers who count that way.
 */

export type DayCount = "due-date-is-day-0" | "due-date-is-day-1";

/** The record's dates the deadlines need (a LoanRecord has them under the same names). */
export interface RegxInput {
  readonly next_due_date?: CalendarDate;
  readonly application_received_date?: CalendarDate;
  readonly application_complete_date?: CalendarDate;
  /** Blank: no sale scheduled. */
  readonly fc_sale_date?: CalendarDate;
  readonly as_of_date?: CalendarDate;
}

export interface RegxOptions {
  readonly rules?: RegxRules;
  readonly dayCount?: DayCount;
  readonly observance?: Observance;
}

/** The result fields of LM.REGXDATES (docs/functions.md), in its order, each with its kind of value. */
export const REGX_FIELD_KINDS = {
  live_contact_by: "date",
  written_notice_by: "date",
  first_filing_from: "date",
  acknowledge_by: "date",
  evaluate_by: "date",
  appeal_available: "flag",
  acceptance_days: "whole",
  days_delinquent: "whole",
} as const;
export type RegxField = keyof typeof REGX_FIELD_KINDS;
export const REGX_FIELDS = Object.keys(REGX_FIELD_KINDS) as readonly RegxField[];

export interface RegxDates {
  readonly rule_set: string;
  readonly live_contact_by?: CalendarDate;
  readonly written_notice_by?: CalendarDate;
  readonly first_filing_from?: CalendarDate;
  readonly acknowledge_by?: CalendarDate;
  readonly evaluate_by?: CalendarDate;
  readonly appeal_available?: boolean;
  readonly acceptance_days?: number;
  readonly days_delinquent?: number;
  /** Why each undefined field is undefined: a missing input date, or a rule that does not apply. */
  readonly notes: { readonly [F in RegxField]?: string };
}

/** The calendar date of day `k` of a delinquency that began on `dueDate`. */
export function delinquencyDay(
  dueDate: CalendarDate,
  k: number,
  dayCount: DayCount = "due-date-is-day-0"
): CalendarDate {
  return addDays(dueDate, dayCount === "due-date-is-day-0" ? k : k - 1);
}

/** Days delinquent on `asOf` for the oldest unpaid payment due on `dueDate` (0 before the due date). */
export function daysDelinquent(
  dueDate: CalendarDate,
  asOf: CalendarDate,
  dayCount: DayCount = "due-date-is-day-0"
): number {
  const d = daysBetween(dueDate, asOf);
  if (d < 0) return 0;
  return dayCount === "due-date-is-day-0" ? d : d + 1;
}

/**
 * Calendar days from `date` to the scheduled sale; Infinity when none is scheduled, since
 * 12 CFR 1024.41(b)(3): an application with no sale scheduled counts as received more than 90 days
 * before any sale. Like (b)(3), this takes the record's sale date as the one scheduled when the
 * application came in.
 */
function daysBeforeSale(date: CalendarDate, sale: CalendarDate | undefined): number {
  return sale === undefined ? Infinity : daysBetween(date, sale);
}

export function regxDates(input: RegxInput, options: RegxOptions = {}): RegxDates {
  const rules = options.rules ?? REGX_2017;
  const p = rules.params;
  const dayCount = options.dayCount ?? "due-date-is-day-0";
  const notes: { [F in RegxField]?: string } = {};
  const out: { -readonly [F in keyof RegxDates]?: RegxDates[F] } = {};
  const sale = input.fc_sale_date;

  const due = input.next_due_date;
  if (due) {
    // 12 CFR 1024.39(a): live contact no later than the 36th day of delinquency.
    out.live_contact_by = delinquencyDay(due, p.liveContactDay, dayCount);
    // 12 CFR 1024.39(b)(1): written early-intervention notice no later than the 45th day.
    out.written_notice_by = delinquencyDay(due, p.writtenNoticeDay, dayCount);
    // 12 CFR 1024.41(f)(1)(i): no first notice or filing until more than 120 days delinquent,
    // i.e. from day 121.
    out.first_filing_from = delinquencyDay(due, p.firstFilingMoreThanDaysDelinquent + 1, dayCount);
    if (input.as_of_date) out.days_delinquent = daysDelinquent(due, input.as_of_date, dayCount);
    else notes.days_delinquent = "as_of_date is missing";
  } else {
    for (const f of [
      "live_contact_by",
      "written_notice_by",
      "first_filing_from",
      "days_delinquent",
    ] as const) {
      notes[f] = "next_due_date is missing";
    }
  }

  const received = input.application_received_date;
  if (!received) {
    notes.acknowledge_by = "application_received_date is missing";
  } else if (daysBeforeSale(received, sale) >= p.acknowledgeMinDaysBeforeSale) {
    // 12 CFR 1024.41(b)(2)(i)(B): an application received 45 days or more before a sale is
    // acknowledged within 5 days excluding legal public holidays, Saturdays and Sundays.
    const r = addBusinessDays(received, p.acknowledgeBusinessDays, {
      observance: options.observance,
    });
    if (r.ok) out.acknowledge_by = r.value;
    else notes.acknowledge_by = r.issues[0].reason;
  } else {
    notes.acknowledge_by = `1024.41(b)(2) does not apply: application received fewer than ${p.acknowledgeMinDaysBeforeSale} days before the sale`;
  }

  const complete = input.application_complete_date;
  if (!complete) {
    for (const f of ["evaluate_by", "appeal_available", "acceptance_days"] as const)
      notes[f] = "application_complete_date is missing";
  } else {
    const before = daysBeforeSale(complete, sale);
    // 12 CFR 1024.41(c)(1): a complete application received more than 37 days before a sale is
    // evaluated, and the borrower notified, within 30 days.
    if (before > p.evaluateMoreThanDaysBeforeSale)
      out.evaluate_by = addDays(complete, p.evaluateDays);
    else
      notes.evaluate_by = `1024.41(c)(1) does not apply: complete ${p.evaluateMoreThanDaysBeforeSale} days or fewer before the sale`;
    // 12 CFR 1024.41(h)(1): an appeal is available when the complete application came 90 days or
    // more before a sale (no sale scheduled counts as such, 1024.41(b)(3)).
    out.appeal_available = before >= p.appealMinDaysBeforeSale;
    // 12 CFR 1024.41(e)(1): the servicer may require an answer no earlier than 14 days after the offer
    // (complete ≥ 90 days before sale), or 7 days (less than 90 but more than 37 days before sale).
    if (before >= p.acceptanceEarlyMinDaysBeforeSale) out.acceptance_days = p.acceptanceDaysEarly;
    else if (before > p.acceptanceLateMoreThanDaysBeforeSale)
      out.acceptance_days = p.acceptanceDaysLate;
    else
      notes.acceptance_days = `1024.41(e) does not apply: complete ${p.acceptanceLateMoreThanDaysBeforeSale} days or fewer before the sale`;
  }

  return { rule_set: rules.id, ...out, notes };
}

/**
 * 12 CFR 1024.41(h): the borrower may appeal within 14 days after the denial notice of
 * (c)(1)(ii); the servicer decides within 30 days of the appeal.
 */
export function appealDeadlines(
  denialNoticeDate: CalendarDate,
  appealDate?: CalendarDate,
  rules: RegxRules = REGX_2017
): { readonly appeal_by: CalendarDate; readonly decide_by?: CalendarDate } {
  const appeal_by = addDays(denialNoticeDate, rules.params.appealDays);
  return appealDate
    ? { appeal_by, decide_by: addDays(appealDate, rules.params.appealDecisionDays) }
    : { appeal_by };
}

/** The deadlines as a table for the docs and the task pane: field, citation, rule in words. */
export function regxDeadlineTable(
  rules: RegxRules = REGX_2017
): ReadonlyArray<{ field: string; citation: string; rule: string }> {
  const p = rules.params;
  return [
    {
      field: "live_contact_by",
      citation: "12 CFR 1024.39(a)",
      rule: `day ${p.liveContactDay} of delinquency`,
    },
    {
      field: "written_notice_by",
      citation: "12 CFR 1024.39(b)",
      rule: `day ${p.writtenNoticeDay} of delinquency (not more than once per ${p.writtenNoticeIntervalDays} days)`,
    },
    {
      field: "acknowledge_by",
      citation: "12 CFR 1024.41(b)(2)",
      rule: `${p.acknowledgeBusinessDays} business days after an application received ≥ ${p.acknowledgeMinDaysBeforeSale} days before a sale`,
    },
    {
      field: "evaluate_by",
      citation: "12 CFR 1024.41(c)",
      rule: `${p.evaluateDays} days after a complete application received > ${p.evaluateMoreThanDaysBeforeSale} days before a sale`,
    },
    {
      field: "acceptance_days",
      citation: "12 CFR 1024.41(e)",
      rule: `${p.acceptanceDaysEarly} days if complete ≥ ${p.acceptanceEarlyMinDaysBeforeSale} days before a sale, else ${p.acceptanceDaysLate} (> ${p.acceptanceLateMoreThanDaysBeforeSale} days)`,
    },
    {
      field: "appeal_available",
      citation: "12 CFR 1024.41(h)",
      rule: `complete ≥ ${p.appealMinDaysBeforeSale} days before a sale; ${p.appealDays} days to appeal; decided within ${p.appealDecisionDays} days`,
    },
    {
      field: "first_filing_from",
      citation: "12 CFR 1024.41(f)",
      rule: `only when more than ${p.firstFilingMoreThanDaysDelinquent} days delinquent`,
    },
  ];
}
