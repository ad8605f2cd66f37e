/**
 * The settings a worksheet is prepared under: the as-of date (a document is dated by it, never by the
 * clock), who prepared it, and the market rates a loan's row may lack. A column of the loan's row
 * wins over a setting; the setting fills only what the row leaves blank, and the audit block says
 * which settings were used.
 */
import Decimal from "decimal.js";
import type { CalendarDate } from "../../../core/calendar-date";
import type { ResolvedSettings } from "../../../core/portfolio/settings";
import { readLoanRecord, type LoanRecord } from "../../../core/record";
import type { NpvAssumptions } from "../../../core/rules/npv-2026";

export interface CaseSettings {
  /** The evaluation date: the notice date, and the day deadlines and days delinquent count from. */
  readonly asOf: CalendarDate;
  /** The preparer's name, shown on every document. */
  readonly preparedBy?: string;
  /** Freddie Mac's PMMS 30-year rate, a fraction (0.0625): the NPV discount base, the market rate base. */
  readonly pmms?: Decimal;
  /** The GSE modification interest rate, a fraction. */
  readonly modRate?: Decimal;
  /** NPV assumptions other than the dated defaults (a loan's own assumption columns still win). */
  readonly npvAssumptions?: NpvAssumptions;
}

/** The case settings before a loan is known: without an as-of date when no setting gives one. */
export type CaseDefaults = Omit<CaseSettings, "asOf"> & { readonly asOf?: CalendarDate };

/**
 * The case settings the resolved settings give (the task pane's Settings, the command line's
 * --as-of, --pmms, --mod-rate and --npv): their values for a loan's row read by the record parser,
 * as a row with those columns would be, the NPV assumptions, and the preparer.
 */
export function caseDefaults(resolved: ResolvedSettings, preparedBy?: string): CaseDefaults {
  const { record } = readLoanRecord(
    resolved.defaults.map((d) => d.header),
    resolved.defaults.map((d) => d.value)
  );
  return {
    asOf: record.as_of_date,
    preparedBy: preparedBy?.trim() || undefined,
    pmms: record.market_rate,
    modRate: record.mod_rate,
    npvAssumptions: resolved.assumptions,
  };
}

/** A setting the record took, for the audit block: the field it filled and the value. */
export interface SettingUse {
  readonly field: "as_of_date" | "market_rate" | "mod_rate";
  readonly label: string;
  readonly value: CalendarDate | Decimal;
  /** "row" when the loan's own column was used, "settings" when the setting filled it. */
  readonly from: "row" | "settings";
}

/** The record with the settings filling what its row left blank, and what came from where. */
export function withSettings(
  record: LoanRecord,
  settings: CaseSettings
): { readonly record: LoanRecord; readonly used: readonly SettingUse[] } {
  const used: SettingUse[] = [];
  const fill: { -readonly [K in keyof LoanRecord]?: LoanRecord[K] } = {};
  if (record.as_of_date) {
    used.push({ field: "as_of_date", label: "As-of date", value: record.as_of_date, from: "row" });
  } else {
    fill.as_of_date = settings.asOf;
    used.push({ field: "as_of_date", label: "As-of date", value: settings.asOf, from: "settings" });
  }
  if (record.market_rate !== undefined) {
    const label = record.market_rate_basis === "PMMS" ? "PMMS" : "Market rate";
    used.push({ field: "market_rate", label, value: record.market_rate, from: "row" });
  } else if (settings.pmms !== undefined) {
    fill.market_rate = settings.pmms;
    fill.market_rate_basis = "PMMS";
    used.push({ field: "market_rate", label: "PMMS", value: settings.pmms, from: "settings" });
  }
  if (record.mod_rate !== undefined) {
    used.push({
      field: "mod_rate",
      label: "Modification rate",
      value: record.mod_rate,
      from: "row",
    });
  } else if (settings.modRate !== undefined) {
    fill.mod_rate = settings.modRate;
    used.push({
      field: "mod_rate",
      label: "Modification rate",
      value: settings.modRate,
      from: "settings",
    });
  }
  // A new object: facts the engine keeps on a record belong to the record they were read from.
  return { record: { ...record, ...fill }, used };
}
