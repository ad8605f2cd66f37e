import Decimal from "decimal.js";
import { D } from "../money";
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
  const d = Decimal.isDecimal(x) ? (x as Decimal) : new D(x);
  // Rates show as written (4.375%); longer fractions are cut to `places` decimals.
  return d.decimalPlaces() <= places + 2
    ? `${shiftTwoPlaces(d.toString())}%`
    : `${d
        .times(100)
        .toFixed(places)
        .replace(/^-(?=0(\.0*)?$)/, "")}%`;
}

/** "0.04375" → "4.375": the decimal point moved two places, on the text (no arithmetic). */
function shiftTwoPlaces(text: string): string {
  const negative = text.startsWith("-");
  const t = negative ? text.slice(1) : text;
  const [whole, fraction = ""] = t.split(".");
  const digits = whole + fraction.padEnd(2, "0");
  const point = whole.length + 2;
  // Leading zeros go only after the point is placed: "0.0003" → "000.03" → "0.03".
  const intPart = digits.slice(0, point).replace(/^0+(?=\d)/, "");
  const frac = digits.slice(point);
  return `${negative ? "-" : ""}${intPart}${frac ? "." + frac : ""}`;
}

/**
 * pct(num / den, places) for whole numbers num > 0 and den > 0 (cents over cents), where `exact()`
 * is that quotient in Decimal. The float quotient (within 3e-16 of the exact one) decides the text
 * when it is clear of every boundary by a relative 1e-9: then the exact quotient has more than
 * `places` + 2 decimals (so pct multiplies and fixes it) and rounds half-up the same way. Anything
 * closer, and any other input, is shown from `exact()`.
 */
export function pctOfRatio(num: number, den: number, places: number, exact: () => Decimal): string {
  if (num > 0 && den > 0 && Number.isSafeInteger(num) && Number.isSafeInteger(den)) {
    const unit = 10 ** places;
    const q = (num * unit * 100) / den;
    if (q < 2 ** 50) {
      const whole = Math.floor(q);
      const frac = q - whole;
      const margin = 1e-9 * q + 1e-7;
      if (frac > margin && 1 - frac > margin && Math.abs(frac - 0.5) > margin) {
        const r = frac > 0.5 ? whole + 1 : whole;
        if (places === 0) return `${r}%`;
        const fraction = String(r % unit).padStart(places, "0");
        return `${Math.floor(r / unit)}.${fraction}%`;
      }
    }
  }
  return pct(exact(), places);
}
