/**
 * How many lines a wrapped text takes in a given width, so rows of wrapped text get a height that
 * shows all of it: Excel and LibreOffice do not grow rows of merged cells by themselves.
 * Widths are Excel's character units (a column of width w is 7w + 5 pixels for the default font).
 */
import { LINE_HEIGHT } from "./styles";

/** Average width in pixels of a character of the worksheets' font (Arial 10), rounded up. */
const CHAR_PX = 6.2;

/** Bold text is about a tenth wider than regular text. */
export const BOLD_WIDTH_RATIO = 1.1;

/** Pixels of a column `width` characters wide. */
export function columnPixels(width: number): number {
  return Math.floor(width * 7 + 5);
}

export function columnsPixels(widths: readonly number[]): number {
  return widths.reduce((sum, w) => sum + columnPixels(w), 0);
}

/** Pixels `length` characters of text take on one line (sizeRatio: the size over 10 points, bold wider). */
export function textPixels(length: number, sizeRatio = 1): number {
  return length * CHAR_PX * sizeRatio;
}

/** Lines of `text` word-wrapped in `widthPx` pixels (at least 1). */
export function wrappedLines(text: string, widthPx: number, sizeRatio = 1): number {
  const perLine = Math.max(1, Math.floor((widthPx - 6) / (CHAR_PX * sizeRatio)));
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    let current = 0;
    let count = 1;
    for (const word of paragraph.split(" ")) {
      const len = word.length;
      if (current === 0) {
        current = len;
      } else if (current + 1 + len <= perLine) {
        current += 1 + len;
      } else {
        count++;
        current = len;
      }
      while (current > perLine) {
        count++;
        current -= perLine;
      }
    }
    lines += count;
  }
  return Math.max(1, lines);
}

/** Row height in points for `lines` lines of text of `size` points (10 is the worksheets' size). */
export function heightForLines(lines: number, size = 10): number {
  return Math.ceil(lines * LINE_HEIGHT * (size / 10) * 4) / 4 + (lines > 1 ? 1.5 : 0);
}
