/** NPV of the investor's workout for a table's loan, with assumptions checked once for the table. */
import { loanNpv, type LoanNpv } from "../../core/programs/loan-npv";
import type { Result } from "../../core/result";
import type { LoanRecord } from "../loan/parse-field";
import type { Evaluation } from "../../core/programs/evaluation";
import type { NpvAssumptions } from "../../core/rules/npv-2026";

export type { LoanNpv };

/** The NPV test with assumptions already checked and options already evaluated (a tape's rows). */
export function npvWith(
  record: LoanRecord,
  assumptions: NpvAssumptions,
  evaluated: Readonly<Record<string, Evaluation>>
): Result<LoanNpv> {
  return loanNpv(record, assumptions, evaluated);
}
