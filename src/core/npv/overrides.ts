import Decimal from "decimal.js";
import { Cell, isBlank, parseWhole, MAX_TERM_MONTHS } from "../input";
import { Issue, Result, failWith, ok } from "../result";
import { NpvAssumptions, NpvParams, StateTimeline } from "../rules/npv-2026";
import { PARAM_NAMES, readParam } from "./params";

/** Field by field overrides of the assumptions: a parameter by its name, timelines by state code. */
export type NpvOverrides = { readonly [K in keyof NpvParams]?: Cell | Decimal } & {
  readonly state_timeline_months?: Readonly<Record<string, Cell | Decimal>>;
};

/**
 * The base assumptions with the user's overrides. Each override is read like any input; every bad
 * one is reported as an issue naming its field (`reo_discount`, `state_timeline_months.CA`, ...).
 * Blank overrides leave the default. The id and version stay the base's; `overridden` lists what was
 * replaced, and every result shows "override" as those values' source.
 */
export function withOverrides(
  base: NpvAssumptions,
  overrides: NpvOverrides
): Result<NpvAssumptions> {
  const issues: Issue[] = [];
  const params: Record<string, string | number> = { ...base.params };
  const paramSources: Record<string, string> = { ...base.paramSources };
  const stateTimelines: Record<string, StateTimeline> = { ...base.stateTimelines };
  const overridden: string[] = [...base.overridden];
  const mark = (name: string) => {
    if (!overridden.includes(name)) overridden.push(name);
  };

  for (const key of Object.keys(overrides ?? {})) {
    const v = (overrides as Record<string, unknown>)[key];
    if (key === "state_timeline_months") {
      if (isBlank(v)) continue;
      if (typeof v !== "object" || Array.isArray(v)) {
        issues.push({
          code: "VALUE",
          field: key,
          value: v,
          reason: `${key} must map state codes to months`,
        });
        continue;
      }
      for (const [code, months] of Object.entries(v as Record<string, unknown>)) {
        if (isBlank(months)) continue;
        const field = `state_timeline_months.${code}`;
        const s = code.trim().toUpperCase();
        if (!Object.prototype.hasOwnProperty.call(base.stateTimelines, s)) {
          issues.push({
            code: "VALUE",
            field,
            value: code,
            reason: `${field}: ${JSON.stringify(code)} is not a state or territory code of the timeline table`,
          });
          continue;
        }
        const r = parseWhole(months, field, { min: 0, max: MAX_TERM_MONTHS, unit: "months" });
        if (!r.ok) issues.push(...r.issues);
        else {
          stateTimelines[s] = {
            months: r.value,
            days: null,
            method: base.stateTimelines[s].method,
            source: "override",
          };
          mark(`state_timeline_months.${s}`);
        }
      }
      continue;
    }
    if (!(PARAM_NAMES as string[]).includes(key)) {
      issues.push({
        code: "VALUE",
        field: key,
        value: v,
        reason: `${key} is not an NPV assumption (known: ${PARAM_NAMES.join(", ")}, state_timeline_months)`,
      });
      continue;
    }
    if (isBlank(v)) continue;
    const name = key as keyof NpvParams;
    const r = readParam(name, v);
    if (!r.ok) issues.push(...r.issues);
    else {
      params[name] = r.value;
      paramSources[name] = `override (${base.id} default ${String(base.params[name])})`;
      mark(name);
    }
  }
  if (issues.length) return failWith(issues);
  return ok({
    ...base,
    params: params as unknown as NpvParams,
    paramSources: paramSources as unknown as NpvAssumptions["paramSources"],
    stateTimelines,
    overridden,
  });
}
