import { PARAM_NAMES } from "../npv/params";
import { TIMELINE_COLUMNS } from "../npv/record-overrides";
import { CATALOGUE, fieldsNeededBy } from "../programs/catalogue";
import { Cell, mapHeaders } from "../record";
import { FieldName, normalizeHeader } from "../record-fields";

/**
 * What a tape's header row gives, column by column, before any row is read: the record field each
 * column holds (by name or alias), the columns a program or the NPV test reads by their own names
 * (offer_price, spread, ...), and the columns nothing reads; with the fields the program needs that
 * no column gives. A column-mapping step offers the unread columns for the missing fields.
 */
export interface HeaderColumn {
  readonly index: number;
  /** The header as written. */
  readonly header: string;
  /** The record field the column gives. */
  readonly field?: FieldName;
  /** A column read by its own name: a program's (offer_price) or an NPV assumption (spread). */
  readonly readAs?: string;
}

export interface HeaderReading {
  readonly columns: readonly HeaderColumn[];
  /** Columns no field, program or assumption reads (blank headers included). */
  readonly unread: readonly HeaderColumn[];
  /** loan_id and the fields the program needs before it runs, that no column gives. */
  readonly missing: readonly FieldName[];
  /** Fields two or more columns give (every row is rejected until one is kept). */
  readonly repeated: readonly FieldName[];
}

const READ_BY_NAME: ReadonlyMap<string, string> = new Map(
  [...CATALOGUE.flatMap((d) => d.columns), ...PARAM_NAMES, ...TIMELINE_COLUMNS].map((n) => [
    normalizeHeader(n),
    n,
  ])
);

export function readHeaders(headers: readonly Cell[], program = "AUTO"): HeaderReading {
  const map = mapHeaders(headers);
  const columns: HeaderColumn[] = map.headers.map((header, index) => {
    const field = map.fieldAt[index];
    const readAs = field ? undefined : READ_BY_NAME.get(normalizeHeader(header));
    return {
      index,
      header,
      ...(field ? { field } : {}),
      ...(readAs ? { readAs } : {}),
    };
  });
  const repeated = [...new Set(map.issues.map((i) => i.field as FieldName))];
  const given = new Set<string>([...map.fieldAt.filter((f) => f), ...repeated] as string[]);
  const needed: FieldName[] = ["loan_id", ...fieldsNeededBy(program)];
  return {
    columns,
    unread: columns.filter((c) => !c.field && !c.readAs && map.fieldAt[c.index] !== null),
    missing: needed.filter((f) => !given.has(f)),
    repeated,
  };
}
