import { CalendarDate, addDays, toDayNumber } from "../../calendar-date";
import { REGX_2017 } from "../../rules/regx-2017";
import { RowFacts } from "./row-facts";

/**
 * The Reg X calendar: every deadline of a loan that falls from its as-of date to `window` days after
 * it, both days included. The deadlines are the loan's Reg X dates (LM.REGXDATES) and, where a
 * workout would be offered, the end of the acceptance period of an offer made on the as-of date (as
 * the evaluation notice and the offer worksheets date it: the as-of date plus the acceptance days of
 * 12 CFR 1024.41(e)(1)).
 */
export const DEADLINES = [
  {
    key: "live_contact_by",
    label: "Live contact with the borrower",
    citation: "12 CFR 1024.39(a)",
  },
  {
    key: "written_notice_by",
    label: "Written early-intervention notice",
    citation: "12 CFR 1024.39(b)",
  },
  {
    key: "acknowledge_by",
    label: "Acknowledge the application",
    citation: "12 CFR 1024.41(b)(2)",
  },
  {
    key: "evaluate_by",
    label: "Evaluate the complete application",
    citation: "12 CFR 1024.41(c)(1)",
  },
  {
    key: "accept_by",
    label: "Offer acceptance period ends",
    citation: "12 CFR 1024.41(e)(1)",
  },
  {
    key: "first_filing_from",
    label: "First foreclosure filing permitted",
    citation: "12 CFR 1024.41(f)(1)",
  },
] as const;

export type DeadlineKey = (typeof DEADLINES)[number]["key"];

export interface CalendarEntry {
  readonly date: CalendarDate;
  /** Days from the loan's as-of date (0 = due on the as-of date). */
  readonly daysAfter: number;
  /** Index into DEADLINES. */
  readonly deadline: number;
  readonly row: number;
  readonly loanId: string;
  readonly investor: string;
  readonly daysDelinquent?: number;
  /** The recommended workout's label. */
  readonly workout: string;
}

/** The loan's deadlines inside the window, in DEADLINES order. */
export function deadlinesInWindow(
  f: RowFacts,
  window: number,
  workout: { readonly label: string; readonly offered: boolean }
): CalendarEntry[] {
  if (!f.asOf) return [];
  const from = toDayNumber(f.asOf);
  const accept =
    workout.offered && f.acceptanceDays !== undefined
      ? addDays(f.asOf, f.acceptanceDays)
      : undefined;
  const dates: (CalendarDate | undefined)[] = [
    f.liveContactBy,
    f.writtenNoticeBy,
    f.acknowledgeBy,
    f.evaluateBy,
    accept,
    f.firstFilingFrom,
  ];
  const out: CalendarEntry[] = [];
  dates.forEach((date, deadline) => {
    if (!date) return;
    const daysAfter = toDayNumber(date) - from;
    if (daysAfter < 0 || daysAfter > window) return;
    out.push({
      date,
      daysAfter,
      deadline,
      row: f.row,
      loanId: f.loanId,
      investor: f.investor,
      daysDelinquent: f.daysDelinquent,
      workout: workout.label,
    });
  });
  return out;
}

/** Soonest first; on one day, in DEADLINES order, then by tape row. */
export function compareEntries(a: CalendarEntry, b: CalendarEntry): number {
  return toDayNumber(a.date) - toDayNumber(b.date) || a.deadline - b.deadline || a.row - b.row;
}

/** The Reg X rule set a row names, with its version when this version of the engine holds it. */
export function regxVersion(id: string): string | undefined {
  return id === REGX_2017.id ? REGX_2017.version : undefined;
}
