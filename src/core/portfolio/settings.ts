import { Cell } from "../record";
import { Issue, Result, failWith, ok, relabel } from "../result";
import { NpvOverrides, withOverrides } from "../npv";
import { NPV_2026, NpvAssumptions } from "../rules/npv-2026";
import { ColumnDefault, checkTape } from "../tape";

/**
 * The market settings a tape may lack, given once for a run: the command line's --pmms, --mod-rate,
 * --as-of and --npv, the task pane's Settings page. The tape's own column wins for its loan; a blank
 * cell, or a column the tape lacks, takes the setting.
 */
export interface MarketSettings {
  /** Freddie Mac's PMMS 30-year rate: the NPV discount base and the market rate FHA, VA and HAMP round from. */
  readonly pmms?: Cell;
  /** The GSE modification interest rate (Flex). */
  readonly modRate?: Cell;
  /** The evaluation date (ISO text or an Excel serial): loan age, days delinquent, Reg X. */
  readonly asOfDate?: Cell;
  /** NPV assumption overrides by name (spread, reo_discount, redefault_probability, ...). */
  readonly npv?: Readonly<Record<string, Cell>>;
}

/** How the caller names each setting in messages ("--pmms", "Settings: PMMS"). */
export interface SettingLabels {
  readonly pmms: string;
  readonly modRate: string;
  readonly asOfDate: string;
  readonly npv: string;
}

export const PLAIN_LABELS: SettingLabels = {
  pmms: "pmms",
  modRate: "mod_rate",
  asOfDate: "as_of_date",
  npv: "npv",
};

export interface ResolvedSettings {
  /** The per-loan settings, as cells a blank tape cell takes. */
  readonly defaults: readonly ColumnDefault[];
  /** The NPV assumptions every loan starts from (a loan's own assumption columns override them). */
  readonly assumptions: NpvAssumptions;
}

/** Each per-loan setting: the tape header it stands for. `PMMS` makes market_rate PMMS itself. */
const CELL_SETTINGS = [
  { key: "pmms", header: "PMMS" },
  { key: "modRate", header: "mod_rate" },
  { key: "asOfDate", header: "as_of_date" },
] as const;

/**
 * Checks the settings once, with the same parser and checks as a tape row, so a bad value is one
 * message naming the setting rather than a rejection on every row.
 */
export function resolveSettings(
  settings: MarketSettings,
  labels: SettingLabels = PLAIN_LABELS
): Result<ResolvedSettings> {
  const issues: Issue[] = [];
  const defaults: ColumnDefault[] = [];
  for (const { key, header } of CELL_SETTINGS) {
    const value = settings[key];
    if (value === undefined || value === null || value === "") continue;
    const label = labels[key];
    const check = checkTape(["loan_id", header], [["settings", value]]);
    const problems = check.issues.filter((i) => i.field !== "loan_id");
    if (problems.length) {
      for (const p of problems)
        issues.push({
          code: p.code,
          field: label,
          value,
          reason: relabel(p, label),
        });
      continue;
    }
    defaults.push({ header, value, source: label });
  }
  let assumptions = NPV_2026;
  const npv = settings.npv ?? {};
  if (Object.keys(npv).length) {
    const r = withOverrides(NPV_2026, npv as NpvOverrides);
    if (r.ok) assumptions = r.value;
    else
      for (const i of r.issues)
        issues.push({
          ...i,
          field: `${labels.npv} ${i.field ?? ""}`.trim(),
          reason: `${labels.npv}: ${i.reason}`,
        });
  }
  return issues.length ? failWith(issues) : ok({ defaults, assumptions });
}
