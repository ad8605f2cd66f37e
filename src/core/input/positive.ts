import Decimal from "decimal.js";
import { D } from "../money";
import { Result, ok } from "../result";
import { isBlank } from "./cell";
import { readNumberText } from "./number-text";
import { invalid, missing } from "./problem";

/** A positive number used as a multiplier or a step (a payment ratio, a rounding increment). */
export function parsePositive(
  cell: unknown,
  field: string,
  options?: { readonly max?: number }
): Result<number> {
  const max = options?.max ?? 1e6;
  if (typeof cell === "number" && cell > 0 && cell <= max) return ok(cell);
  if (isBlank(cell)) return missing(field, cell);
  let n: number;
  if (typeof cell === "number") n = cell;
  else if (typeof cell === "string") {
    const t = readNumberText(cell);
    if (t === undefined || t.currency) return invalid(field, cell, "is not a number");
    n = t.value.toNumber();
  } else if (Decimal.isDecimal(cell)) n = (cell as Decimal).toNumber();
  else return invalid(field, cell, "is not a number");
  if (!Number.isFinite(n)) return invalid(field, cell, "is not a number");
  if (n <= 0) return invalid(field, cell, "must be more than 0", "NUM");
  if (n > max) return invalid(field, cell, `is more than ${new D(max).toString()}`, "NUM");
  return ok(n);
}
