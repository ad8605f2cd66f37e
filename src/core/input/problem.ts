import { Issue, IssueCode, Result, failWith, ok } from "../result";
import { showValue } from "./cell";

/**
 * The one shape of an input problem: the issue names the field and keeps the value, and its reason
 * reads `field: value what-is-wrong`, so the same value gives the same sentence wherever it is read.
 */
export function invalid<T = never>(
  field: string,
  value: unknown,
  what: string,
  code: IssueCode = "VALUE"
): Result<T> {
  return failWith([{ code, field, value, reason: `${field}: ${showValue(value)} ${what}` }]);
}

/** A required value that is blank: `NA`, naming the field. */
export function missing<T = never>(field: string, value?: unknown): Result<T> {
  return failWith([{ code: "NA", field, value, reason: `${field} is missing` }]);
}

/** The issues of several parsed values, in order (empty when every one parsed). */
export function issuesIn(...results: readonly Result<unknown>[]): Issue[] {
  const out: Issue[] = [];
  for (const r of results) if (!r.ok) out.push(...r.issues);
  return out;
}

/** Every value when all parsed, in order; else every issue. */
export function allOf<T>(results: readonly Result<T>[]): Result<T[]> {
  const issues = issuesIn(...results);
  return issues.length
    ? failWith(issues)
    : ok(results.map((r) => (r as { readonly value: T }).value));
}
