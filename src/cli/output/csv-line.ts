/**
 * One CSV line (RFC 4180): a field holding a comma, a double quote, a carriage return or a line feed
 * is quoted, its quotes doubled; the line ends with a line feed. The cells are text already (and
 * guarded against formulas by the caller).
 */
const NEEDS_QUOTES = /[",\r\n]/;

export function csvField(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: readonly string[]): string {
  let line = "";
  for (let i = 0; i < cells.length; i++) line += (i ? "," : "") + csvField(cells[i]);
  return line + "\n";
}
