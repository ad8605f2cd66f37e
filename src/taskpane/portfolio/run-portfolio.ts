/**
 * A table of loans through the engine, as `lm-workbench report` runs a tape: every row checked with
 * the workbook's settings as defaults (a value in the loan's own column wins), every accepted loan
 * through its investor's waterfall, the NPV test and the Reg X dates, the summary tallied, and the
 * portfolio report built as a sheet model for the host to write. Runs in the Portfolio page's worker.
 */
import { parseIsoDate } from "../../core/calendar-date";
import { portfolioReport, runTable } from "../../report/portfolio";
import { issueValueText } from "../../report/portfolio/exceptions-table";
import { SETTING_LABELS, marketSettings } from "../settings/case-settings";
import { SETTING_FIELDS } from "../settings/settings-fields";
import type { SettingsValues } from "../workbook/host-types";
import type { PortfolioRequest, PortfolioResult } from "./protocol";

/** Problems listed in the pane; the report's Exceptions sheet holds every one. */
export const SHOWN_EXCEPTIONS = 200;

/** The settings a run uses, as the report's audit block lists them: label and value. */
export function settingsUsed(values: SettingsValues, today: string): [string, string][] {
  const market = marketSettings(values, today);
  const used: [string, string][] = [];
  for (const f of SETTING_FIELDS) {
    if (f.group === "preparer") continue;
    const value =
      f.name === "as_of_date" ? String(market.asOfDate ?? "") : (values[f.name] ?? "").trim();
    if (value !== "") used.push([f.label, value]);
  }
  return used;
}

export type PortfolioOutcome =
  | { readonly ok: true; readonly result: PortfolioResult }
  | { readonly ok: false; readonly reason: string };

export function runPortfolio(
  request: PortfolioRequest,
  progress: (done: number, total: number) => void
): PortfolioOutcome {
  const market = marketSettings(request.settings, request.today);
  const run = runTable(request.headers, request.rows, {
    headerRow: request.firstRow - 1,
    settings: market,
    labels: SETTING_LABELS,
    onProgress: progress,
  });
  if (!run.ok)
    return {
      ok: false,
      reason: `Table ${request.table} cannot be run: ${run.issues.map((i) => i.reason).join("; ")}.`,
    };
  const r = run.value;
  const name = `Portfolio report ${request.table}`;
  const model = portfolioReport({
    summary: r.summary,
    tape: `table ${request.table}`,
    program: "AUTO",
    settings: settingsUsed(request.settings, request.today),
    asOf: parseIsoDate(String(market.asOfDate ?? "")),
    perLoan: { rows: r.perLoan, count: r.perLoan.length },
    exceptions: { rows: r.exceptions, count: r.exceptions.length },
    notes: r.notes,
  });
  return {
    ok: true,
    result: {
      table: request.table,
      summary: r.summary,
      exceptions: r.issues.slice(0, SHOWN_EXCEPTIONS).map((i) => ({
        row: i.row,
        loanId: i.loanId ?? "",
        field: i.field,
        value: issueValueText(i.value),
        reason: i.reason,
      })),
      exceptionCount: r.issues.length,
      notes: r.notes,
      report: { name, model },
    },
  };
}
