/**
 * The column-mapping step: the columns of a table whose headers the loan record does not know (its
 * field names and their aliases come first), each offered for a record field no other column gives,
 * or left unread; and the header row renamed as mapped, for the run.
 */
import { readHeaders, type HeaderReading } from "../../core/portfolio";
import { FIELD_NAMES, type Cell, type FieldName } from "../loan/field-table";

/** The field each mapped column is to give, by column index. Unmapped columns stay unread. */
export type ColumnMapping = Readonly<Record<number, FieldName>>;

/** What the header row gives for the pane's run (AUTO, every investor's waterfall). */
export function headerReading(headers: readonly Cell[]): HeaderReading {
  const r = readHeaders(headers, "AUTO");
  // A column without a header is nothing to map.
  return { ...r, unread: r.unread.filter((c) => c.header.trim() !== "") };
}

/** The fields a column may be mapped to: every record field no other column gives or is mapped to. */
export function fieldsOffered(
  reading: HeaderReading,
  mapping: ColumnMapping,
  column: number
): FieldName[] {
  const taken = new Set<string>(
    reading.columns.filter((c) => c.field).map((c) => c.field as string)
  );
  for (const [k, f] of Object.entries(mapping)) if (Number(k) !== column) taken.add(f);
  return FIELD_NAMES.filter((f) => !taken.has(f));
}

/** The fields still missing once the mapping is applied. */
export function stillMissing(reading: HeaderReading, mapping: ColumnMapping): FieldName[] {
  const mapped = new Set<string>(Object.values(mapping));
  return reading.missing.filter((f) => !mapped.has(f));
}

/** The header row with each mapped column named by its field. */
export function mappedHeaders(headers: readonly Cell[], mapping: ColumnMapping): Cell[] {
  return headers.map((h, i) => mapping[i] ?? h);
}
