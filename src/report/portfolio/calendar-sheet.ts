/**
 * The Reg X calendar sheet: every deadline falling from a loan's as-of date to 14 days after it, by
 * loan, soonest first: the date, the days left, the deadline and its rule, the loan, its investor,
 * days delinquent and recommended workout.
 */
import { CalendarEntry, DEADLINES, PortfolioSummary } from "../../core/portfolio";
import { toExcelSerial } from "../../core/calendar-date";
import { NumberFormats, TableColumn, TableRow, WorksheetModel } from "../model";
import { dataSheets } from "./data-sheets";

export const CALENDAR_SHEET = "Reg X calendar";

const COLUMNS: readonly TableColumn[] = [
  { header: "Date", format: NumberFormats.isoDate },
  { header: "Days left", format: NumberFormats.whole },
  { header: "Deadline", format: NumberFormats.text },
  { header: "Rule", format: NumberFormats.text },
  { header: "Loan id", format: NumberFormats.text },
  { header: "Row", format: NumberFormats.whole },
  { header: "Investor", format: NumberFormats.text },
  { header: "Days delinquent", format: NumberFormats.whole },
  { header: "Recommended workout", format: NumberFormats.text },
];

const WIDTHS = [12, 9, 36, 20, 14, 8, 10, 11, 44];

function entryRow(e: CalendarEntry): TableRow {
  const d = DEADLINES[e.deadline];
  return [
    toExcelSerial(e.date),
    e.daysAfter,
    d.label,
    d.citation,
    e.loanId,
    e.row,
    e.investor,
    e.daysDelinquent ?? null,
    e.workout,
  ];
}

export function calendarSheets(s: PortfolioSummary): WorksheetModel[] {
  return dataSheets({
    name: CALENDAR_SHEET,
    table: "RegXCalendar",
    columns: COLUMNS,
    widths: WIDTHS,
    data: { rows: s.calendar.entries.map(entryRow), count: s.calendar.entries.length },
    tabColor: "C65911",
    fitWidth: true,
  });
}
