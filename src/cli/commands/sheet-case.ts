import { formatIsoDate } from "../../core/calendar-date";
import { resolveSettings } from "../../core/portfolio";
import { LoanRecord } from "../../core/record";
import { TapeIssue, plausibilityIssues } from "../../core/tape";
import { LoanCase, loanCase } from "../../report/sheets";
import { caseDefaults, type CaseDefaults } from "../../report/sheets/case/settings";
import { usageError } from "../cli-error";
import { OPTION_LABELS, RunOptions } from "../run-options";

/**
 * The settings a worksheet is prepared under, from the command line: --as-of, --pmms and --mod-rate
 * (checked when the options were read), the NPV assumptions with any --npv, and --preparer. They
 * fill only what a loan's row leaves blank; the document's audit block says which values came from
 * the row and which from the options.
 */
export function sheetSettings(options: RunOptions, preparer?: string): CaseDefaults {
  const resolved = resolveSettings(options.settings, OPTION_LABELS);
  if (!resolved.ok) throw usageError(resolved.issues[0].reason);
  return caseDefaults(resolved.value, preparer);
}

/**
 * A checked loan's case, or the problems that keep it from having one, as exceptions of its row: no
 * as-of date (the row's as_of_date is blank and no --as-of was given: a document is dated by it), or
 * a value the settings filled that the tape's plausibility checks refuse (an --as-of before the
 * loan's origination).
 */
export function caseOfRow(
  row: number,
  record: LoanRecord,
  settings: CaseDefaults
): { ok: true; value: LoanCase } | { ok: false; issues: TapeIssue[] } {
  const loanId = record.loan_id;
  const asOf = record.as_of_date ?? settings.asOf;
  if (!asOf)
    return {
      ok: false,
      issues: [
        {
          row,
          loanId,
          code: "NA",
          field: "as_of_date",
          reason:
            "as_of_date is blank and no --as-of was given: a worksheet is dated by its as-of date (give --as-of YYYY-MM-DD)",
        },
      ],
    };
  const c = loanCase(record, { ...settings, asOf });
  if (!c.ok)
    return {
      ok: false,
      issues: c.issues.map((i) => ({
        row,
        loanId,
        code: i.code,
        field: i.field ?? "row",
        value: i.value,
        reason: i.reason,
      })),
    };
  if (c.value.settingsUsed.some((u) => u.from === "settings")) {
    const issues = plausibilityIssues(c.value.record, row, loanId);
    if (issues.length) return { ok: false, issues };
  }
  return c;
}

/** When the row's as_of_date dates the document though --as-of gave another date: a note saying so. */
export function asOfNote(c: LoanCase, settings: CaseDefaults): string | undefined {
  const used = c.settingsUsed.find((u) => u.field === "as_of_date");
  if (
    !settings.asOf ||
    used?.from !== "row" ||
    formatIsoDate(c.asOf) === formatIsoDate(settings.asOf)
  )
    return undefined;
  return `Note: loan ${JSON.stringify(c.loanId)}'s row gives as_of_date ${formatIsoDate(c.asOf)}, which dates the worksheet; --as-of ${formatIsoDate(settings.asOf)} fills only a blank as_of_date.`;
}
