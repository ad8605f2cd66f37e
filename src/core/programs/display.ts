import Decimal from "decimal.js";
import { Cents } from "../verified-rounding";

/** How amounts appear in audit sentences: "$1,234.56", "4.375%", "112.50%". */
export function usd(c: Cents): string {
  const sign = c < 0 ? "-" : "";
  const a = Math.abs(c);
  const dollars = Math.floor(a / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${sign}$${dollars}.${String(a % 100).padStart(2, "0")}`;
}

export function pct(x: Decimal.Value, places = 3): string {
  const d = new Decimal(x).times(100);
  // Rates show as written (4.375%); longer fractions are cut to `places` decimals.
  const s = d.decimalPlaces() <= places ? d.toString() : d.toFixed(places);
  return `${s}%`;
}
