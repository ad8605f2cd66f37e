/**
 * Settings checked field by field with the core's parsers: the market inputs as loan-record fields,
 * the NPV assumptions as overrides of the NPV rule set (whose own checks give the bounds). Each
 * problem is a sentence keyed by the setting it belongs to.
 */
import { withOverrides, type NpvOverrides } from "../../core/npv";
import { NPV_2026, type NpvAssumptions } from "../../core/rules/npv-2026";
import { failWith, ok, type Result } from "../../core/result";
import { fractionAsPercent } from "../loan/field-table";
import { parseAs, parseFractionText, parseMonthsText } from "../loan/parse-field";
import type { SettingsValues } from "../workbook/host-types";
import { SETTING_FIELDS } from "./settings-fields";

export type SettingProblems = Readonly<Record<string, string>>;

/** The NPV assumptions the settings give (the rule set's defaults for any left blank). */
export function npvAssumptions(settings: SettingsValues): Result<NpvAssumptions> {
  const overrides: Record<string, string | number> = {};
  const issues = [];
  for (const f of SETTING_FIELDS) {
    if (f.group !== "npv") continue;
    const text = (settings[f.name] ?? "").trim();
    if (text === "") continue;
    const parsed =
      f.kind.type === "months" ? parseMonthsText(f.label, text) : parseFractionText(f.label, text);
    if (!parsed.ok)
      issues.push({ code: "VALUE" as const, field: f.name, value: text, reason: parsed.reason });
    else
      overrides[f.name] = typeof parsed.value === "number" ? parsed.value : parsed.value.toString();
  }
  if (Object.keys(overrides).length === 0) return issues.length ? failWith(issues) : ok(NPV_2026);
  // The NPV model's own checks give the bounds of the values that read.
  const applied = withOverrides(NPV_2026, overrides as NpvOverrides);
  if (applied.ok && issues.length === 0) return applied;
  return failWith([...issues, ...(applied.ok ? [] : applied.issues)]);
}

export function checkSettings(settings: SettingsValues): SettingProblems {
  const problems: Record<string, string> = {};
  for (const f of SETTING_FIELDS) {
    const text = (settings[f.name] ?? "").trim();
    if (text === "" || f.kind.type !== "record") continue;
    const parsed = parseAs(f.kind.as, f.label, text);
    if (!parsed.ok) problems[f.name] = parsed.reason;
  }
  const npv = npvAssumptions(settings);
  if (!npv.ok) {
    for (const issue of npv.issues) {
      const f = SETTING_FIELDS.find((s) => s.name === issue.field);
      if (f && !problems[f.name]) problems[f.name] = withLabel(issue.reason, f.name, f.label);
    }
  }
  return problems;
}

function withLabel(reason: string, name: string, label: string): string {
  return reason.startsWith(label) ? reason : reason.replace(new RegExp(`^${name}\\b`), label);
}

/** The NPV rule set's default for a setting, as the form's placeholder ("2.5%", "12"). */
export function npvDefaultText(name: string): string {
  const v = (NPV_2026.params as unknown as Record<string, string | number>)[name];
  if (v === undefined) return "";
  return typeof v === "number" ? String(v) : fractionAsPercent(v);
}
