import { Cell, isBlank } from "../input";
import { FIELD_TABLE, FieldName, LoanFields, fieldsRequiredFor } from "../record-fields";
import { deriveFields } from "./derived";
import { parseField } from "./field-values";
import { HeaderMap, mapHeaders } from "./headers";
import { requireFields } from "./required";
import { ExtraColumn, LoanRecord, ReadOptions, RecordIssue, RecordReading } from "./types";

/**
 * The loan record: one reader for a row given as headers + values, shared by the record-based custom
 * functions, the task pane and the command line.
 *
 * Reading never throws and never stops at the first problem: it returns the record with every field
 * that parsed, plus one issue per problem, each naming its field. A malformed cell is `VALUE` (`NUM`
 * for an amount or a count out of range); a field a use needs but the row lacks is `NA`. A blank cell
 * is an absent field.
 */

type MutableFields = { -readonly [F in FieldName]?: unknown };

const NONE: ReadonlySet<string> = new Set();

/** Reads one row against headers already mapped (a tape maps them once). */
export function readRow(
  map: HeaderMap,
  values: readonly Cell[],
  options: ReadOptions = {}
): RecordReading {
  const issues: RecordIssue[] = map.issues.length ? [...map.issues] : [];
  const fields: MutableFields = {};
  const columns: { [F in FieldName]?: string } = {};
  const extra: ExtraColumn[] = [];
  if (values.length !== map.headers.length) {
    issues.push({
      code: "VALUE",
      field: "values",
      value: values.length,
      reason: `values: ${values.length} cells for ${map.headers.length} headers`,
    });
  }
  const n = Math.min(values.length, map.headers.length);
  for (let i = 0; i < n; i++) {
    const field = map.fieldAt[i];
    const v = values[i];
    if (field === null) continue; // a duplicated field's column, already reported
    if (field === undefined) {
      if (map.headers[i] !== "" || !isBlank(v))
        extra.push({ header: map.headers[i], column: i, value: v });
      continue;
    }
    if (isBlank(v)) continue;
    const p = parseField(field, FIELD_TABLE[field].kind, v);
    if (p.ok) {
      fields[field] = p.value;
      columns[field] = map.headers[i];
    } else {
      for (const issue of p.issues) issues.push({ ...issue, field });
    }
  }

  const failed: ReadonlySet<string> = issues.length ? new Set(issues.map((i) => i.field)) : NONE;
  const derived = deriveFields(fields, failed);
  const marketBasis = fields.market_rate === undefined ? undefined : map.marketRateBasis;
  const record: LoanRecord = {
    ...(fields as LoanFields),
    extra,
    derived,
    columns,
    ...(marketBasis ? { market_rate_basis: marketBasis } : {}),
  };

  const wanted = options.uses?.length
    ? [...(options.require ?? []), ...fieldsRequiredFor(...options.uses)]
    : options.require;
  if (wanted?.length) {
    const already = new Set(issues.map((i) => i.field));
    issues.push(...requireFields(record, wanted).filter((i) => !already.has(i.field)));
  }
  return { ok: issues.length === 0, record, issues };
}

/**
 * Reads one loan record from headers and values (arrays of cells as Excel passes them). Headers match
 * case-insensitively ignoring spaces, `_` and `-`, and through the aliases of the field table.
 */
export function readLoanRecord(
  headers: readonly Cell[],
  values: readonly Cell[],
  options: ReadOptions = {}
): RecordReading {
  return readRow(mapHeaders(headers), values, options);
}
