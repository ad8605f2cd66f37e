/**
 * What the tape check must say of a row, worked out from the user's documentation and not from
 * src/core/input or src/core/tape: how a cell of each kind is read (docs/reading-values.md) and what
 * a row must hold together (docs/rules/tape-checks.md). It covers the plain values the sample
 * tape's generator writes (a number in exponent form, or a delinquency near the loan's age, throws
 * rather than being guessed at).
 */
import { Cell } from "../../scripts/sample-loans";
import {
  FIELD_TABLE,
  FieldKind,
  FieldName,
  INVESTORS,
  INVESTOR_VALUE_ALIASES,
  OCCUPANCIES,
  OCCUPANCY_VALUE_ALIASES,
  STATE_CODES,
  resolveFieldName,
} from "../../src/core/record-fields";

/** A cell read: blank, refused, or its value (dates as day numbers, money in dollars, rates as fractions). */
type Read = { readonly blank: true } | { readonly refused: true } | { readonly value: unknown };

const BLANK: Read = { blank: true };
const REFUSED: Read = { refused: true };

/** Compared like headers: case-insensitive, ignoring spaces, `_` and `-`. */
const word = (s: string) => s.toUpperCase().replace(/[\s_-]/g, "");
const oneOf = (text: string, codes: readonly string[], aliases: Readonly<Record<string, string>>) =>
  [...codes, ...Object.keys(aliases)].some((c) => word(c) === word(text));

/** Days since 1899-12-31 of a calendar date, or undefined for a date the calendar lacks. */
function dayOf(y: number, m: number, d: number): number | undefined {
  const t = Date.UTC(y, m - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d)
    return undefined;
  if (y < 1900 || y > 9999) return undefined;
  return (t - Date.UTC(1899, 11, 31)) / 86_400_000;
}

/** A whole number written as digits, with or without thousands separators in their places. */
const WHOLE = /^(\d{1,3}(,\d{3})+|\d+)$/;
const DECIMAL = /^(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$|^\.\d+$/;
const number = (text: string) => Number(text.replace(/,/g, ""));

/** docs/reading-values.md, one kind at a time. */
export function readCell(kind: FieldKind, field: FieldName, cell: Cell): Read {
  const text = String(cell).trim();
  if (typeof cell === "number" && /e/i.test(text))
    throw new Error(`${field}: the oracle does not judge the number ${text}`);
  if (text === "") return BLANK;
  switch (kind) {
    case "text":
      return { value: text };
    case "investor":
      return oneOf(text, INVESTORS, INVESTOR_VALUE_ALIASES) ? { value: word(text) } : REFUSED;
    case "occupancy":
      return oneOf(text, OCCUPANCIES, OCCUPANCY_VALUE_ALIASES) ? { value: word(text) } : REFUSED;
    case "state":
      return STATE_CODES.has(text.toUpperCase()) ? { value: text.toUpperCase() } : REFUSED;
    case "flag":
      return /^(TRUE|FALSE|1|0|YES|NO|Y|N)$/i.test(text)
        ? { value: /^(TRUE|1|YES|Y)$/i.test(text) }
        : REFUSED;
    case "money": {
      // Digits with separators in their places, a `$` before them; not negative, at most 10
      // trillion. Anything else (a minus, a date, words, percent text, an exponent) is refused.
      const m = /^\$?(.*)$/.exec(text)!;
      return DECIMAL.test(m[1]) && number(m[1]) <= 1e13 ? { value: number(m[1]) } : REFUSED;
    }
    case "rate": {
      // A fraction up to 1, or percent text up to 100%; a bare number above 1, a minus or words
      // are refused.
      const pct = /^(\d+(\.\d+)?)%$/.exec(text);
      if (pct) return Number(pct[1]) <= 100 ? { value: Number(pct[1]) / 100 } : REFUSED;
      return DECIMAL.test(text) && number(text) <= 1 ? { value: number(text) } : REFUSED;
    }
    case "months":
    case "count": {
      // Whole numbers; a term is 1 to 1,200 months.
      if (!WHOLE.test(text)) return REFUSED;
      const n = number(text);
      if (field === "remaining_term" && (n < 1 || n > 1200)) return REFUSED;
      return { value: n };
    }
    case "date": {
      // An Excel serial (1 to 9999-12-31's 2,958,465, never the 60 Excel counts for 1900-02-29),
      // YYYY-MM-DD or MM/DD/YYYY.
      if (/^\d+$/.test(text)) {
        const s = Number(text);
        if (s < 1 || s > 2_958_465 || s === 60) return REFUSED;
        return { value: s < 60 ? s : s - 1 };
      }
      const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
      const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
      const day = iso
        ? dayOf(+iso[1], +iso[2], +iso[3])
        : us
          ? dayOf(+us[3], +us[1], +us[2])
          : undefined;
      return day === undefined ? REFUSED : { value: day };
    }
  }
}

/** The row's values by field, after the shape check cuts or pads it to the header's width. */
function readRow(headers: readonly string[], cells: readonly Cell[]) {
  const reads = new Map<FieldName, Read>();
  headers.forEach((h, j) => {
    const field = resolveFieldName(h);
    if (field) reads.set(field, readCell(FIELD_TABLE[field].kind, field, cells[j] ?? ""));
  });
  return reads;
}

const MAX_RATE = 0.25;
const MAX_UPB = 100_000_000;
/** docs/rules/tape-checks.md, "dates in order": [earlier, later]. */
const DATE_ORDER: readonly [FieldName, FieldName][] = [
  ["origination_date", "as_of_date"],
  ["origination_date", "next_due_date"],
  ["application_received_date", "application_complete_date"],
  ["application_received_date", "as_of_date"],
  ["value_date", "as_of_date"],
];

/**
 * The fields the tape check must name for a row, one entry per problem, sorted: `row` for its shape,
 * each field refused or required and blank, `loan_id` when `sharing` other rows hold its id, and the
 * bounds and orders of docs/rules/tape-checks.md on the values read.
 */
export function expectedProblems(
  headers: readonly string[],
  cells: readonly Cell[],
  required: readonly FieldName[],
  sharing: number
): string[] {
  if (cells.every((c) => String(c).trim() === "")) return ["row"];
  const out: string[] = [];
  if (cells.length !== headers.length) out.push("row");
  const reads = readRow(headers, cells.slice(0, headers.length));
  for (const [field, read] of reads)
    if ("refused" in read || ("blank" in read && required.includes(field))) out.push(field);
  for (const field of required) if (!reads.has(field)) out.push(field);
  if (sharing > 0) out.push("loan_id");
  const value = (f: FieldName) => {
    const r = reads.get(f);
    return r && "value" in r ? (r.value as number) : undefined;
  };
  for (const f of ["note_rate", "mod_rate", "market_rate"] as const)
    if ((value(f) ?? 0) > MAX_RATE) out.push(f);
  if ((value("upb") ?? 0) > MAX_UPB) out.push("upb");
  for (const [earlier, later] of DATE_ORDER) {
    const [a, b] = [value(earlier), value(later)];
    if (a !== undefined && b !== undefined && a > b) out.push(earlier);
  }
  const [md, from, to] = [
    value("months_delinquent"),
    value("origination_date"),
    value("as_of_date"),
  ];
  // A loan originated after the as-of date has no age to count (the order of dates names it).
  if (md !== undefined && from !== undefined && to !== undefined && from <= to) {
    // More whole payments past due than the loan's age in months: the month count is taken from
    // the days, so a case within two months of the bound (where month ends matter) is not judged.
    const age = (to - from) / (365.25 / 12);
    if (Math.abs(md - age) < 2)
      throw new Error(`months_delinquent ${md} on a loan about ${age.toFixed(1)} months old`);
    if (md > age) out.push("months_delinquent");
  }
  return out.sort();
}
