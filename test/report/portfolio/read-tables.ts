/**
 * A table of a workbook read back by openpyxl (readXlsx), as records by header: the body rows, and
 * the totals row when the table has one. Cells are openpyxl's values (numbers, text, booleans, ISO
 * date-times for dates).
 */
import type { ReadBook, ReadSheet } from "../readers";

export type Value = string | number | boolean | null;

function column(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

function letters(n: number): string {
  let s = "";
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export interface ReadTableRows {
  readonly sheet: ReadSheet;
  readonly headers: readonly string[];
  readonly rows: readonly Record<string, Value>[];
  readonly totals?: Record<string, Value>;
}

export function tableNamed(book: ReadBook, name: string): ReadTableRows {
  for (const sheet of book.sheets) {
    const t = sheet.tables.find((x) => x.name === name);
    if (!t) continue;
    const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(t.ref);
    if (!m) throw new Error(`table ${name}: ref ${t.ref}`);
    const [left, top, bottom] = [column(m[1]), Number(m[2]), Number(m[4])];
    const record = (row: number): Record<string, Value> =>
      Object.fromEntries(
        t.headers.map((h, i) => {
          const c = sheet.cells[`${letters(left + i)}${row}`];
          return [h, c === undefined ? null : (c.v as Value)];
        })
      );
    const totals = t.totalsRowCount ? 1 : 0;
    const rows: Record<string, Value>[] = [];
    for (let r = top + 1; r <= bottom - totals; r++) rows.push(record(r));
    return { sheet, headers: t.headers, rows, totals: totals ? record(bottom) : undefined };
  }
  throw new Error(`no table ${name} in ${book.sheets.map((s) => s.name).join(", ")}`);
}

/** Whole cents of a money cell read back (a double of two decimals). */
export const cents = (v: Value): number => (typeof v === "number" ? Math.round(v * 100) : 0);
