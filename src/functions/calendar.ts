import {
  Cell,
  Out,
  RecordOutcome,
  arg,
  date,
  dateCell,
  issueOf,
  perRow,
  recordFunction,
  required,
  wholeNumber,
} from "./cells";
import { Issue } from "../core/result";
import { addBusinessDays } from "../core/regx/business-days";
import { regxDates, REGX_FIELDS } from "../core/regx/deadlines";
import { mapHeaders, readRow } from "../core/record";
import { CalendarDate, toExcelSerial } from "../core/calendar-date";

/**
 * Regulation X deadlines for a loan, as Excel dates: live contact, written notice, first filing, acknowledgement, evaluation; plus whether an appeal is available, the acceptance window and days delinquent. Without field, spills a two-column table.
 * @customfunction REGXDATES
 * @helpurl https://localhost:3000/help/regxdates.html
 * @param headers The loan record's field names: a header row (e.g. Tape[#Headers]), or a column of names.
 * @param values The loan's values (e.g. Tape[@]); several rows for a whole tape when field is given.
 * @param [field] One result field: live_contact_by, written_notice_by, first_filing_from, acknowledge_by, evaluate_by, appeal_available, acceptance_days, days_delinquent.
 * @returns The deadlines table, or the one field (a column for a tape).
 */
export function regxdates(headers: any[][], values: any[][], field?: any[][]): any[][] {
  const names = [...REGX_FIELDS];
  return recordFunction("LM.REGXDATES", names, headers, values, field, (h) => {
    const map = mapHeaders(h);
    return (row: readonly Cell[]): RecordOutcome | Issue => {
      const reading = readRow(map, row);
      if (!reading.ok) return reading.issues[0];
      const d = regxDates(reading.record);
      const fields: Record<string, Out | undefined> = {};
      for (const name of names) {
        const v = d[name];
        fields[name] =
          v === undefined ? undefined : typeof v === "object" ? dateCell(v as CalendarDate) : v;
      }
      const audit: [string, string][] = [["rule_set", d.rule_set]];
      for (const name of names) if (d.notes[name]) audit.push([`note: ${name}`, d.notes[name]!]);
      return { audit, fields };
    };
  });
}

/**
 * The date a number of business days after (or before, when negative) a start date, skipping weekends and federal legal public holidays (observed), as Regulation X counts them. The start day is not counted; like WORKDAY without a holiday list.
 * @customfunction BUSINESSDAYS
 * @helpurl https://localhost:3000/help/businessdays.html
 * @param start_date The day to count from (an Excel date).
 * @param days How many business days on (a whole number; negative counts back).
 * @returns An Excel date (format the cell as a date); a column when any argument is a column.
 */
export function businessdays(start_date: any[][], days: any[][]): any[][] {
  return perRow(
    [arg("start_date", required(date)), arg("days", required(wholeNumber))] as const,
    [start_date, days],
    (start, n) => {
      const r = addBusinessDays(start, n);
      return r.ok ? toExcelSerial(r.value) : issueOf(r);
    }
  );
}
