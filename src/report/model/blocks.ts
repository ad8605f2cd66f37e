/**
 * Blocks: the parts of a document laid out down the sheet, one after another, by `layoutSheet`.
 * A builder lists blocks; it never computes an address. Each block may carry an id so a chart
 * can refer to its data, and a `gapAfter` (blank rows after it, default 1).
 */
import type { CellInput } from "./cells";
import type { StyleName } from "./styles";
import type { TableModel } from "./table";
import type { ChartModel } from "./chart";

interface BlockBase {
  readonly id?: string;
  /** Blank rows after the block (default 1). */
  readonly gapAfter?: number;
  /** Start a new printed page at this block (a signature block kept whole, a new section). */
  readonly pageBreakBefore?: boolean;
}

/** The document's title line, with optional subtitle lines under it. */
export interface TitleBlock extends BlockBase {
  readonly kind: "title";
  readonly text: string;
  readonly subtitles?: readonly string[];
}

/** A section heading, ruled across the page width. */
export interface HeadingBlock extends BlockBase {
  readonly kind: "heading";
  readonly text: string;
}

/** Label/value pairs, one pair a row, or `perRow` pairs side by side. */
export interface PairsBlock extends BlockBase {
  readonly kind: "pairs";
  readonly pairs: readonly (readonly [string, CellInput])[];
  readonly perRow?: 1 | 2;
}

/** A comparison grid: a header row, then one row per item with a label and one value per column. */
export interface GridBlock extends BlockBase {
  readonly kind: "grid";
  /** Headers: the label column's header, then one per value column. */
  readonly header: readonly string[];
  readonly rows: readonly {
    readonly label: string;
    readonly values: readonly CellInput[];
    readonly style?: StyleName;
  }[];
}

/** A paragraph of wrapped text across the page width. */
export interface ParagraphBlock extends BlockBase {
  readonly kind: "paragraph";
  readonly text: string;
  readonly style?: StyleName;
}

/** Signature lines: one per party, with a date line beside it. */
export interface SignaturesBlock extends BlockBase {
  readonly kind: "signatures";
  readonly parties: readonly string[];
}

export interface SpacerBlock extends BlockBase {
  readonly kind: "spacer";
  readonly rows: number;
}

/** Free cells: rows of cells from the block's first row, with merges relative to the block. */
export interface CellsBlock extends BlockBase {
  readonly kind: "cells";
  readonly rows: readonly (readonly CellInput[])[];
  /** [row, col, rows, cols], 0-based within the block. */
  readonly merges?: readonly (readonly [number, number, number, number])[];
}

export interface TableBlock extends BlockBase {
  readonly kind: "table";
  readonly table: TableModel;
}

/** A chart in the flow: it takes `rows` rows and `cols` columns (default the page width). */
export interface ChartBlock extends BlockBase {
  readonly kind: "chart";
  readonly chart: ChartModel;
  readonly rows: number;
  readonly cols?: number;
}

export type Block =
  | TitleBlock
  | HeadingBlock
  | PairsBlock
  | GridBlock
  | ParagraphBlock
  | SignaturesBlock
  | SpacerBlock
  | CellsBlock
  | TableBlock
  | ChartBlock;

type Extra = BlockBase;

export const block = {
  title: (text: string, subtitles: readonly string[] = [], extra: Extra = {}): TitleBlock => ({
    kind: "title",
    text,
    subtitles,
    ...extra,
  }),
  heading: (text: string, extra: Extra = {}): HeadingBlock => ({ kind: "heading", text, ...extra }),
  pairs: (
    pairs: readonly (readonly [string, CellInput])[],
    extra: Extra & { perRow?: 1 | 2 } = {}
  ): PairsBlock => ({ kind: "pairs", pairs, ...extra }),
  grid: (header: readonly string[], rows: GridBlock["rows"], extra: Extra = {}): GridBlock => ({
    kind: "grid",
    header,
    rows,
    ...extra,
  }),
  paragraph: (text: string, extra: Extra & { style?: StyleName } = {}): ParagraphBlock => ({
    kind: "paragraph",
    text,
    ...extra,
  }),
  signatures: (parties: readonly string[], extra: Extra = {}): SignaturesBlock => ({
    kind: "signatures",
    parties,
    ...extra,
  }),
  spacer: (rows = 1): SpacerBlock => ({ kind: "spacer", rows, gapAfter: 0 }),
  cells: (
    rows: CellsBlock["rows"],
    extra: Extra & { merges?: CellsBlock["merges"] } = {}
  ): CellsBlock => ({ kind: "cells", rows, ...extra }),
  table: (table: TableModel, extra: Extra = {}): TableBlock => ({ kind: "table", table, ...extra }),
  chart: (chart: ChartModel, rows = 16, extra: Extra & { cols?: number } = {}): ChartBlock => ({
    kind: "chart",
    chart,
    rows,
    ...extra,
  }),
};
