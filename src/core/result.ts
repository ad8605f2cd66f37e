/**
 * Errors are values across the core's public surface, never exceptions.
 *
 * An issue's `code` says which Excel error it becomes at the cell boundary
 * (docs/functions.md, "Errors"): VALUE for bad input, NUM for no numeric solution,
 * DIV0 for a zero divisor, NA for "not applicable" or a missing required field.
 */
export type IssueCode = "VALUE" | "NUM" | "DIV0" | "NA";

export interface Issue {
  readonly code: IssueCode;
  /** The field or argument at fault, when there is one. */
  readonly field?: string;
  /** The offending value as given. */
  readonly value?: unknown;
  /** One plain sentence a user can act on. */
  readonly reason: string;
}

export type Result<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: readonly Issue[] };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(
  code: IssueCode,
  reason: string,
  field?: string,
  value?: unknown
): Result<T> {
  const issue: Issue = field === undefined ? { code, reason } : { code, field, value, reason };
  return { ok: false, issues: [issue] };
}

export function failWith<T = never>(issues: readonly Issue[]): Result<T> {
  return { ok: false, issues };
}

/**
 * An issue's sentence said under `label` (a form's label, a command-line option, a setting's name):
 * its leading "field: " swapped for "label: ", or "label: " put before a sentence that does not
 * start with the field it names.
 */
export function relabel(issue: Issue, label: string): string {
  const prefix = `${issue.field}: `;
  const rest =
    issue.field !== undefined && issue.reason.startsWith(prefix)
      ? issue.reason.slice(prefix.length)
      : issue.reason;
  return `${label}: ${rest}`;
}
