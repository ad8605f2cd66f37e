/**
 * A native chart: column, bar or pie, a title, categories and value series that refer to a table
 * column or a block of the model (never to a fixed address the builder computed), and where it sits.
 */

/** A range of the model: a table's column body, a block's column, or A1 cells of a sheet. */
export type RangeRef =
  | { readonly table: string; readonly column: string }
  | { readonly sheet?: string; readonly block: string; readonly column: number }
  | { readonly sheet?: string; readonly range: string };

export type ChartKind = "column" | "bar" | "pie";

export interface ChartSeries {
  readonly name: string;
  readonly values: RangeRef;
}

export interface ChartModel {
  readonly kind: ChartKind;
  readonly title: string;
  readonly categories: RangeRef;
  readonly series: readonly ChartSeries[];
  /** Legend position (default: right for pie and for several series, none for one series). */
  readonly legend?: "right" | "bottom" | "none";
  /** Show values on the bars, percents on the slices (default true for pie). */
  readonly dataLabels?: boolean;
  /** Number format of the value axis and labels. */
  readonly numberFormat?: string;
}

/** Where a chart sits: its top-left cell (1-based) and its size in columns and rows. */
export interface ChartAnchor {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

export interface AnchoredChart {
  readonly chart: ChartModel;
  readonly anchor: ChartAnchor;
}
