/**
 * NPV of the investor's workout against foreclosure and a short sale for one loan, with the
 * workbook's NPV assumptions, reusing the evaluations the comparison already made.
 */
import { loanNpv, type LoanNpv } from "../../core/programs/loan-npv";
import type { Result } from "../../core/result";
import type { LoanRecord } from "../loan/parse-field";
import { npvAssumptions } from "../settings/check-settings";
import type { SettingsValues } from "../workbook/host-types";
import { evaluationsById, type Evaluation, type OptionComparison } from "./compare-options";
import type { NpvAssumptions } from "../../core/rules/npv-2026";

export type { LoanNpv };

export function npvForLoan(
  record: LoanRecord,
  settings: SettingsValues,
  comparison?: OptionComparison
): Result<LoanNpv> {
  const assumptions = npvAssumptions(settings);
  if (!assumptions.ok) return assumptions;
  return loanNpv(record, assumptions.value, comparison ? evaluationsById(comparison) : {});
}

/** The same test with assumptions already checked and options already evaluated (a tape's rows). */
export function npvWith(
  record: LoanRecord,
  assumptions: NpvAssumptions,
  evaluated: Readonly<Record<string, Evaluation>>
): Result<LoanNpv> {
  return loanNpv(record, assumptions, evaluated);
}
