/**
 * A worksheet laid out: every cell at its address with its full look, merges, row heights, tables
 * and charts where they sit. Both writers write a placed sheet; neither lays anything out itself.
 */
import type { Cell } from "./cells";
import type { CellLook } from "./styles";
import type { CellRange } from "./addresses";
import type { TableModel } from "./table";
import type { ChartAnchor, ChartModel } from "./chart";
import type { WorksheetModel } from "./worksheet";

export interface PlacedCell {
  readonly row: number;
  readonly col: number;
  readonly cell: Cell;
  readonly look: CellLook;
}

export interface PlacedTable {
  readonly model: TableModel;
  /** Header row and first column. */
  readonly top: number;
  readonly left: number;
  readonly right: number;
  readonly firstBodyRow: number;
  /** Body rows when known before writing (at least 1: an empty table keeps one blank row). */
  readonly bodyRows: number | undefined;
  /** Look of each column's body cells. */
  readonly columnLooks: readonly CellLook[];
  /** Row heights of the body rows in points (only for small tables with wrapped columns). */
  readonly rowHeights?: readonly (number | undefined)[];
  /** The totals row's look, when the table has one (it sits right under the body). */
  readonly totalsLook?: CellLook;
}

/** A block's place: its rows and columns, and the ranges of its columns of data (for charts). */
export interface BlockPlacement {
  readonly range: CellRange;
  readonly dataColumns: readonly CellRange[];
}

export interface PlacedChart {
  readonly chart: ChartModel;
  readonly anchor: ChartAnchor;
}

export interface PlacedSheet {
  readonly model: WorksheetModel;
  /** Cells in row order, then column order. */
  readonly cells: readonly PlacedCell[];
  readonly merges: readonly CellRange[];
  readonly rowHeights: ReadonlyMap<number, number>;
  readonly tables: readonly PlacedTable[];
  readonly charts: readonly PlacedChart[];
  readonly blocks: ReadonlyMap<string, BlockPlacement>;
  /** Rows 1..lastRow and columns 1..lastCol hold everything known before writing. */
  readonly lastRow: number;
  readonly lastCol: number;
  /** Rows that start a new printed page (manual page breaks above them). */
  readonly pageBreaks: readonly number[];
  /** A table whose row count is known only once written ends the sheet. */
  readonly openTable: boolean;
}
