/**
 * The loan as the core reads it: the row with the workbook's defaults, through the record parser.
 * Loaded with the engine, after the pane's first screen.
 */
import { withDefaults, type LoanDraft } from "./loan-draft";
import { readLoan, type RecordReading } from "./parse-field";
import type { FieldName } from "./field-table";
import { loanDefaults } from "../settings/loan-defaults";
import type { SettingsValues } from "../workbook/host-types";

export interface LoanReading extends RecordReading {
  /** Fields filled from the workbook's settings because the loan's row has no value for them. */
  readonly defaulted: readonly FieldName[];
}

export function readDraft(draft: LoanDraft, settings: SettingsValues, today: string): LoanReading {
  const row = withDefaults(draft, loanDefaults(settings, today));
  return { ...readLoan(row.headers, row.values), defaulted: row.defaulted };
}
