/**
 * The current loan worked out once for every page: its options side by side, the NPV test and the
 * Reg X dates. Pages share the result; it is computed again only when the loan or the settings change.
 */
import * as React from "react";
import type { Result } from "../../core/result";
import type { LoanRecord, RecordIssue } from "../loan/parse-field";
import { loanRegx, type LoanRegx } from "../notice/loan-regx";
import type { SettingsValues } from "../workbook/host-types";
import { useLoan } from "../workbench/loan-context";
import { useSettings } from "../workbench/settings-context";
import {
  compareOptions,
  isModification,
  type OptionComparison,
  type OptionRow,
} from "./compare-options";
import { npvForLoan, type LoanNpv } from "./loan-npv";

export type Analysis =
  | { readonly status: "no-loan" }
  | { readonly status: "loading" }
  | { readonly status: "invalid"; readonly issues: readonly RecordIssue[] }
  | {
      readonly status: "ready";
      readonly record: LoanRecord;
      readonly comparison: Result<OptionComparison>;
      readonly npv: Result<LoanNpv>;
      readonly regx: LoanRegx;
    };

let last: { record: LoanRecord; settings: SettingsValues; analysis: Analysis } | undefined;

export function analyse(record: LoanRecord, settings: SettingsValues): Analysis {
  if (last && last.record === record && last.settings === settings) return last.analysis;
  const comparison = compareOptions(record);
  const analysis: Analysis = {
    status: "ready",
    record,
    comparison,
    npv: npvForLoan(record, settings, comparison.ok ? comparison.value : undefined),
    regx: loanRegx(record),
  };
  last = { record, settings, analysis };
  return analysis;
}

export function useAnalysis(): Analysis {
  const { reading, draft } = useLoan();
  const { values } = useSettings();
  const none = draft.source.kind === "none";
  return React.useMemo(() => {
    if (none) return { status: "no-loan" };
    if (!reading) return { status: "loading" };
    if (reading.issues.length) return { status: "invalid", issues: reading.issues };
    return analyse(reading.record, values);
  }, [none, reading, values]);
}

/** The modification options of the investor's order that could be evaluated. */
export function modificationOptions(c: OptionComparison): OptionRow[] {
  return c.rows.filter((r) => isModification(r.ruleSet) && r.evaluation?.newPi !== undefined);
}

/** The modification the offer is made on: the one chosen, else the first that works, else the first. */
export function offerOption(
  c: OptionComparison,
  chosen: string | undefined
): OptionRow | undefined {
  const mods = modificationOptions(c);
  return mods.find((r) => r.ruleSet === chosen) ?? mods.find((r) => r.works) ?? mods[0];
}
