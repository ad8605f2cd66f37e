/**
 * Excel number-format codes the worksheets use. Every money cell carries a money or currency
 * format, every ratio a percent format, every date a date format.
 */
export const NumberFormats = {
  general: "General",
  /** Money without a symbol: 1,234.56 and -1,234.56. */
  money: "#,##0.00",
  /** Money with the dollar sign: $1,234.56. */
  currency: '"$"#,##0.00',
  /** Whole numbers with thousands separators: counts, months. */
  whole: "#,##0",
  /** Text: what is typed into the cell later stays text too. */
  text: "@",
  /** Dates in lender documents (US): 03/01/2026. */
  date: "mm/dd/yyyy",
  /** Dates in data tables, sortable as read: 2026-03-01. */
  isoDate: "yyyy-mm-dd",
} as const;

/** A percent with a fixed number of decimal places: percentFormat(2) is 0.00% (0.3125 shows 31.25%). */
export function percentFormat(places = 2): string {
  return places > 0 ? `0.${"0".repeat(places)}%` : "0%";
}

/** A plain decimal with thousands separators and a fixed number of places. */
export function decimalFormat(places: number): string {
  return places > 0 ? `#,##0.${"0".repeat(places)}` : "#,##0";
}

/** Whether a number format shows a date (so a number under it is an Excel date serial). */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const bare = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
  return /[dy]/i.test(bare) || /m{1,4}\/|\/m{1,4}/i.test(bare);
}
