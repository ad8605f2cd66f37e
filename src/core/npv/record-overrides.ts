import { Cell, isBlank } from "../input";
import { LoanRecord } from "../record";
import { normalizeHeader } from "../record-fields";
import { NpvOverrides } from "./overrides";
import { PARAM_NAMES } from "./params";

/** Column headings that override the state's foreclosure timeline (months). */
export const TIMELINE_COLUMNS = ["state_timeline_months", "fc_timeline_months"] as const;
const TIMELINE_HEADERS = TIMELINE_COLUMNS.map(normalizeHeader);

/** Each assumption's name by its header form (the first name of a form, as a search in order finds). */
const PARAM_BY_HEADER = new Map<string, (typeof PARAM_NAMES)[number]>();
for (const n of PARAM_NAMES)
  if (!PARAM_BY_HEADER.has(normalizeHeader(n))) PARAM_BY_HEADER.set(normalizeHeader(n), n);

/**
 * Assumption overrides given as extra columns of a loan record: a column named like an assumption
 * (compared like headers) overrides it; a timeline column overrides the record's own state's.
 * The values are read, and refused by name, by withOverrides.
 */
export function overridesFromRecord(record: LoanRecord): NpvOverrides {
  const out: Record<string, Cell | Record<string, Cell>> = {};
  for (const col of record.extra) {
    if (isBlank(col.value)) continue;
    const key = normalizeHeader(col.header);
    const name = PARAM_BY_HEADER.get(key);
    if (name) out[name] = col.value;
    if (TIMELINE_HEADERS.includes(key) && record.property_state)
      out.state_timeline_months = { [record.property_state]: col.value };
  }
  return out as NpvOverrides;
}
