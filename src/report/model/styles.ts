/**
 * How a cell looks: font, fill, borders, alignment, wrapping and number format, and the named
 * styles every worksheet draws on, so the documents look alike and a builder names a role
 * ("label", "money") rather than a font.
 */
import { NumberFormats, percentFormat } from "./formats";

export type BorderWeight = "thin" | "medium" | "double" | "hair";

export interface CellLook {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  /** Points. */
  readonly size?: number;
  /** Font colour, RRGGBB. */
  readonly color?: string;
  /** Fill colour, RRGGBB. */
  readonly fill?: string;
  readonly borderTop?: BorderWeight;
  readonly borderBottom?: BorderWeight;
  readonly borderLeft?: BorderWeight;
  readonly borderRight?: BorderWeight;
  readonly align?: "left" | "center" | "right";
  readonly valign?: "top" | "middle" | "bottom";
  readonly wrap?: boolean;
  readonly indent?: number;
  readonly numberFormat?: string;
}

/** The one font of every worksheet: metric-compatible fonts exist everywhere (Liberation Sans). */
export const FONT_NAME = "Arial";
export const FONT_SIZE = 10;
/** Height in points of one line of FONT_SIZE text, as Excel sizes a row. */
export const LINE_HEIGHT = 12.75;

export const COLORS = {
  ink: "1F1F1F",
  accent: "1F4E79",
  muted: "595959",
  headerFill: "1F4E79",
  headerInk: "FFFFFF",
  band: "DDEBF7",
  warningFill: "FCE4D6",
  warningInk: "9C2A00",
  rule: "808080",
} as const;

export const NAMED_STYLES = {
  title: { bold: true, size: 16, color: COLORS.accent },
  subtitle: { size: 11, color: COLORS.muted },
  heading: { bold: true, size: 11, color: COLORS.accent, borderBottom: "medium" },
  label: { bold: true, color: COLORS.ink, valign: "top" },
  value: { color: COLORS.ink, valign: "top" },
  text: { color: COLORS.ink, valign: "top", numberFormat: NumberFormats.text },
  money: { numberFormat: NumberFormats.money, align: "right" },
  currency: { numberFormat: NumberFormats.currency, align: "right" },
  percent: { numberFormat: percentFormat(2), align: "right" },
  date: { numberFormat: NumberFormats.date, align: "right" },
  whole: { numberFormat: NumberFormats.whole, align: "right" },
  tableHeader: {
    bold: true,
    color: COLORS.headerInk,
    fill: COLORS.headerFill,
    wrap: true,
    valign: "middle",
  },
  total: { bold: true, borderTop: "thin", borderBottom: "double" },
  note: { italic: true, size: 9, color: COLORS.muted, wrap: true, valign: "top" },
  signature: { borderBottom: "thin" },
  warning: { bold: true, color: COLORS.warningInk, fill: COLORS.warningFill, wrap: true },
} as const satisfies Record<string, CellLook>;

export type StyleName = keyof typeof NAMED_STYLES;

/** Later looks win, property by property. */
export function mergeLooks(...looks: readonly (CellLook | undefined)[]): CellLook {
  const out: Record<string, unknown> = {};
  for (const look of looks) {
    if (!look) continue;
    for (const [key, value] of Object.entries(look)) if (value !== undefined) out[key] = value;
  }
  return out as CellLook;
}

/** A stable key for a look, so writers can group cells that look alike. */
export function lookKey(look: CellLook): string {
  return Object.keys(look)
    .sort()
    .map((k) => `${k}=${String((look as Record<string, unknown>)[k])}`)
    .join(";");
}
