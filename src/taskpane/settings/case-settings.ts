/**
 * The workbook's settings as the core takes them: the market inputs and the NPV assumptions checked
 * once by the core's settings resolver (the command line's --pmms, --mod-rate, --as-of and --npv go
 * through the same one), and the settings a loan's case is prepared under.
 */
import {
  resolveSettings,
  type MarketSettings,
  type ResolvedSettings,
  type SettingLabels,
} from "../../core/portfolio/settings";
import { ok, relabel, type Issue, type Result } from "../../core/result";
import { caseDefaults, type CaseSettings } from "../../report/sheets/case/settings";
import type { SettingsValues } from "../workbook/host-types";
import { SETTING_FIELDS } from "./settings-fields";

function labelOf(name: string): string {
  return SETTING_FIELDS.find((f) => f.name === name)?.label ?? name;
}

/** How the resolver names each setting in its messages and notes: as the Settings page labels it. */
export const SETTING_LABELS: SettingLabels = {
  pmms: labelOf("pmms"),
  modRate: labelOf("mod_rate"),
  asOfDate: labelOf("as_of_date"),
  npv: "NPV",
};

/** The settings as the resolver takes them; the as-of date is `today` when none is set. */
export function marketSettings(values: SettingsValues, today?: string): MarketSettings {
  const text = (name: string) => (values[name] ?? "").trim();
  const npv: Record<string, string> = {};
  for (const f of SETTING_FIELDS) if (f.group === "npv" && text(f.name)) npv[f.name] = text(f.name);
  return {
    pmms: text("pmms") || undefined,
    modRate: text("mod_rate") || undefined,
    asOfDate: text("as_of_date") || today || undefined,
    npv,
  };
}

/** The settings checked by the core's resolver: each bad one an issue named by its label. */
export function resolvePaneSettings(
  values: SettingsValues,
  today?: string
): Result<ResolvedSettings> {
  return resolveSettings(marketSettings(values, today), SETTING_LABELS);
}

/** The resolver's issues keyed by the setting at fault, each said with the setting's label. */
export function problemsBySetting(issues: readonly Issue[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues) {
    const market = SETTING_FIELDS.find((f) => f.label === issue.field);
    if (market) {
      out[market.name] ??= issue.reason;
      continue;
    }
    const npvPrefix = `${SETTING_LABELS.npv} `;
    const name = issue.field?.startsWith(npvPrefix) ? issue.field.slice(npvPrefix.length) : "";
    if (!SETTING_FIELDS.some((f) => f.name === name)) continue;
    // The resolver says "NPV: spread: ..." for the assumption `spread`.
    const field = `${SETTING_LABELS.npv}: ${name}`;
    out[name] ??= relabel({ ...issue, field }, labelOf(name));
  }
  return out;
}

/**
 * What a loan's case is prepared under: the as-of date (the setting, else `today`), the market
 * rates a loan's row may lack, the NPV assumptions and the preparer.
 */
export function caseSettings(values: SettingsValues, today: string): Result<CaseSettings> {
  const resolved = resolvePaneSettings(values, today);
  if (!resolved.ok) return resolved;
  const settings = caseDefaults(resolved.value, values.preparer);
  return ok({ ...settings, asOf: settings.asOf! });
}
