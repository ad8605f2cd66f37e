/**
 * The loan the pane works on, as a row: the header row and cells as read from the workbook (so
 * aliases, pass-through columns and duplicate columns mean exactly what they mean in a tape), with
 * the user's edits applied to the column that holds each field.
 */
import type { LoanRow } from "../workbook/host-types";
import { normalizeHeader, resolveFieldName, type Cell, type FieldName } from "./field-table";

export type LoanSource =
  | { readonly kind: "none" }
  | { readonly kind: "form" }
  | {
      readonly kind: "row";
      readonly table: string;
      readonly sheet: string;
      readonly rowNumber: number;
      /** True once a field was changed in the pane (the workbook is never changed). */
      readonly edited: boolean;
    };

export interface LoanDraft {
  readonly headers: readonly Cell[];
  readonly values: readonly Cell[];
  readonly source: LoanSource;
}

export const EMPTY_DRAFT: LoanDraft = { headers: [], values: [], source: { kind: "none" } };

export function draftFromRow(row: LoanRow): LoanDraft {
  return {
    headers: [...row.headers],
    values: row.headers.map((_h, i) => row.values[i]),
    source: {
      kind: "row",
      table: row.table,
      sheet: row.sheet,
      rowNumber: row.rowNumber,
      edited: false,
    },
  };
}

/** The column that gives `field` (its name or an alias); -1 when the row has none. */
export function columnOf(headers: readonly Cell[], field: FieldName | string): number {
  const isField = resolveFieldName(String(field)) === field;
  return headers.findIndex((h) => {
    if (h === undefined || h === null || String(h).trim() === "") return false;
    return isField
      ? resolveFieldName(String(h)) === field
      : normalizeHeader(String(h)) === normalizeHeader(String(field));
  });
}

/** The cell that gives `field` (a record field or a pass-through column name). */
export function fieldCell(draft: LoanDraft, field: FieldName | string): Cell {
  const i = columnOf(draft.headers, field);
  return i < 0 ? undefined : draft.values[i];
}

/**
 * The draft with `field` set to `value` in its column, or in a new column headed `header` (the
 * field's own name by default).
 */
export function setField(
  draft: LoanDraft,
  field: FieldName | string,
  value: Cell,
  header: string = field
): LoanDraft {
  const i = columnOf(draft.headers, field);
  const headers = [...draft.headers];
  const values = [...draft.values];
  if (i < 0) {
    headers.push(header);
    values.push(value);
  } else {
    values[i] = value;
  }
  const source: LoanSource =
    draft.source.kind === "row"
      ? { ...draft.source, edited: true }
      : draft.source.kind === "none"
        ? { kind: "form" }
        : draft.source;
  return { headers, values, source };
}

function isBlank(v: Cell): boolean {
  return v === undefined || v === null || (typeof v === "string" && v.trim() === "");
}

/** The loan id as the row gives it, for the pane's header. */
export function loanIdOf(draft: LoanDraft): string | undefined {
  const v = fieldCell(draft, "loan_id");
  return isBlank(v) ? undefined : String(v).trim();
}
