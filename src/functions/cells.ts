import {
  Cell,
  Choices,
  isBlank,
  parseChoice,
  parseCount,
  parseDate,
  parseFlag,
  parseMoney,
  parseMonths,
  parsePositive,
  parseRate,
  parseWhole,
  showValue,
} from "../core/input";
import { Issue, IssueCode, Result, ok } from "../core/result";
import { CalendarDate, isExcelDate, toExcelSerial } from "../core/calendar-date";
import { Cents } from "../core/verified-rounding";
import { loanIdsOf, mapHeaders, repeatedIdIssue, repeatedIds } from "../core/record";

/**
 * The one adapter between Excel cells and the core (functions.md, "Conventions"):
 * every argument arrives as a matrix (one cell is [[x]], a column is [[a],[b],…]); single-row
 * arguments are broadcast against column arguments; columns of different lengths give #VALUE!;
 * each row computes on its own, so a bad row is an error in its own cell while the others compute.
 * Arguments are read by the core's input module, so a cell reads exactly as the same text in a loan
 * record or a tape. Nothing here throws: every failure becomes a CustomFunctions.Error with a message.
 */

export type { Cell } from "../core/input";
/** An argument as Excel passes it. */
export type Arg = Cell[][] | null | undefined;
/** A result cell: a value or an Excel error. */
export type Out = number | string | boolean | CustomFunctions.Error;

const ERROR_CODES: Record<IssueCode, () => CustomFunctions.ErrorCode> = {
  VALUE: () => CustomFunctions.ErrorCode.invalidValue,
  NUM: () => CustomFunctions.ErrorCode.invalidNumber,
  DIV0: () => CustomFunctions.ErrorCode.divisionByZero,
  NA: () => CustomFunctions.ErrorCode.notAvailable,
};

/** An Excel error cell. Excel shows messages only for #VALUE! and #N/A, so only those carry one. */
export function errorCell(issue: Issue): CustomFunctions.Error {
  const code = ERROR_CODES[issue.code]();
  return issue.code === "VALUE" || issue.code === "NA"
    ? new CustomFunctions.Error(code, issue.reason)
    : new CustomFunctions.Error(code);
}

/** What a row shows when the engine itself failed: a plain sentence, never the exception's text. */
const INTERNAL: Issue = {
  code: "VALUE",
  reason:
    "LM Workbench could not compute this: an internal error, not a problem with the values given",
};

/** Reads one cell into a typed value (an input-module parser): the value, or the issue naming the argument. */
export type Parser<T> = (cell: Cell, name: string) => Result<T>;

/** Whether a core callback gave an issue rather than a value (values never carry a reason). */
export function isIssue(x: unknown): x is Issue {
  return typeof x === "object" && x !== null && "reason" in x && "code" in x;
}

/** A required argument: a blank cell is a missing value (#N/A), as every parser says. */
export function required<T>(parse: Parser<T>): Parser<T> {
  return parse;
}

/** An optional argument: omitted or blank takes the default. */
export function optional<T>(parse: Parser<T>, fallback: T): Parser<T> {
  const given = ok(fallback);
  return (cell, name) => (isBlank(cell) ? given : parse(cell, name));
}

/** Dollars, not negative, at most 10 trillion: in whole cents. */
export const money: Parser<Cents> = (cell, name) => parseMoney(cell, name);
/** Dollars that may be negative (net proceeds can be): in whole cents. */
export const signedMoney: Parser<Cents> = (cell, name) => parseMoney(cell, name, { signed: true });
/** An annual rate as a fraction (0.065 or 6.5%), above −100%. */
export const rate: Parser<number> = (cell, name) => parseRate(cell, name, { signed: true });
/** A rate that cannot be negative (commissions). */
export const nonNegativeRate: Parser<number> = (cell, name) => parseRate(cell, name);
/** A positive number used as a multiplier or increment. */
export const positive: Parser<number> = (cell, name) => parsePositive(cell, name);
/** A term in whole months, 1 to 1200. */
export const months: Parser<number> = (cell, name) => parseMonths(cell, name);
/** A whole count, 0 or more. */
export const count: Parser<number> = (cell, name) => parseCount(cell, name);
/** A whole number that may be negative. */
export const wholeNumber: Parser<number> = (cell, name) =>
  parseWhole(cell, name, { min: -Number.MAX_SAFE_INTEGER });
/** A date: an Excel date (serial), YYYY-MM-DD or MM/DD/YYYY, within Excel's dates. */
export const date: Parser<CalendarDate> = (cell, name) => parseDate(cell, name);
/** TRUE/FALSE, 1/0, YES/NO or Y/N. */
export const flag: Parser<boolean> = (cell, name) => parseFlag(cell, name);
/** One of a closed list of words. */
export function choice<T extends string>(list: Choices<T>): Parser<T> {
  return (cell, name) => parseChoice(cell, name, list);
}

/** A date as a result cell: its Excel serial, or #NUM! when Excel cannot show it. */
export function dateCell(d: CalendarDate): Out {
  return isExcelDate(d)
    ? toExcelSerial(d)
    : errorCell({ code: "NUM", reason: "the date is outside Excel's dates" });
}

export interface ArgSpec<T> {
  readonly name: string;
  readonly parse: Parser<T>;
}

export function arg<T>(name: string, parse: Parser<T>): ArgSpec<T> {
  return { name, parse };
}

type Values<S extends readonly ArgSpec<unknown>[]> = {
  [K in keyof S]: S[K] extends ArgSpec<infer T> ? T : never;
};

interface Shape {
  readonly rows: number;
  readonly issue?: Issue;
}

/** The row count of one argument; more than one column is refused unless the argument takes several. */
function shapeOf(a: Arg, name: string, multiColumn: boolean): Shape {
  if (a === null || a === undefined) return { rows: 1 };
  if (!Array.isArray(a) || a.length === 0 || !Array.isArray(a[0]))
    return {
      rows: 1,
      issue: { code: "VALUE", field: name, reason: `${name} is not a cell or range` },
    };
  if (!multiColumn && a[0].length !== 1)
    return {
      rows: a.length,
      issue: {
        code: "VALUE",
        field: name,
        reason: `${name} must be one column (got ${a[0].length} columns)`,
      },
    };
  return { rows: a.length };
}

/** The common row count of the arguments: 1-row arguments broadcast; other lengths must agree. */
export function rowCount(
  args: readonly Arg[],
  names: readonly string[],
  multiColumn: readonly boolean[] = []
): number | Issue {
  let n = 1;
  let longest = "";
  for (let i = 0; i < args.length; i++) {
    const s = shapeOf(args[i], names[i], multiColumn[i] ?? false);
    if (s.issue) return s.issue;
    if (s.rows === 1) continue;
    if (n !== 1 && s.rows !== n)
      return {
        code: "VALUE",
        field: names[i],
        reason: `ranges differ in length: ${longest} has ${n} rows, ${names[i]} has ${s.rows}`,
      };
    n = s.rows;
    longest = names[i];
  }
  return n;
}

function cellAt(a: Arg, row: number): Cell {
  if (a === null || a === undefined) return null;
  return (a.length === 1 ? a[0] : a[row])[0];
}

/** A result cell made safe: NaN or ±Infinity never reach a cell. */
function safe(v: Out): Out {
  return typeof v === "number" && !Number.isFinite(v)
    ? errorCell({ code: "NUM", reason: "no finite result" })
    : v;
}

/** Turns an unexpected exception into an error cell, so a function never throws into Excel. */
export function guarded(body: () => Out[][]): Out[][] {
  try {
    return body();
  } catch {
    return [[errorCell(INTERNAL)]];
  }
}

/** One row's result cell; an exception in it costs only that row. */
function rowCell(body: () => Out | Issue): Out {
  try {
    const r = body();
    return isIssue(r) ? errorCell(r) : safe(r);
  } catch {
    return errorCell(INTERNAL);
  }
}

/**
 * A vectorized function: parses each row's arguments, calls `compute` on the parsed values, and
 * spills one column of results (one cell when every argument is one cell). A row whose arguments do
 * not parse, or whose computation fails, gives its own error cell; the other rows are computed.
 */
export function perRow<S extends readonly ArgSpec<unknown>[]>(
  specs: S,
  args: readonly Arg[],
  compute: (...values: Values<S>) => Out | Issue
): Out[][] {
  return guarded(() => {
    const names = specs.map((s) => s.name);
    const n = rowCount(args, names);
    if (typeof n !== "number") return [[errorCell(n)]];
    const out: Out[][] = new Array(n);
    const values = new Array(specs.length);
    const computeRow = () => compute(...(values as Values<S>));
    rows: for (let row = 0; row < n; row++) {
      for (let i = 0; i < specs.length; i++) {
        const v = specs[i].parse(cellAt(args[i], row), specs[i].name);
        if (!v.ok) {
          out[row] = [errorCell(v.issues[0])];
          continue rows;
        }
        values[i] = v.value;
      }
      out[row] = [rowCell(computeRow)];
    }
    return out;
  });
}

/**
 * A table-valued function (a schedule): every argument must be one cell; the table spills, with an
 * optional header row. Failures give one error cell.
 */
export function table<S extends readonly ArgSpec<unknown>[]>(
  fn: string,
  specs: S,
  args: readonly Arg[],
  compute: (...values: Values<S>) => Out[][] | Issue
): Out[][] {
  return guarded(() => {
    const names = specs.map((s) => s.name);
    const n = rowCount(args, names);
    if (typeof n !== "number") return [[errorCell(n)]];
    if (n !== 1)
      return [
        [
          errorCell({
            code: "VALUE",
            reason: `${fn} spills one table: give one cell per argument, not a ${n}-row range`,
          }),
        ],
      ];
    const values = new Array(specs.length);
    for (let i = 0; i < specs.length; i++) {
      const v = specs[i].parse(cellAt(args[i], 0), specs[i].name);
      if (!v.ok) return [[errorCell(v.issues[0])]];
      values[i] = v.value;
    }
    const r = compute(...(values as Values<S>));
    return isIssue(r) ? [[errorCell(r)]] : r.map((line) => line.map(safe));
  });
}

/** The first issue of a failed core result, for `compute` callbacks. */
export function issueOf(r: Result<unknown>): Issue {
  return r.ok ? { code: "VALUE", reason: "no error" } : r.issues[0];
}

// ---------------------------------------------------------------------------------------------
// Record-based functions (LM.WATERFALL, LM.NPV, LM.REGXDATES): a loan record as headers + values.

/** One line of a spilled audit table: a label and its value. */
export type AuditLine = readonly [string, Out];

/** What a record-based function computes for one record: its audit lines and its named result fields. */
export interface RecordOutcome {
  readonly audit: readonly AuditLine[];
  readonly fields: Readonly<Record<string, Out | undefined>>;
}

function isRow(a: Cell[][]): boolean {
  return a.length === 1;
}

/**
 * The records an argument pair holds: headers as one row with values in one row per loan, or a
 * vertical form (headers down a column, one loan's values in the next column).
 */
function recordRows(headers: Arg, values: Arg): { headers: Cell[]; rows: Cell[][] } | Issue {
  if (
    !Array.isArray(headers) ||
    headers.length === 0 ||
    !Array.isArray(values) ||
    values.length === 0
  )
    return {
      code: "NA",
      field: "headers",
      reason: "headers and values are required (a header row and a row of values)",
    };
  if (isRow(headers)) {
    const width = headers[0].length;
    if (values[0].length !== width)
      return {
        code: "VALUE",
        field: "values",
        reason: `values have ${values[0].length} columns but headers have ${width}`,
      };
    return { headers: headers[0], rows: values };
  }
  if (headers[0].length === 1 && values.length === headers.length && values[0].length === 1)
    return { headers: headers.map((r) => r[0]), rows: [values.map((r) => r[0])] };
  return {
    code: "VALUE",
    field: "headers",
    reason:
      "headers must be one row (with values in rows below it), or one column beside one column of values",
  };
}

/**
 * Rows of one call that share a loan_id (compared as the record reads it), with the issue each shows:
 * which result belongs to which loan could not be told.
 */
function repeatedLoans(headers: readonly Cell[], rows: readonly Cell[][]): Map<number, Issue> {
  const out = new Map<number, Issue>();
  if (rows.length < 2) return out;
  const ids = loanIdsOf(mapHeaders(headers), rows);
  const labels = rows.map((_, i) => i + 1);
  for (const [i, same] of repeatedIds(ids, labels))
    out.set(i, repeatedIdIssue(ids[i]!, same, "this call's values"));
  return out;
}

/**
 * A record-based function. With `field`, one value per loan (a column for a tape); without it, one
 * loan's two-column audit table (its steps, then its result fields). A record that cannot be
 * evaluated gives its error in its own cell, naming the field at fault; a loan_id given to two rows
 * is an error in each of them; a failure inside the engine costs only its own row.
 */
export function recordFunction(
  fn: string,
  fieldNames: readonly string[],
  headersArg: Arg,
  valuesArg: Arg,
  fieldArg: Arg,
  evaluate: (headers: readonly Cell[]) => (values: readonly Cell[]) => RecordOutcome | Issue
): Out[][] {
  return guarded(() => {
    const shape = recordRows(headersArg, valuesArg);
    if (isIssue(shape)) return [[errorCell(shape)]];
    const fieldCell = fieldArg === null || fieldArg === undefined ? null : fieldArg[0]?.[0];
    let field: string | undefined;
    if (!isBlank(fieldCell)) {
      if (typeof fieldCell !== "string" || !fieldNames.includes(fieldCell.trim().toLowerCase()))
        return [
          [
            errorCell({
              code: "VALUE",
              field: "field",
              value: fieldCell,
              reason: `${fn}: unknown field ${showValue(fieldCell)}; use one of ${fieldNames.join(", ")}`,
            }),
          ],
        ];
      field = fieldCell.trim().toLowerCase();
    }
    const evaluateRow = evaluate(shape.headers);
    if (field === undefined) {
      if (shape.rows.length !== 1)
        return [
          [
            errorCell({
              code: "VALUE",
              field: "field",
              reason: `${fn}: name a field to evaluate ${shape.rows.length} loans at once (one column of results)`,
            }),
          ],
        ];
      const r = evaluateRow(shape.rows[0]);
      if (isIssue(r)) return [[errorCell(r)]];
      const lines: Out[][] = r.audit.map(([label, value]) => [label, safe(value)]);
      for (const name of fieldNames) lines.push([name, safe(r.fields[name] ?? "")]);
      return lines;
    }
    const repeated = repeatedLoans(shape.headers, shape.rows);
    const out: Out[][] = new Array(shape.rows.length);
    for (let i = 0; i < shape.rows.length; i++) {
      const same = repeated.get(i);
      const row = shape.rows[i];
      out[i] = [same ? errorCell(same) : rowCell(() => fieldOf(evaluateRow(row), field!))];
    }
    return out;
  });
}

/** One named result field of a record's outcome, or the issue that stands in its cell. */
function fieldOf(r: RecordOutcome | Issue, field: string): Out | Issue {
  if (isIssue(r)) return r;
  const v = r.fields[field];
  return v === undefined || v === ""
    ? { code: "NA", field, reason: `${field} does not apply to this loan's result` }
    : v;
}
