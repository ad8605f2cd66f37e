/**
 * Due dates a document derives from the loan: the loan's payment day, the next installment due after
 * the as-of date, and the current maturity date.
 */
import { CalendarDate, addMonths, daysInMonth } from "../../../core/calendar-date";
import type { LoanCase } from "./loan-case";

/** The day of the month the loan's installments fall due: the next due date's day, else the 1st. */
export function paymentDay(c: LoanCase): number {
  return c.record.next_due_date?.day ?? 1;
}

/** The first installment due strictly after `date`, on the loan's payment day. */
export function nextDueAfter(c: LoanCase, date: CalendarDate = c.asOf): CalendarDate {
  const day = paymentDay(c);
  const inMonth = (y: number, m: number): CalendarDate => ({
    year: y,
    month: m,
    day: Math.min(day, daysInMonth(y, m)),
  });
  const same = inMonth(date.year, date.month);
  if (same.day > date.day) return same;
  const next = addMonths({ year: date.year, month: date.month, day: 1 }, 1);
  return inMonth(next.year, next.month);
}

/**
 * The current maturity date: the last of the remaining installments, counted from the next
 * installment due after the as-of date. Undefined when the remaining term is not given.
 */
export function currentMaturity(c: LoanCase): CalendarDate | undefined {
  const n = c.record.remaining_term;
  if (n === undefined || n < 1) return undefined;
  return addMonths(nextDueAfter(c), n - 1);
}

/** The last installment of `term` monthly installments, the first due on `firstDue`. */
export function maturityFrom(firstDue: CalendarDate, term: number): CalendarDate {
  return addMonths(firstDue, Math.max(0, term - 1));
}
