import { Cell, isBlank } from "../input";
import { FieldName, PMMS_HEADERS, normalizeHeader, resolveFieldName } from "../record-fields";
import { RecordIssue } from "./types";

/** Headers read once for a whole tape: which field each column holds, and the header-level issues. */
export interface HeaderMap {
  readonly headers: readonly string[];
  /**
   * Per column: the field it gives; undefined for a column passed through; null for a column of a
   * field given more than once (reported in `issues`, and neither read nor passed through).
   */
  readonly fieldAt: readonly (FieldName | null | undefined)[];
  readonly issues: readonly RecordIssue[];
  /** What the market_rate column holds, decided once from its header. */
  readonly marketRateBasis?: "PMMS" | "MARKET_RATE";
}

/**
 * Maps a header row to the record's fields. Headers match case-insensitively ignoring spaces, `_` and
 * `-`, and through the aliases of the field table; a field given by two columns is an issue naming it.
 */
export function mapHeaders(headers: readonly Cell[]): HeaderMap {
  const names = headers.map((h) => (isBlank(h) ? "" : String(h).trim()));
  const fieldAt: (FieldName | null | undefined)[] = names.map((h) =>
    h === "" ? undefined : resolveFieldName(h)
  );
  const issues: RecordIssue[] = [];
  const columnsOf = new Map<FieldName, number[]>();
  fieldAt.forEach((f, i) => {
    if (f) columnsOf.set(f, [...(columnsOf.get(f) ?? []), i]);
  });
  for (const [field, cols] of columnsOf) {
    if (cols.length < 2) continue;
    const given = cols.map((c) => names[c]);
    issues.push({
      code: "VALUE",
      field,
      value: given,
      reason: `${field} is given by more than one column (${given.map((g) => JSON.stringify(g)).join(", ")}); keep one`,
    });
    for (const c of cols) fieldAt[c] = null;
  }
  const marketColumn = fieldAt.indexOf("market_rate");
  const marketRateBasis =
    marketColumn < 0
      ? undefined
      : PMMS_HEADERS.has(normalizeHeader(names[marketColumn]))
        ? "PMMS"
        : "MARKET_RATE";
  return { headers: names, fieldAt, issues, marketRateBasis };
}
