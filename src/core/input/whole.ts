import Decimal from "decimal.js";
import { Result, ok } from "../result";
import { isBlank } from "./cell";
import { readNumberText } from "./number-text";
import { plainWhole } from "./plain-decimal";
import { invalid, missing } from "./problem";

/** 100 years. Programs stop at 480 months; the payment functions allow more for modelling. */
export const MAX_TERM_MONTHS = 1200;

/** The results for 0 to MAX_TERM_MONTHS, made once: terms and counts are read for every row of a tape. */
const SMALL: readonly Result<number>[] = Array.from({ length: MAX_TERM_MONTHS + 1 }, (_, n) =>
  ok(n)
);

export interface WholeOptions {
  /** Smallest value allowed (default 0). */
  readonly min?: number;
  /** Largest value allowed (default the largest safe integer). */
  readonly max?: number;
  /** What is counted, for messages ("months", "payments"). */
  readonly unit?: string;
}

/**
 * A whole number from a number or digit text (`360`, `1,200`). Text with `%`, `$` or parentheses is
 * not a count. Below `min` is `VALUE` when `min` is 0 ("cannot be negative") and `NUM` otherwise
 * (nothing can be computed over 0 months); above `max` is `NUM`. Blank is `NA`.
 */
export function parseWhole(cell: unknown, field: string, options?: WholeOptions): Result<number> {
  const min = options?.min ?? 0;
  const max = options?.max ?? Number.MAX_SAFE_INTEGER;
  if (typeof cell === "number" && Number.isInteger(cell) && cell >= min && cell <= max)
    return cell >= 0 && cell <= MAX_TERM_MONTHS ? SMALL[cell] : ok(cell);
  if (typeof cell === "string") {
    // Digits only, as a tape writes counts and terms: the number they write, without a Decimal.
    const v = plainWhole(cell);
    if (v !== undefined && v >= min && v <= max) return v <= MAX_TERM_MONTHS ? SMALL[v] : ok(v);
  }
  const unit = options?.unit ?? "";
  const notWhole = unit ? `is not a whole number of ${unit}` : "is not a whole number";
  if (isBlank(cell)) return missing(field, cell);
  let n: number;
  if (typeof cell === "number") {
    n = cell;
  } else if (typeof cell === "string") {
    const t = readNumberText(cell);
    if (t === undefined || t.percent || t.currency || t.parenthesised)
      return invalid(field, cell, notWhole);
    n = wholeOrNaN(t.value);
  } else if (Decimal.isDecimal(cell)) {
    n = wholeOrNaN(cell as Decimal);
  } else {
    return invalid(field, cell, notWhole);
  }
  if (!Number.isInteger(n)) return invalid(field, cell, notWhole);
  if (n < min)
    return min === 0
      ? invalid(field, cell, "cannot be negative")
      : invalid(
          field,
          cell,
          `must be at least ${min}${unit ? ` ${singular(unit, min)}` : ""}`,
          "NUM"
        );
  if (n > max) return invalid(field, cell, `is more than ${max}${unit ? ` ${unit}` : ""}`, "NUM");
  return ok(n === 0 ? 0 : n);
}

function wholeOrNaN(d: Decimal): number {
  return d.isFinite() && d.isInteger() ? d.toNumber() : Number.NaN;
}

function singular(unit: string, n: number): string {
  return Math.abs(n) === 1 && unit.endsWith("s") ? unit.slice(0, -1) : unit;
}

/** A term or period in whole months, 1 to MAX_TERM_MONTHS unless bounds are given. */
export function parseMonths(
  cell: unknown,
  field: string,
  options?: { readonly min?: number; readonly max?: number }
): Result<number> {
  if (options === undefined) return parseWhole(cell, field, TERM);
  return parseWhole(cell, field, {
    min: options.min ?? 1,
    max: options.max ?? MAX_TERM_MONTHS,
    unit: "months",
  });
}

const TERM: WholeOptions = { min: 1, max: MAX_TERM_MONTHS, unit: "months" };
const COUNT: WholeOptions = { min: 0 };

/** A count, 0 or more (at most `max`, default the largest safe integer). */
export function parseCount(
  cell: unknown,
  field: string,
  options?: { readonly max?: number; readonly unit?: string }
): Result<number> {
  if (options === undefined) return parseWhole(cell, field, COUNT);
  return parseWhole(cell, field, { min: 0, max: options.max, unit: options.unit });
}
