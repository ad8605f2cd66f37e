import { LoanRecord, readLoanRecord } from "../../../src/core/record";

/** A loan record from field/value pairs, read through the real record parser. */
export function loan(fields: Record<string, number | string | boolean>): LoanRecord {
  const reading = readLoanRecord(Object.keys(fields), Object.values(fields));
  if (!reading.ok) throw new Error(`test record does not read: ${JSON.stringify(reading.issues)}`);
  return reading.record;
}

/** The facts every GSE example shares: a delinquent, seasoned, never-modified loan. */
export const SEASONED = {
  months_delinquent: 3,
  origination_date: "2019-03-01",
  as_of_date: "2026-11-01",
  prior_modifications: 0,
} as const;
