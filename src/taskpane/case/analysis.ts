/**
 * The current loan's case, worked out once for every page: the same `LoanCase` the worksheets are
 * built from (src/report/sheets/case), so what a page shows and what its worksheet holds come from
 * one computation and cannot differ. Computed again only when the loan or the settings change.
 */
import { loanCase, type LoanCase } from "../../report/sheets/case/loan-case";
import type { LoanReading } from "../loan/loan-reading";

export type { LoanCase };

/** A sentence a page shows for a loan it cannot work on. */
export interface Problem {
  readonly reason: string;
}

export type Analysis =
  | { readonly status: "no-loan" }
  | { readonly status: "loading" }
  /** The loan's fields (or the workbook's settings, `cause: "settings"`) do not read. */
  | {
      readonly status: "invalid";
      readonly issues: readonly Problem[];
      readonly cause: "loan" | "settings";
    }
  | { readonly status: "ready"; readonly case: LoanCase };

export type Ready = Extract<Analysis, { status: "ready" }>;

let last: { reading: LoanReading; analysis: Analysis } | undefined;

export function analyse(reading: LoanReading): Analysis {
  if (last && last.reading === reading) return last.analysis;
  const analysis = caseOf(reading);
  last = { reading, analysis };
  return analysis;
}

function caseOf(reading: LoanReading): Analysis {
  if (reading.issues.length) return { status: "invalid", issues: reading.issues, cause: "loan" };
  if (!reading.settings.ok)
    return { status: "invalid", issues: reading.settings.issues, cause: "settings" };
  const c = loanCase(reading.row, reading.settings.value);
  return c.ok
    ? { status: "ready", case: c.value }
    : { status: "invalid", issues: c.issues, cause: "loan" };
}
