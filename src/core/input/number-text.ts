import Decimal from "decimal.js";
import { D } from "../money";

/** What a number written as text says: its value and the marks it carried. */
export interface NumberText {
  /** The value, with a percent already divided by 100 and parentheses read as a minus sign. */
  readonly value: Decimal;
  readonly percent: boolean;
  readonly currency: boolean;
  readonly parenthesised: boolean;
}

const NUMBER_TEXT =
  /^\(?\s*([-+])?\s*(\$)?\s*((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+)\s*(%)?\s*\)?$/;

/**
 * Reads a number written as text: `1250.50`, `1,250.50`, `$1,250.50`, `-$5`, `(1,250.50)` (negative,
 * as accountants write it), `6.5%` (= 0.065). Surrounding spaces are ignored. Undefined for anything
 * else: exponents (`1e5`), currency words, thousands separators out of place (`1,25`, `12,34,567`),
 * a sign inside parentheses, unbalanced parentheses.
 */
export function readNumberText(text: string): NumberText | undefined {
  const t = text.trim();
  if (t === "") return undefined;
  const m = NUMBER_TEXT.exec(t);
  if (!m) return undefined;
  const open = t.startsWith("(");
  if (open !== t.endsWith(")")) return undefined;
  if (open && m[1] !== undefined) return undefined;
  let v = new D(m[3].replace(/,/g, ""));
  const percent = m[4] === "%";
  if (percent) v = v.div(100);
  if (m[1] === "-" || open) v = v.neg();
  if (v.isZero()) v = new D(0);
  return { value: v, percent, currency: m[2] === "$", parenthesised: open };
}
