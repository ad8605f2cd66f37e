import type { ThemeName } from "../workbook/host-types";

/** Dark when the Office body background is dark (relative luminance below one half). */
export function themeOfBackground(color: string | undefined): ThemeName | undefined {
  const m = /^#?([0-9a-f]{6})$/i.exec((color ?? "").trim());
  if (!m) return undefined;
  const n = parseInt(m[1], 16);
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  const luminance =
    0.2126 * channel((n >> 16) & 255) +
    0.7152 * channel((n >> 8) & 255) +
    0.0722 * channel(n & 255);
  return luminance < 0.5 ? "dark" : "light";
}
