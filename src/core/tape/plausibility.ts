import { CalendarDate, formatIsoDate, toDayNumber } from "../calendar-date";
import { LoanRecord } from "../record";
import { FieldName } from "../record-fields";
import { wholeMonthsBetween } from "../programs/loan-facts";
import { TapeIssue } from "./tape-issue";
import { fraction, moneyCents } from "./record-money";

/**
 * Values the record's parser accepts (it takes any amount up to 1e13 dollars and any rate up to
 * 100%, as the modelling functions do) but that no row of a servicing tape can hold: the tape check
 * rejects them instead of evaluating a typo. Each bound says why it is a bound, so a rejected row's
 * reason can be acted on.
 */

/** Annual mortgage rates above 25% are not note rates, market rates or modification rates. */
const RATE_FIELDS: readonly FieldName[] = ["note_rate", "mod_rate", "market_rate"];
const MAX_RATE = 0.25;

/** $100 million: above any one-to-four-family first lien; a larger "UPB" is a misplaced column or a total. */
const MAX_UPB_CENTS = 100_000_000 * 100;

/** Pairs of dates that must come in this order: [earlier, later, why]. */
const DATE_ORDER: readonly (readonly [FieldName, FieldName, string])[] = [
  ["origination_date", "as_of_date", "a loan cannot be originated after the evaluation date"],
  ["origination_date", "next_due_date", "a payment cannot fall due before the loan was made"],
  [
    "application_received_date",
    "application_complete_date",
    "an application cannot be complete before it was received",
  ],
  [
    "application_received_date",
    "as_of_date",
    "an application cannot be received after the evaluation date",
  ],
  ["value_date", "as_of_date", "a property cannot be valued after the evaluation date"],
];

export function plausibilityIssues(
  record: LoanRecord,
  row: number,
  loanId: string | undefined
): TapeIssue[] {
  const issues: TapeIssue[] = [];
  const add = (field: string, value: unknown, reason: string) =>
    issues.push({ row, loanId, code: "VALUE", field, value, reason });

  for (const field of RATE_FIELDS) {
    const v = record[field] as Parameters<typeof fraction>[0] | undefined;
    if (v !== undefined && (typeof v === "number" ? v > MAX_RATE : v.gt(MAX_RATE)))
      add(
        field,
        fraction(v),
        `${field}: ${(fraction(v) * 100).toFixed(3)}% is above ${MAX_RATE * 100}%, not a mortgage rate`
      );
  }
  if (record.upb !== undefined && moneyCents(record.upb) > MAX_UPB_CENTS)
    add(
      "upb",
      moneyCents(record.upb) / 100,
      `upb: ${moneyCents(record.upb) / 100} is more than $100 million, above any one-to-four-family first lien`
    );

  for (const [earlier, later, why] of DATE_ORDER) {
    const a = record[earlier] as CalendarDate | undefined;
    const b = record[later] as CalendarDate | undefined;
    if (a && b && toDayNumber(a) > toDayNumber(b))
      add(
        earlier,
        formatIsoDate(a),
        `${earlier} ${formatIsoDate(a)} is after ${later} ${formatIsoDate(b)}: ${why}`
      );
  }

  // Whole payments past due cannot outnumber the payments the loan has had time to fall due.
  const md = record.months_delinquent;
  if (md !== undefined && record.origination_date && record.as_of_date) {
    const age = wholeMonthsBetween(record.origination_date, record.as_of_date);
    if (age >= 0 && md > age)
      add(
        "months_delinquent",
        md,
        `months_delinquent: ${md} payments past due on a loan ${age} months old`
      );
  }
  return issues;
}
