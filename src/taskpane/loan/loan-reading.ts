/**
 * The loan as the core reads it: the row through the record parser, and the settings it is
 * prepared under (the workbook's market inputs and as-of date fill what the row leaves blank; a
 * value in the loan's own column wins). Loaded with the engine, after the pane's first screen.
 */
import type { Result } from "../../core/result";
import { withSettings, type CaseSettings } from "../../report/sheets/case/settings";
import type { LoanDraft } from "./loan-draft";
import { readLoan, type LoanRecord, type RecordReading } from "./parse-field";
import type { FieldName } from "./field-table";
import { caseSettings } from "../settings/case-settings";
import type { SettingsValues } from "../workbook/host-types";

export interface LoanReading extends RecordReading {
  /** The loan's row as read, before any setting fills it: what its case starts from. */
  readonly row: LoanRecord;
  /** The settings the loan is prepared under, or the issues of the settings that do not read. */
  readonly settings: Result<CaseSettings>;
  /** Fields filled from the workbook's settings because the loan's row has no value for them. */
  readonly defaulted: readonly FieldName[];
}

export function readDraft(draft: LoanDraft, settings: SettingsValues, today: string): LoanReading {
  const read = readLoan(draft.headers, draft.values);
  const prepared = caseSettings(settings, today);
  if (!prepared.ok) return { ...read, row: read.record, settings: prepared, defaulted: [] };
  const { record, used } = withSettings(read.record, prepared.value);
  return {
    ...read,
    record,
    row: read.record,
    settings: prepared,
    defaulted: used.filter((u) => u.from === "settings").map((u) => u.field),
  };
}
