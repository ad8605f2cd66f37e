import { Result, ok } from "../result";
import { isBlank } from "./cell";
import { invalid, missing } from "./problem";

/**
 * Text, trimmed. A number is taken as its text (a numeric loan number is still an id); a boolean is
 * not text. Blank is `NA`.
 */
export function parseText(cell: unknown, field: string): Result<string> {
  if (isBlank(cell)) return missing(field, cell);
  if (typeof cell === "string") return ok(cell.trim());
  if (typeof cell === "number" && Number.isFinite(cell)) return ok(String(cell));
  return invalid(field, cell, "is not text");
}
