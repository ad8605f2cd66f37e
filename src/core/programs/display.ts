import Decimal from "decimal.js";
import { Cents } from "../verified-rounding";

/** How amounts appear in audit sentences: "$1,234.56", "4.375%", "112.50%". */
export function usd(c: Cents): string {
  const a = Math.abs(c);
  let whole = Math.floor(a / 100);
  let grouped = "";
  while (whole >= 1000) {
    const group = whole % 1000;
    grouped = `,${group < 10 ? "00" : group < 100 ? "0" : ""}${group}${grouped}`;
    whole = Math.floor(whole / 1000);
  }
  const fraction = a % 100;
  return `${c < 0 ? "-" : ""}$${whole}${grouped}.${fraction < 10 ? "0" : ""}${fraction}`;
}

const pctCache = new Map<string, string>();

export function pct(x: Decimal.Value, places = 3): string {
  if (typeof x !== "string") return pctOf(x, places);
  // Rule-set params ("0.06") come as the same few texts on every call: each shown once.
  const key = `${places}|${x}`;
  let shown = pctCache.get(key);
  if (shown === undefined) {
    shown = pctOf(x, places);
    if (pctCache.size < 1000) pctCache.set(key, shown);
  }
  return shown;
}

function pctOf(x: Decimal.Value, places: number): string {
  const d = Decimal.isDecimal(x) ? (x as Decimal) : new Decimal(x);
  // Rates show as written (4.375%); longer fractions are cut to `places` decimals.
  return d.decimalPlaces() <= places + 2
    ? `${shiftTwoPlaces(d.toString())}%`
    : `${d.times(100).toFixed(places)}%`;
}

/** "0.04375" → "4.375": the decimal point moved two places, on the text (no arithmetic). */
function shiftTwoPlaces(text: string): string {
  const negative = text.startsWith("-");
  const t = negative ? text.slice(1) : text;
  const [whole, fraction = ""] = t.split(".");
  const digits = (whole + fraction.padEnd(2, "0")).replace(/^0+(?=\d)/, "");
  const point = digits.length - Math.max(0, fraction.length - 2);
  const intPart = digits.slice(0, point) || "0";
  const frac = digits.slice(point);
  return `${negative ? "-" : ""}${intPart}${frac ? "." + frac : ""}`;
}
