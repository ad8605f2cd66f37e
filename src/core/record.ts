import Decimal from "decimal.js";
import { D, ZERO, parseNumberText } from "./money";
import {
  CalendarDate,
  FIRST_SERIAL,
  LAST_SERIAL,
  fromExcelSerial,
  parseIsoDate,
} from "./calendar-date";
import { Issue, IssueCode, Result, failWith, ok } from "./result";
import { levelPayment } from "./schedule";
import {
  FIELD_NAMES,
  FIELD_TABLE,
  FieldKind,
  FieldName,
  INVESTORS,
  INVESTOR_VALUE_ALIASES,
  Investor,
  LoanFields,
  OCCUPANCIES,
  OCCUPANCY_VALUE_ALIASES,
  Occupancy,
  PMMS_HEADERS,
  STATE_CODES,
  Use,
  fieldsRequiredFor,
  normalizeHeader,
  resolveFieldName,
} from "./record-fields";

/**
 * The loan record (loan-tape.md): one parser and validator for a row given as headers + values,
 * shared by the record-based custom functions, the task pane and the CLI.
 *
 * Reading never throws and never stops at the first problem: it returns the record with every field
 * that parsed, plus one issue per problem, each naming its field. A malformed cell is `VALUE`; a field
 * a use needs but the row lacks is `NA` (functions.md, "Errors").
 */

/** A cell as Excel (or a tape reader) passes it: "" or null/undefined for blank. */
export type Cell = number | string | boolean | null | undefined;

/** A problem with one field: always names the field (or `headers`/`values` for the row's shape). */
export interface RecordIssue extends Issue {
  readonly field: string;
}

/** A column the record does not know, kept as given. `column` is its 0-based position. */
export interface ExtraColumn {
  readonly header: string;
  readonly column: number;
  readonly value: Cell;
}

export type LoanRecord = LoanFields & {
  /** Unknown columns, passed through in column order. */
  readonly extra: readonly ExtraColumn[];
  /** Fields computed rather than given: `pi_payment`, `escrow_payment`, `pre_hardship_pi`. */
  readonly derived: readonly FieldName[];
  /** The header each given field was read from. */
  readonly columns: { readonly [F in FieldName]?: string };
  /** What `market_rate` holds: PMMS itself (column headed `PMMS`) or the market rate (loan-tape.md). */
  readonly market_rate_basis?: "PMMS" | "MARKET_RATE";
};

export interface RecordReading {
  /** True when there is no issue at all. */
  readonly ok: boolean;
  readonly record: LoanRecord;
  readonly issues: readonly RecordIssue[];
}

export interface ReadOptions {
  /** Fields that must be present (reported `NA` by name when missing). */
  readonly require?: readonly FieldName[];
  /** Uses whose required fields must be present (loan-tape.md "required for"); added to `require`. */
  readonly uses?: readonly Use[];
}

/** Ten trillion dollars: the same ceiling the payment functions use. */
const MAX_MONEY = new D(1e13);
const ZERO_AMOUNT = new D(0);
/** 100 years, as for the payment functions. */
const MAX_MONTHS = 1200;

// ---------------------------------------------------------------------------------------------
// Cells

function isBlank(v: Cell): boolean {
  return v === undefined || v === null || (typeof v === "string" && v.trim() === "");
}

function show(v: Cell): string {
  if (typeof v === "string") return JSON.stringify(v);
  return String(v);
}

type Parsed<T> = { readonly value: T } | { readonly reason: string };

function bad(field: string, v: Cell, what: string): { reason: string } {
  return { reason: `${field}: ${show(v)} ${what}` };
}

function normalizeValue(text: string): string {
  return text.toUpperCase().replace(/[\s_-]+/g, "");
}

function enumIndex<T extends string>(
  canonical: readonly T[],
  aliases: Readonly<Record<string, T>>
): ReadonlyMap<string, T> {
  const m = new Map<string, T>();
  for (const c of canonical) m.set(normalizeValue(c), c);
  for (const [alias, c] of Object.entries(aliases)) m.set(normalizeValue(alias), c);
  return m;
}

const INVESTOR_INDEX = enumIndex<Investor>(INVESTORS, INVESTOR_VALUE_ALIASES);
const OCCUPANCY_INDEX = enumIndex<Occupancy>(OCCUPANCIES, OCCUPANCY_VALUE_ALIASES);

function parseMoney(field: string, v: Cell): Parsed<Decimal> {
  let d: Decimal;
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return bad(field, v, "is not an amount of money");
    if (v < 0) return bad(field, v, "cannot be negative");
    if (v > 1e13) return bad(field, v, "is larger than 1e13 dollars");
    return { value: v === 0 ? ZERO_AMOUNT : new D(v) };
  } else if (typeof v === "string") {
    if (v.includes("%")) return bad(field, v, "is a percent, not an amount of money");
    const p = parseNumberText(v);
    if (p === undefined)
      return bad(field, v, "is not an amount of money (write 1250.50 or $1,250.50)");
    d = p;
  } else {
    return bad(field, v, "is not an amount of money");
  }
  if (d.isNegative() && !d.isZero()) return bad(field, v, "cannot be negative");
  if (d.gt(MAX_MONEY)) return bad(field, v, "is larger than 1e13 dollars");
  return { value: d.isZero() ? new D(0) : d };
}

/**
 * Rates are fractions (0.065) or percent text ("6.5%"). A bare number above 1 is almost always a
 * percent typed without its sign, so it is refused with a hint rather than divided silently.
 */
function parseRate(field: string, v: Cell): Parsed<Decimal> {
  let d: Decimal;
  let percentText = false;
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return bad(field, v, "is not a rate");
    if (v >= 0 && v <= 1) return { value: v === 0 ? ZERO_AMOUNT : new D(v) };
    d = new D(v);
  } else if (typeof v === "string") {
    const p = v.includes("$") ? undefined : parseNumberText(v);
    if (p === undefined) return bad(field, v, "is not a rate (write 0.065 or 6.5%)");
    d = p;
    percentText = v.includes("%");
  } else {
    return bad(field, v, "is not a rate (write 0.065 or 6.5%)");
  }
  if (d.isNegative() && !d.isZero()) return bad(field, v, "cannot be negative");
  if (d.gt(1)) {
    if (percentText) return bad(field, v, "is more than 100%");
    return bad(
      field,
      v,
      `looks like a percent: write ${d.div(100).toString()} or ${d.toString()}%`
    );
  }
  return { value: d.isZero() ? new D(0) : d };
}

function parseWhole(
  field: string,
  v: Cell,
  min: number,
  max: number,
  unit: string
): Parsed<number> {
  let n: number;
  if (typeof v === "number") {
    n = v;
  } else if (typeof v === "string") {
    const p = /[%$(]/.test(v) ? undefined : parseNumberText(v);
    if (p === undefined) return bad(field, v, `is not a whole number of ${unit}`);
    n = p.toNumber();
  } else {
    return bad(field, v, `is not a whole number of ${unit}`);
  }
  if (!Number.isFinite(n) || !Number.isInteger(n))
    return bad(field, v, `is not a whole number of ${unit}`);
  if (n < min) return bad(field, v, min === 0 ? "cannot be negative" : `must be at least ${min}`);
  if (n > max) return bad(field, v, `is more than ${max}`);
  return { value: n === 0 ? 0 : n };
}

/** ISO text (YYYY-MM-DD) or an Excel serial number (a number, or digits as text from a CSV). */
function parseDate(field: string, v: Cell): Parsed<CalendarDate> {
  const hint = "is not a date (write YYYY-MM-DD or an Excel date serial number)";
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return bad(field, v, hint);
    const d = fromExcelSerial(v);
    if (d === undefined)
      return bad(field, v, `is outside Excel's dates (serials ${FIRST_SERIAL} to ${LAST_SERIAL})`);
    return { value: d };
  }
  if (typeof v === "string") {
    const t = v.trim();
    if (/^\d+$/.test(t)) return parseDate(field, Number(t));
    const d = parseIsoDate(t);
    if (d === undefined) return bad(field, v, hint);
    return { value: d };
  }
  return bad(field, v, hint);
}

function parseText(field: string, v: Cell): Parsed<string> {
  if (typeof v === "string") return { value: v.trim() };
  if (typeof v === "number" && Number.isFinite(v)) return { value: String(v) };
  return bad(field, v, "is not text");
}

function parseState(field: string, v: Cell): Parsed<string> {
  if (typeof v === "string") {
    const s = v.trim().toUpperCase();
    if (STATE_CODES.has(s)) return { value: s };
  }
  return bad(field, v, "is not a 2-letter U.S. state code");
}

function parseEnum<T extends string>(
  field: string,
  v: Cell,
  index: ReadonlyMap<string, T>,
  canonical: readonly T[]
): Parsed<T> {
  const hit = typeof v === "string" ? index.get(normalizeValue(v)) : undefined;
  if (hit !== undefined) return { value: hit };
  return bad(field, v, `is not one of ${canonical.join(", ")}`);
}

/** TRUE/FALSE, 1/0, or Yes/No (Y/N) as a servicing tape writes them. */
function parseFlag(field: string, v: Cell): Parsed<boolean> {
  if (typeof v === "boolean") return { value: v };
  if (v === 1 || v === 0) return { value: v === 1 };
  if (typeof v === "string") {
    const t = v.trim().toUpperCase();
    if (["TRUE", "YES", "Y", "1"].includes(t)) return { value: true };
    if (["FALSE", "NO", "N", "0"].includes(t)) return { value: false };
  }
  return bad(field, v, "is not TRUE or FALSE");
}

function parseCell(field: FieldName, kind: FieldKind, v: Cell): Parsed<unknown> {
  switch (kind) {
    case "flag":
      return parseFlag(field, v);
    case "money":
      return parseMoney(field, v);
    case "rate":
      return parseRate(field, v);
    case "months":
      return parseWhole(field, v, field === "remaining_term" ? 1 : 0, MAX_MONTHS, "months");
    case "count":
      return parseWhole(field, v, 0, MAX_MONTHS, "months or payments");
    case "date":
      return parseDate(field, v);
    case "text":
      return parseText(field, v);
    case "state":
      return parseState(field, v);
    case "investor":
      return parseEnum(field, v, INVESTOR_INDEX, INVESTORS);
    case "occupancy":
      return parseEnum(field, v, OCCUPANCY_INDEX, OCCUPANCIES);
  }
}

// ---------------------------------------------------------------------------------------------
// Headers

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

// ---------------------------------------------------------------------------------------------
// Records

type MutableFields = { -readonly [F in FieldName]?: unknown };

/**
 * The numbers of a record's numeric cells as given, by field: the engine's hot paths take cents
 * from them directly instead of converting the Decimals back to numbers.
 */
const CELL_NUMBERS: unique symbol = Symbol("cell numbers");

type WithCellNumbers = { [CELL_NUMBERS]?: ReadonlyMap<FieldName, number> };

/** The number a field's cell held, when it was a number cell (not text) and read cleanly. */
export function cellNumber(record: LoanRecord, field: FieldName): number | undefined {
  return (record as WithCellNumbers)[CELL_NUMBERS]?.get(field);
}

/** Reads one row against headers already mapped (the tape reader maps them once). */
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
  const numbers = new Map<FieldName, number>();
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
    const p = parseCell(field, FIELD_TABLE[field].kind, v);
    if ("reason" in p) {
      issues.push({ code: "VALUE", field, value: v, reason: p.reason });
    } else {
      fields[field] = p.value;
      columns[field] = map.headers[i];
      if (typeof v === "number") numbers.set(field, v);
    }
  }

  const failed: ReadonlySet<string> = issues.length ? new Set(issues.map((i) => i.field)) : NONE;
  const derived = derive(fields, failed, issues);
  const marketBasis = fields.market_rate === undefined ? undefined : map.marketRateBasis;
  const record: LoanRecord = {
    ...(fields as LoanFields),
    extra,
    derived,
    columns,
    ...(marketBasis ? { market_rate_basis: marketBasis } : {}),
  };

  // Kept out of sight of spreads and key listings, on the record itself (no side table for the GC to walk).
  Object.defineProperty(record, CELL_NUMBERS, { value: numbers });

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
 * Computes what loan-tape.md lets a record leave out:
 * - escrow_payment = taxes_monthly + insurance_monthly + hoa_monthly, from whichever parts are given;
 * - pi_payment = the level payment on upb at note_rate over remaining_term (programs.md section 1);
 * - pre_hardship_pi defaults to pi_payment.
 * A field is derived only when it is absent and its inputs read cleanly.
 */
const ESCROW_PARTS = ["taxes_monthly", "insurance_monthly", "hoa_monthly"] as const;
const NONE: ReadonlySet<string> = new Set();

function derive(
  fields: MutableFields,
  failed: ReadonlySet<string>,
  issues: RecordIssue[]
): FieldName[] {
  const derived: FieldName[] = [];
  if (fields.escrow_payment === undefined && !failed.has("escrow_payment")) {
    let sum: Decimal | undefined;
    let clean = true;
    for (const p of ESCROW_PARTS) {
      if (failed.has(p)) clean = false;
      else if (fields[p] !== undefined) sum = (sum ?? ZERO).plus(fields[p] as Decimal);
    }
    if (clean && sum !== undefined) {
      fields.escrow_payment = sum;
      derived.push("escrow_payment");
    }
  }
  if (
    fields.pi_payment === undefined &&
    !failed.has("pi_payment") &&
    fields.upb !== undefined &&
    fields.note_rate !== undefined &&
    fields.remaining_term !== undefined
  ) {
    const pi = levelPayment(
      (fields.upb as Decimal).toNumber(),
      (fields.note_rate as Decimal).toNumber(),
      fields.remaining_term as number
    );
    if (pi.ok) {
      fields.pi_payment = pi.value;
      derived.push("pi_payment");
    } else {
      for (const i of pi.issues) {
        issues.push({
          code: i.code,
          field: "pi_payment",
          value: i.value,
          reason: `pi_payment cannot be computed: ${i.reason}`,
        });
      }
    }
  }
  if (
    fields.pre_hardship_pi === undefined &&
    !failed.has("pre_hardship_pi") &&
    fields.pi_payment !== undefined
  ) {
    fields.pre_hardship_pi = fields.pi_payment;
    derived.push("pre_hardship_pi");
  }
  return derived;
}

/**
 * Reads one loan record from headers and values (arrays of cells as Excel passes them). Headers match
 * case-insensitively ignoring spaces, `_` and `-`, and through the aliases of record-fields.ts.
 */
export function readLoanRecord(
  headers: readonly Cell[],
  values: readonly Cell[],
  options: ReadOptions = {}
): RecordReading {
  return readRow(mapHeaders(headers), values, options);
}

const MISSING_HINT: { readonly [F in FieldName]?: string } = {
  pi_payment: "give pi_payment, or upb, note_rate and remaining_term to compute it",
  escrow_payment: "give escrow_payment, or taxes_monthly, insurance_monthly and hoa_monthly",
  pre_hardship_pi: "give pre_hardship_pi or pi_payment",
};

/**
 * One `NA` issue per required field the record lacks, naming the field. `purpose` (for example
 * "FLEX-2024") is added to the message.
 */
export function requireFields(
  record: LoanRecord,
  fields: readonly FieldName[],
  purpose?: string
): RecordIssue[] {
  const issues: RecordIssue[] = [];
  for (const field of new Set(fields)) {
    if (record[field] !== undefined) continue;
    const hint = MISSING_HINT[field];
    issues.push({
      code: "NA",
      field,
      reason: `${field} is required${purpose ? ` for ${purpose}` : ""} but missing${hint ? ` (${hint})` : ""}`,
    });
  }
  return issues;
}

/** The reading as a Result: the record when there is no issue, else every issue. */
export function recordResult(reading: RecordReading): Result<LoanRecord> {
  return reading.ok ? ok(reading.record) : failWith(reading.issues);
}

/** Only the record's typed fields, in table order (for display and comparison). */
export function recordFields(record: LoanRecord): LoanFields {
  const out: MutableFields = {};
  for (const f of FIELD_NAMES) if (record[f] !== undefined) out[f] = record[f];
  return out as LoanFields;
}

// ---------------------------------------------------------------------------------------------
// Tapes

export interface TapeRecord {
  /** Row number as the sheet or file shows it (the header row is `firstRow − 1`). */
  readonly row: number;
  readonly record: LoanRecord;
}

export interface RejectedCell {
  readonly row: number;
  readonly code: IssueCode;
  readonly field: string;
  readonly value?: unknown;
  readonly reason: string;
}

export interface TapeReading {
  readonly records: readonly TapeRecord[];
  /** One entry per problem; a rejected row may have several. */
  readonly rejected: readonly RejectedCell[];
  /** Issues with the header row itself (they also reject every row). */
  readonly headerIssues: readonly RecordIssue[];
  /** read = evaluated + rejected (loan-tape.md); blank rows are skipped and not read. */
  readonly counts: {
    readonly read: number;
    readonly evaluated: number;
    readonly rejected: number;
    readonly blank: number;
  };
}

export interface TapeOptions extends ReadOptions {
  /** Row number of the first data row (default 2: headers on row 1). */
  readonly firstRow?: number;
}

/**
 * Reads a loan tape. Every row is read against the same headers; `loan_id` is always required and
 * must be unique (every row sharing an id is rejected: which one is right cannot be told). A row
 * with any issue is rejected and reported cell by cell; the others are returned with their row
 * numbers. Wholly blank rows are skipped.
 */
export function readLoanTape(
  headers: readonly Cell[],
  rows: readonly (readonly Cell[])[],
  options: TapeOptions = {}
): TapeReading {
  const map = mapHeaders(headers);
  const firstRow = options.firstRow ?? 2;
  const require: FieldName[] = [
    "loan_id",
    ...(options.require ?? []),
    ...fieldsRequiredFor(...(options.uses ?? [])),
  ];
  const readings: { row: number; reading: RecordReading }[] = [];
  let blank = 0;
  rows.forEach((values, i) => {
    if (values.every(isBlank)) {
      blank++;
      return;
    }
    readings.push({ row: firstRow + i, reading: readRow(map, values, { require }) });
  });

  const rowsById = new Map<string, number[]>();
  for (const { row, reading } of readings) {
    const id = reading.record.loan_id;
    if (id !== undefined) rowsById.set(id, [...(rowsById.get(id) ?? []), row]);
  }

  const records: TapeRecord[] = [];
  const rejected: RejectedCell[] = [];
  let rejectedRows = 0;
  for (const { row, reading } of readings) {
    const problems: RejectedCell[] = reading.issues.map((i) => ({
      row,
      code: i.code,
      field: i.field,
      value: i.value,
      reason: i.reason,
    }));
    const id = reading.record.loan_id;
    const same = id === undefined ? [] : (rowsById.get(id) ?? []);
    if (same.length > 1) {
      problems.push({
        row,
        code: "VALUE",
        field: "loan_id",
        value: id,
        reason: `loan_id: ${JSON.stringify(id)} is not unique in the tape (rows ${same.join(", ")})`,
      });
    }
    if (problems.length) {
      rejectedRows++;
      rejected.push(...problems);
    } else {
      records.push({ row, record: reading.record });
    }
  }
  return {
    records,
    rejected,
    headerIssues: map.issues,
    counts: { read: readings.length, evaluated: records.length, rejected: rejectedRows, blank },
  };
}
