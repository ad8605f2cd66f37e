import { Issue, IssueCode, Result } from "../../core/result";
import { CalendarDate, isExcelDate, toExcelSerial } from "../../core/calendar-date";

/** A result cell: a value or an Excel error. */
export type Out = number | string | boolean | CustomFunctions.Error;

const ERROR_CODES: Record<IssueCode, () => CustomFunctions.ErrorCode> = {
  VALUE: () => CustomFunctions.ErrorCode.invalidValue,
  NUM: () => CustomFunctions.ErrorCode.invalidNumber,
  DIV0: () => CustomFunctions.ErrorCode.divisionByZero,
  NA: () => CustomFunctions.ErrorCode.notAvailable,
};

/** An Excel error cell. Excel shows messages only for #VALUE! and #N/A, so only those carry one. */
export function errorCell(issue: Issue): CustomFunctions.Error {
  const code = ERROR_CODES[issue.code]();
  return issue.code === "VALUE" || issue.code === "NA"
    ? new CustomFunctions.Error(code, issue.reason)
    : new CustomFunctions.Error(code);
}

/** What a row shows when the engine itself failed: a plain sentence, never the exception's text. */
const INTERNAL: Issue = {
  code: "VALUE",
  reason:
    "LM Workbench could not compute this: an internal error, not a problem with the values given",
};

/** The error cell of a failure inside the engine. */
export function internalErrorCell(): CustomFunctions.Error {
  return errorCell(INTERNAL);
}

/** Whether a core callback gave an issue rather than a value (values never carry a reason). */
export function isIssue(x: unknown): x is Issue {
  return typeof x === "object" && x !== null && "reason" in x && "code" in x;
}

/** A date as a result cell: its Excel serial, or #NUM! when Excel cannot show it. */
export function dateCell(d: CalendarDate): Out {
  return isExcelDate(d)
    ? toExcelSerial(d)
    : errorCell({ code: "NUM", reason: "the date is outside Excel's dates" });
}

/** A result cell made safe: NaN or ±Infinity never reach a cell. */
export function safe(v: Out): Out {
  return typeof v === "number" && !Number.isFinite(v)
    ? errorCell({ code: "NUM", reason: "no finite result" })
    : v;
}

/** Turns an unexpected exception into an error cell, so a function never throws into Excel. */
export function guarded(body: () => Out[][]): Out[][] {
  try {
    return body();
  } catch {
    return [[errorCell(INTERNAL)]];
  }
}

/** One row's result cell; an exception in it costs only that row. */
export function rowCell(body: () => Out | Issue): Out {
  try {
    const r = body();
    return isIssue(r) ? errorCell(r) : safe(r);
  } catch {
    return errorCell(INTERNAL);
  }
}

/** The first issue of a failed core result, for `compute` callbacks. */
export function issueOf(r: Result<unknown>): Issue {
  return r.ok ? { code: "VALUE", reason: "no error" } : r.issues[0];
}
