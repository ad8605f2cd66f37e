/** A1 addresses: column letters, cells and ranges (1-based rows and columns), and sheet quoting. */

export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

const LETTERS: string[] = [];

export function columnLetters(col: number): string {
  if (col <= 702 && LETTERS[col] !== undefined) return LETTERS[col];
  let n = col;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  if (col <= 702) LETTERS[col] = out;
  return out;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

export function rangeAddress(r: CellRange): string {
  const a = cellAddress(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? a : `${a}:${cellAddress(r.bottom, r.right)}`;
}

/** Absolute form ($A$1:$B$2), as chart formulas and defined names use. */
export function absoluteRange(r: CellRange): string {
  const a = `$${columnLetters(r.left)}$${r.top}`;
  const b = `$${columnLetters(r.right)}$${r.bottom}`;
  return r.top === r.bottom && r.left === r.right ? a : `${a}:${b}`;
}

const A1 = /^\$?([A-Za-z]{1,3})\$?([0-9]+)$/;

/** "B4" or "B4:D9" (with or without $) as a range; undefined when malformed. */
export function parseRange(text: string): CellRange | undefined {
  const [first, second = first] = text.split(":");
  const a = A1.exec(first.trim());
  const b = A1.exec(second.trim());
  if (!a || !b) return undefined;
  const r1 = Number(a[2]);
  const r2 = Number(b[2]);
  const c1 = columnNumber(a[1]);
  const c2 = columnNumber(b[1]);
  if (r1 < 1 || r2 < 1 || r1 > MAX_ROWS || r2 > MAX_ROWS || c1 > MAX_COLUMNS || c2 > MAX_COLUMNS)
    return undefined;
  return {
    top: Math.min(r1, r2),
    left: Math.min(c1, c2),
    bottom: Math.max(r1, r2),
    right: Math.max(c1, c2),
  };
}

/** A sheet name as formulas write it: quoted when it is not a plain word ('Plan 1001'!A1). */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}[0-9]+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}
