import { Cell, isBlank, parseText } from "../input";
import { HeaderMap } from "./headers";
import { RecordIssue } from "./types";

/**
 * Loan ids given to more than one row. `ids[i]` is row i's id (undefined when it has none); the
 * answer maps each row whose id is shared to the labels of every row sharing it, in order.
 */
export function repeatedIds(
  ids: readonly (string | undefined)[],
  labels: readonly number[]
): Map<number, number[]> {
  const rowsOf = new Map<string, number[]>();
  ids.forEach((id, i) => {
    if (id === undefined) return;
    const rows = rowsOf.get(id);
    if (rows) rows.push(i);
    else rowsOf.set(id, [i]);
  });
  const out = new Map<number, number[]>();
  for (const rows of rowsOf.values()) {
    if (rows.length < 2) continue;
    const shown = rows.map((i) => labels[i]);
    for (const i of rows) out.set(i, shown);
  }
  return out;
}

/** The issue of a row whose loan_id another row has too: `where` is "the tape", "these values", ... */
export function repeatedIdIssue(id: string, rows: readonly number[], where: string): RecordIssue {
  return {
    code: "VALUE",
    field: "loan_id",
    value: id,
    reason: `loan_id: ${JSON.stringify(id)} is not unique in ${where} (rows ${rows.join(", ")})`,
  };
}

/** Each row's loan_id as the record reads it (trimmed text), without reading the rest of the row. */
export function loanIdsOf(
  map: HeaderMap,
  rows: readonly (readonly Cell[])[]
): (string | undefined)[] {
  const column = map.fieldAt.indexOf("loan_id");
  return rows.map((row) => {
    const v = column < 0 ? undefined : row[column];
    if (isBlank(v)) return undefined;
    const id = parseText(v, "loan_id");
    return id.ok ? id.value : undefined;
  });
}
