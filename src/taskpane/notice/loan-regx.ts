/**
 * The Reg X dates of one loan: the core's deadlines from its dates, and the evaluation notice's own
 * dates counted from the as-of date the notice carries (accept-by, appeal-by).
 */
import { addDays, type CalendarDate } from "../../core/calendar-date";
import {
  appealDeadlines,
  regxDates,
  regxDeadlineTable,
  type RegxDates,
} from "../../core/regx/deadlines";
import type { LoanRecord } from "../loan/parse-field";

export interface LoanRegx {
  readonly dates: RegxDates;
  /** The notice is dated the as-of date. */
  readonly noticeDate?: CalendarDate;
  /** The borrower's answer to the offer is due by (12 CFR 1024.41(e)). */
  readonly acceptBy?: CalendarDate;
  /** An appeal of a denied modification is due by (12 CFR 1024.41(h)), where one is available. */
  readonly appealBy?: CalendarDate;
  readonly table: ReturnType<typeof regxDeadlineTable>;
}

export function loanRegx(record: LoanRecord): LoanRegx {
  const dates = regxDates(record);
  const noticeDate = record.as_of_date;
  return {
    dates,
    noticeDate,
    acceptBy:
      noticeDate && dates.acceptance_days !== undefined
        ? addDays(noticeDate, dates.acceptance_days)
        : undefined,
    appealBy:
      noticeDate && dates.appeal_available ? appealDeadlines(noticeDate).appeal_by : undefined,
    table: regxDeadlineTable(),
  };
}
