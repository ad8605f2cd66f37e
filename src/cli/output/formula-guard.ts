/**
 * Text that a spreadsheet would run as a formula, written so it stays text (OWASP, "CSV Injection"):
 * a text cell whose first character is `=`, `+`, `-`, `@`, a tab, a carriage return or a line feed
 * gets a single quote in front of it, so Excel, LibreOffice and Google Sheets show it as text and run
 * nothing. The rule applies to text cells only (a loan id, a reason, a value echoed from the tape);
 * numbers (a negative NPV benefit) are written as numbers. In XLSX no prefix is needed: a string cell
 * is never a formula there.
 */
const RISKY_FIRST = new Set(["=", "+", "-", "@", "\t", "\r", "\n"]);

export function looksLikeFormula(text: string): boolean {
  return text.length > 0 && RISKY_FIRST.has(text[0]);
}

export function csvSafeText(text: string): string {
  return looksLikeFormula(text) ? `'${text}` : text;
}
