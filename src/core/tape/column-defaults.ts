import { Cell, isBlank } from "../input";
import { mapHeaders } from "../record";
import { normalizeHeader } from "../record-fields";

/**
 * Values a tape may lack, given once for every loan (the command line's --pmms, --mod-rate, --as-of;
 * the task pane's settings). A default fills the loan's cell only when the tape leaves it blank: a
 * column in the tape wins for its loan. A default whose column the tape lacks becomes a new column.
 */
export interface ColumnDefault {
  /** The header the value would have in a tape: a record field or alias (`PMMS`, `mod_rate`), or a pass-through column. */
  readonly header: string;
  readonly value: Cell;
  /** Where the value comes from, for notes: "--pmms", "Settings: PMMS". */
  readonly source: string;
}

export interface DefaultsPlan {
  /** The tape's headers, then one per default the tape has no column for. */
  readonly headers: readonly Cell[];
  /** Defaults not applied, and why, in plain words. */
  readonly notes: readonly string[];
  /** A row of the tape's width, with blank default cells filled and the new columns appended (the row itself when there are no defaults). */
  fill(cells: readonly Cell[]): readonly Cell[];
}

interface Meaning {
  readonly field?: string;
  readonly basis?: string;
  readonly text: string;
}

function meaningOf(header: Cell): Meaning {
  const text = header === null || header === undefined ? "" : String(header).trim();
  const map = mapHeaders([text]);
  const field = map.fieldAt[0] ?? undefined;
  return {
    field,
    basis: map.marketRateBasis,
    text: normalizeHeader(text),
  };
}

export function planDefaults(
  tapeHeaders: readonly Cell[],
  defaults: readonly ColumnDefault[]
): DefaultsPlan {
  const tape = tapeHeaders.map(meaningOf);
  const headers: Cell[] = [...tapeHeaders];
  const fills: { column: number; value: Cell }[] = [];
  const appended: Cell[] = [];
  const notes: string[] = [];
  for (const d of defaults) {
    if (isBlank(d.value)) continue;
    const m = meaningOf(d.header);
    const column = tape.findIndex((t) =>
      m.field ? t.field === m.field : !t.field && t.text === m.text
    );
    if (column < 0) {
      headers.push(d.header);
      appended.push(d.value);
      continue;
    }
    if (m.field && tape[column].basis !== m.basis) {
      notes.push(
        `${d.source} not used: the tape's column ${JSON.stringify(String(tapeHeaders[column]))} gives ${m.field} on another basis than ${JSON.stringify(d.header)}`
      );
      continue;
    }
    fills.push({ column, value: d.value });
  }
  return {
    headers,
    notes,
    fill(cells) {
      if (!appended.length && !fills.length) return cells;
      const out = appended.length ? [...cells, ...appended] : [...cells];
      for (const f of fills) if (isBlank(out[f.column])) out[f.column] = f.value;
      return out;
    },
  };
}
