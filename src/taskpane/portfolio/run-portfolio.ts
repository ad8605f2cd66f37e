/**
 * A table of loans through the engine, as `lm-workbench report` runs a tape: every row checked with
 * the workbook's settings as defaults (a value in the loan's own column wins), every accepted loan
 * through its investor's waterfall, the NPV test and the Reg X dates, the summary tallied, and the
 * portfolio report built as a sheet model for the host to write. Runs in the Portfolio page's worker.
 */
import type { MarketSettings, SettingLabels } from "../../core/portfolio";
import { parseIsoDate } from "../../core/calendar-date";
import { portfolioReport, runTable } from "../../report/portfolio";
import { issueValueText } from "../../report/portfolio/exceptions-table";
import { asOfDate } from "../settings/loan-defaults";
import { SETTING_FIELDS } from "../settings/settings-fields";
import type { SettingsValues } from "../workbook/host-types";
import type { PortfolioRequest, PortfolioResult } from "./protocol";

/** Problems listed in the pane; the report's Exceptions sheet holds every one. */
export const SHOWN_EXCEPTIONS = 200;

const LABELS: SettingLabels = {
  pmms: "Settings: PMMS",
  modRate: "Settings: GSE modification rate",
  asOfDate: "Settings: as-of date",
  npv: "Settings: NPV",
};

/** The workbook's settings as the market settings of a run, and as the audit block lists them. */
export function marketSettings(
  settings: SettingsValues,
  today: string
): { readonly market: MarketSettings; readonly used: [string, string][] } {
  const text = (name: string) => (settings[name] ?? "").trim();
  const npv: Record<string, string> = {};
  const used: [string, string][] = [];
  for (const f of SETTING_FIELDS) {
    const value = f.name === "as_of_date" ? asOfDate(settings, today) : text(f.name);
    if (value === "" || f.group === "preparer") continue;
    used.push([f.label, value]);
    if (f.group === "npv") npv[f.name] = value;
  }
  return {
    market: {
      pmms: text("pmms") || undefined,
      modRate: text("mod_rate") || undefined,
      asOfDate: asOfDate(settings, today),
      ...(Object.keys(npv).length ? { npv } : {}),
    },
    used,
  };
}

export type PortfolioOutcome =
  | { readonly ok: true; readonly result: PortfolioResult }
  | { readonly ok: false; readonly reason: string };

export function runPortfolio(
  request: PortfolioRequest,
  progress: (done: number, total: number) => void
): PortfolioOutcome {
  const { market, used } = marketSettings(request.settings, request.today);
  const run = runTable(request.headers, request.rows, {
    headerRow: request.firstRow - 1,
    settings: market,
    labels: LABELS,
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
    settings: used,
    asOf: parseIsoDate(asOfDate(request.settings, request.today)),
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
