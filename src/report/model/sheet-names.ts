/**
 * Excel's rules for sheet names, and the free name a new sheet gets so nothing is overwritten:
 * "Repayment Plan 1001", then "Repayment Plan 1001 (2)", ...
 */

export const MAX_SHEET_NAME = 31;
/** Excel keeps this name for itself. */
const RESERVED = "history";

/** A valid sheet name close to the wished one: forbidden characters become spaces, no leading or
 * trailing apostrophe, at most 31 characters, never blank or "History". */
export function validSheetName(wished: string): string {
  let name = wished
    // eslint-disable-next-line no-control-regex -- control characters are what this escapes
    .replace(/[[\]:*?/\\\u0000-\u001f]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  name = name.replace(/^'+|'+$/g, "").trim();
  name = truncate(name, MAX_SHEET_NAME).replace(/'+$/, "").trim();
  if (name === "" || name.toLowerCase() === RESERVED) name = name === "" ? "Sheet" : `${name} 1`;
  return name;
}

/** Cut to at most `max` UTF-16 units without splitting a surrogate pair. */
function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return cut.trimEnd();
}

/** The first free name for `wished` among `taken` (compared case-insensitively, as Excel does). */
export function freeSheetName(wished: string, taken: Iterable<string>): string {
  const used = new Set<string>();
  for (const t of taken) used.add(t.toLowerCase());
  const base = validSheetName(wished);
  if (!used.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const stem = truncate(base, MAX_SHEET_NAME - suffix.length)
      .replace(/'+$/, "")
      .trim();
    const candidate = `${stem}${suffix}`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

/** Free names for several sheets at once: each one also avoids the names chosen before it. */
export function freeSheetNames(wished: readonly string[], taken: Iterable<string>): string[] {
  const used = [...taken];
  return wished.map((w) => {
    const name = freeSheetName(w, used);
    used.push(name);
    return name;
  });
}

/** A free table (or defined) name: "Plan", then "Plan_2", ... compared case-insensitively. */
export function freeTableName(wished: string, taken: Iterable<string>): string {
  const used = new Set<string>();
  for (const t of taken) used.add(t.toLowerCase());
  if (!used.has(wished.toLowerCase())) return wished;
  for (let n = 2; ; n++) {
    const candidate = `${wished}_${n}`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}
