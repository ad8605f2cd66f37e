/**
 * The Settings page's checks: the core's settings resolver reads the market inputs and the NPV
 * assumptions (the NPV rule set's own checks give the bounds); each problem is a sentence keyed by
 * the setting it belongs to.
 */
import { NPV_2026 } from "../../core/rules/npv-2026";
import { fractionAsPercent } from "../loan/field-table";
import type { SettingsValues } from "../workbook/host-types";
import { problemsBySetting, resolvePaneSettings } from "./case-settings";

export type SettingProblems = Readonly<Record<string, string>>;

export function checkSettings(settings: SettingsValues): SettingProblems {
  const r = resolvePaneSettings(settings);
  return r.ok ? {} : problemsBySetting(r.issues);
}

/** The NPV rule set's default for a setting, as the form's placeholder ("2.5%", "12"). */
export function npvDefaultText(name: string): string {
  const v = (NPV_2026.params as unknown as Record<string, string | number>)[name];
  if (v === undefined) return "";
  return typeof v === "number" ? String(v) : fractionAsPercent(v);
}
