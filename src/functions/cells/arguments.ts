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
} from "../../core/input";
import { Result, ok } from "../../core/result";
import { CalendarDate } from "../../core/calendar-date";
import { Cents } from "../../core/verified-rounding";

/** Reads one cell into a typed value (an input-module parser): the value, or the issue naming the argument. */
export type Parser<T> = (cell: Cell, name: string) => Result<T>;

/** A required argument: a blank cell is a missing value (#N/A), as every parser says. */
export function required<T>(parse: Parser<T>): Parser<T> {
  return parse;
}

/** An optional argument: omitted or blank takes the default. */
export function optional<T>(parse: Parser<T>, fallback: T): Parser<T> {
  const given = ok(fallback);
  return (cell, name) => (isBlank(cell) ? given : parse(cell, name));
}

const SIGNED = { signed: true } as const;
const ANY_WHOLE = { min: -Number.MAX_SAFE_INTEGER } as const;

/** Dollars, not negative, at most 10 trillion: in whole cents. */
export const money: Parser<Cents> = (cell, name) => parseMoney(cell, name);
/** Dollars that may be negative (net proceeds can be): in whole cents. */
export const signedMoney: Parser<Cents> = (cell, name) => parseMoney(cell, name, SIGNED);
/** An annual rate as a fraction (0.065 or 6.5%), above −100%. */
export const rate: Parser<number> = (cell, name) => parseRate(cell, name, SIGNED);
/** A rate that cannot be negative (commissions). */
export const nonNegativeRate: Parser<number> = (cell, name) => parseRate(cell, name);
/** A positive number used as a multiplier or increment. */
export const positive: Parser<number> = (cell, name) => parsePositive(cell, name);
/** A term in whole months, 1 to 1200. */
export const months: Parser<number> = (cell, name) => parseMonths(cell, name);
/** A whole count, 0 or more. */
export const count: Parser<number> = (cell, name) => parseCount(cell, name);
/** A whole number that may be negative. */
export const wholeNumber: Parser<number> = (cell, name) => parseWhole(cell, name, ANY_WHOLE);
/** A date: an Excel date (serial), YYYY-MM-DD or MM/DD/YYYY, within Excel's dates. */
export const date: Parser<CalendarDate> = (cell, name) => parseDate(cell, name);
/** TRUE/FALSE, 1/0, YES/NO or Y/N. */
export const flag: Parser<boolean> = (cell, name) => parseFlag(cell, name);
/** One of a closed list of words. */
export function choice<T extends string>(list: Choices<T>): Parser<T> {
  return (cell, name) => parseChoice(cell, name, list);
}

export interface ArgSpec<T> {
  readonly name: string;
  readonly parse: Parser<T>;
}

export function arg<T>(name: string, parse: Parser<T>): ArgSpec<T> {
  return { name, parse };
}

export type Values<S extends readonly ArgSpec<unknown>[]> = {
  [K in keyof S]: S[K] extends ArgSpec<infer T> ? T : never;
};
