import Decimal from "decimal.js";
import { D } from "../money";
import { pct, usd } from "../programs/display";
import { TAPE_CHECKS } from "../rules/tape-checks";
import { CalendarDate, formatIsoDate, toDayNumber } from "../calendar-date";
import { LoanRecord } from "../record";
import { FieldName } from "../record-fields";
import { wholeMonthsBetween } from "../programs/loan-facts";
import { TapeIssue } from "./tape-issue";

/**
 * Values the record's parser accepts (it takes any amount up to 1e13 dollars and any rate up to
 * 100%, as the modelling functions do) but that no row of a servicing tape can hold: the tape check
 * rejects them instead of evaluating a typo. Each bound says why it is a bound, so a rejected row's
 * reason can be acted on.
 */

/** The rates a tape row holds; each must be a mortgage rate (TAPE-CHECKS). */
const RATE_FIELDS: readonly FieldName[] = ["note_rate", "mod_rate", "market_rate"];
const MAX_RATE = new D(TAPE_CHECKS.params.maxMortgageRate);
const MAX_RATE_SHOWN = pct(MAX_RATE, 0);
const MAX_UPB_CENTS = TAPE_CHECKS.params.maxUpbDollars * 100;
const MAX_UPB_SHOWN = usd(MAX_UPB_CENTS);

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
    const v = record[field] as Decimal | undefined;
    if (v !== undefined && v.gt(MAX_RATE))
      add(
        field,
        v.toNumber(),
        `${field}: ${pct(v)} is above ${MAX_RATE_SHOWN}, not a mortgage rate (${TAPE_CHECKS.id})`
      );
  }
  if (record.upb !== undefined && record.upb > MAX_UPB_CENTS)
    add(
      "upb",
      record.upb / 100,
      `upb: ${usd(record.upb)} is more than ${MAX_UPB_SHOWN}, above any one-to-four-family first lien (${TAPE_CHECKS.id})`
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
