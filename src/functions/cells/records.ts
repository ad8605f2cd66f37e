import { Cell, isBlank, showValue } from "../../core/input";
import { Issue } from "../../core/result";
import { LoanIdTally, repeatedIdIssue } from "../../core/tape/loan-ids";
import { Out, errorCell, guarded, isIssue, rowCell, safe } from "./results";
import { Arg } from "./shape";

/*
 * Record-based functions (LM.WATERFALL, LM.NPV, LM.REGXDATES): a loan record as headers + values,
 * one loan or a whole tape in one call.
 */

/** One line of a spilled audit table: a label and its value. */
export type AuditLine = readonly [string, Out];

/** What a record-based function computes for one record: its audit lines and its named result fields. */
export interface RecordOutcome {
  readonly audit: readonly AuditLine[];
  readonly fields: Readonly<Record<string, Out | undefined>>;
}

function isRow(a: Cell[][]): boolean {
  return a.length === 1;
}

/**
 * The records an argument pair holds: headers as one row with values in one row per loan, or a
 * vertical form (headers down a column, one loan's values in the next column).
 */
function recordRows(headers: Arg, values: Arg): { headers: Cell[]; rows: Cell[][] } | Issue {
  if (
    !Array.isArray(headers) ||
    headers.length === 0 ||
    !Array.isArray(values) ||
    values.length === 0
  )
    return {
      code: "NA",
      field: "headers",
      reason: "headers and values are required (a header row and a row of values)",
    };
  if (isRow(headers)) {
    const width = headers[0].length;
    if (values[0].length !== width)
      return {
        code: "VALUE",
        field: "values",
        reason: `values have ${values[0].length} columns but headers have ${width}`,
      };
    return { headers: headers[0], rows: values };
  }
  if (headers[0].length === 1 && values.length === headers.length && values[0].length === 1)
    return { headers: headers.map((r) => r[0]), rows: [values.map((r) => r[0])] };
  return {
    code: "VALUE",
    field: "headers",
    reason:
      "headers must be one row (with values in rows below it), or one column beside one column of values",
  };
}

/**
 * Rows of one call that share a loan_id (compared as the record reads it), with the issue each shows:
 * which result belongs to which loan could not be told.
 */
function repeatedLoans(headers: readonly Cell[], rows: readonly Cell[][]): Map<number, Issue> {
  const out = new Map<number, Issue>();
  if (rows.length < 2) return out;
  const tally = new LoanIdTally(headers);
  rows.forEach((row, i) => tally.add(i + 1, row));
  for (const [id, same] of tally.duplicates())
    for (const n of same) out.set(n - 1, repeatedIdIssue(id, same, "this call's values"));
  return out;
}

/**
 * A record-based function. With `field`, one value per loan (a column for a tape); without it, one
 * loan's two-column audit table (its steps, then its result fields). A record that cannot be
 * evaluated gives its error in its own cell, naming the field at fault; a loan_id given to two rows
 * is an error in each of them; a failure inside the engine costs only its own row.
 */
export function recordFunction(
  fn: string,
  fieldNames: readonly string[],
  headersArg: Arg,
  valuesArg: Arg,
  fieldArg: Arg,
  evaluate: (headers: readonly Cell[]) => (values: readonly Cell[]) => RecordOutcome | Issue
): Out[][] {
  return guarded(() => {
    const shape = recordRows(headersArg, valuesArg);
    if (isIssue(shape)) return [[errorCell(shape)]];
    const fieldCell = fieldArg === null || fieldArg === undefined ? null : fieldArg[0]?.[0];
    let field: string | undefined;
    if (!isBlank(fieldCell)) {
      if (typeof fieldCell !== "string" || !fieldNames.includes(fieldCell.trim().toLowerCase()))
        return [
          [
            errorCell({
              code: "VALUE",
              field: "field",
              value: fieldCell,
              reason: `${fn}: unknown field ${showValue(fieldCell)}; use one of ${fieldNames.join(", ")}`,
            }),
          ],
        ];
      field = fieldCell.trim().toLowerCase();
    }
    const evaluateRow = evaluate(shape.headers);
    if (field === undefined) {
      if (shape.rows.length !== 1)
        return [
          [
            errorCell({
              code: "VALUE",
              field: "field",
              reason: `${fn}: name a field to evaluate ${shape.rows.length} loans at once (one column of results)`,
            }),
          ],
        ];
      const r = evaluateRow(shape.rows[0]);
      if (isIssue(r)) return [[errorCell(r)]];
      const lines: Out[][] = r.audit.map(([label, value]) => [label, safe(value)]);
      for (const name of fieldNames) lines.push([name, safe(r.fields[name] ?? "")]);
      return lines;
    }
    const repeated = repeatedLoans(shape.headers, shape.rows);
    const out: Out[][] = new Array(shape.rows.length);
    for (let i = 0; i < shape.rows.length; i++) {
      const same = repeated.get(i);
      const row = shape.rows[i];
      out[i] = [same ? errorCell(same) : rowCell(() => fieldOf(evaluateRow(row), field!))];
    }
    return out;
  });
}

/** One named result field of a record's outcome, or the issue that stands in its cell. */
function fieldOf(r: RecordOutcome | Issue, field: string): Out | Issue {
  if (isIssue(r)) return r;
  const v = r.fields[field];
  return v === undefined || v === ""
    ? { code: "NA", field, reason: `${field} does not apply to this loan's result` }
    : v;
}
