import { Result, failWith, ok } from "../result";
import { FIELD_NAMES, FieldName, LoanFields } from "../record-fields";
import { LoanRecord, RecordIssue, RecordReading } from "./types";

const MISSING_HINT: { readonly [F in FieldName]?: string } = {
  pi_payment: "give pi_payment, or upb, note_rate and remaining_term to compute it",
  escrow_payment: "give escrow_payment, or taxes_monthly, insurance_monthly and hoa_monthly",
  pre_hardship_pi: "give pre_hardship_pi or pi_payment",
};

/**
 * One `NA` issue per required field the record lacks, naming the field. `purpose` (for example
 * "FLEX-2024") is added to the message.
 */
export function requireFields(
  record: LoanRecord,
  fields: readonly FieldName[],
  purpose?: string
): RecordIssue[] {
  const issues: RecordIssue[] = [];
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i];
    if (record[field] !== undefined || fields.indexOf(field) < i) continue; // each field once
    const hint = MISSING_HINT[field];
    issues.push({
      code: "NA",
      field,
      reason: `${field} is required${purpose ? ` for ${purpose}` : ""} but missing${hint ? ` (${hint})` : ""}`,
    });
  }
  return issues;
}

/** The reading as a Result: the record when there is no issue, else every issue. */
export function recordResult(reading: RecordReading): Result<LoanRecord> {
  return reading.ok ? ok(reading.record) : failWith(reading.issues);
}

/** Only the record's typed fields, in table order (for display and comparison). */
export function recordFields(record: LoanRecord): LoanFields {
  const out: { -readonly [F in FieldName]?: unknown } = {};
  for (const f of FIELD_NAMES) if (record[f] !== undefined) out[f] = record[f];
  return out as LoanFields;
}
