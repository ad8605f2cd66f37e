import { Result, ok } from "../result";
import { isBlank } from "./cell";
import { invalid, missing } from "./problem";

/**
 * A closed list of values (investors, occupancies, states, pay frequencies, ...) and the other
 * spellings accepted for them. Text matches case-insensitively, ignoring spaces, `_` and `-`.
 */
export interface Choices<T extends string> {
  readonly values: readonly T[];
  /** The value a text stands for, or undefined. */
  lookup(text: string): T | undefined;
  /** How a message names what was expected ("one of A, B, C" unless given). */
  readonly expected: string;
}

/** Text as choices compare it: upper case, without spaces, `_` or `-`. */
export function normalizeChoice(text: string): string {
  return text.toUpperCase().replace(/[\s_-]+/g, "");
}

export function choices<T extends string>(
  values: readonly T[],
  aliases: Readonly<Record<string, T>> = {},
  expected?: string
): Choices<T> {
  const index = new Map<string, T>();
  for (const v of values) index.set(normalizeChoice(v), v);
  for (const [alias, v] of Object.entries(aliases)) index.set(normalizeChoice(alias), v);
  // A text that is itself a key is its own normal form when every key is (normalizing is then
  // idempotent on them): it is looked up as it stands, without normalizing it again.
  const keysNormal = [...index.keys()].every((k) => normalizeChoice(k) === k);
  return {
    values,
    lookup: (text) =>
      (keysNormal ? index.get(text) : undefined) ?? index.get(normalizeChoice(text)),
    expected: expected ?? `one of ${values.join(", ")}`,
  };
}

/** One of the choices, from text. Blank is `NA`; anything else is `VALUE`, listing what is expected. */
export function parseChoice<T extends string>(
  cell: unknown,
  field: string,
  list: Choices<T>
): Result<T> {
  const hit = typeof cell === "string" ? list.lookup(cell) : undefined;
  if (hit !== undefined) return ok(hit);
  if (isBlank(cell)) return missing(field, cell);
  return invalid(field, cell, `is not ${list.expected}`);
}
