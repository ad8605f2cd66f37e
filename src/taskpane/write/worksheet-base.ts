import type { Analysis } from "../options/use-analysis";
import type { SettingsValues, WorksheetKind } from "../workbook/host-types";
import type { WorksheetInput } from "./worksheet-input";

/** The part of every worksheet's input the analysis and the settings give. */
export function worksheetBase(
  kind: WorksheetKind,
  analysis: Extract<Analysis, { status: "ready" }>,
  settings: SettingsValues
): WorksheetInput {
  return {
    kind,
    record: analysis.record,
    comparison: analysis.comparison,
    npv: analysis.npv,
    regx: analysis.regx,
    asOf: analysis.record.as_of_date,
    preparedBy: (settings.preparer ?? "").trim(),
  };
}
