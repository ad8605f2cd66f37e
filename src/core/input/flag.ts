import { Result, ok } from "../result";
import { isBlank } from "./cell";
import { invalid, missing } from "./problem";

const TRUE_WORDS: ReadonlySet<string> = new Set(["TRUE", "YES", "Y", "1"]);
const FALSE_WORDS: ReadonlySet<string> = new Set(["FALSE", "NO", "N", "0"]);

/**
 * TRUE or FALSE: a boolean, the numbers 1 and 0, or the words TRUE/FALSE, YES/NO, Y/N, 1/0 in any
 * case (as a servicing tape writes them). Blank is `NA`.
 */
export function parseFlag(cell: unknown, field: string): Result<boolean> {
  if (typeof cell === "boolean") return ok(cell);
  if (cell === 1 || cell === 0) return ok(cell === 1);
  if (isBlank(cell)) return missing(field, cell);
  if (typeof cell === "string") {
    const t = cell.trim().toUpperCase();
    if (TRUE_WORDS.has(t)) return ok(true);
    if (FALSE_WORDS.has(t)) return ok(false);
  }
  return invalid(field, cell, "is not TRUE or FALSE");
}
