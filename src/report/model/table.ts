/**
 * An Excel table: a header row, typed columns, banded rows, filter buttons and an optional totals
 * row. Rows are arrays of primitive values (never an object per cell), held in an array or drawn
 * from an iterable so a large table can be streamed into the file once.
 */
import type { CalendarDate } from "./values";
import type { StyleName } from "./styles";

/** A table cell: text, number, boolean, a calendar date (or an Excel date serial number in a date
 * column), or null for blank (an empty string is blank too). Text is always written as text. */
export type TableCell = string | number | boolean | CalendarDate | null;
export type TableRow = readonly TableCell[];

export type TotalFunction = "sum" | "average" | "count" | "min" | "max";

export interface TableColumn {
  /** Header text; unique within the table (Excel requires it). */
  readonly header: string;
  /** Number format of the body cells (NumberFormats, percentFormat(...)). */
  readonly format?: string;
  /** Named style of the body cells. */
  readonly style?: StyleName;
  /** Wrap long text; the layout sizes row heights of small tables. */
  readonly wrap?: boolean;
  /** Totals row: a function of the column or a fixed label ("Total"). */
  readonly total?: TotalFunction | { readonly label: string };
  /** The total's value shown before Excel recalculates; the writer computes sums when absent. */
  readonly totalValue?: number;
}

export interface TableModel {
  /** Workbook-unique: a letter or underscore first, then letters, digits, underscores or dots. */
  readonly name: string;
  readonly columns: readonly TableColumn[];
  /** The rows, or an iterable drawn once at write time. */
  readonly rows: readonly TableRow[] | Iterable<TableRow>;
  /** Row count of an iterable source; without it the table must be the last block of its sheet
   * and no chart may refer to it. */
  readonly rowCount?: number;
  /** Banded rows (default true). */
  readonly banded?: boolean;
  /** Filter buttons in the header (default true). */
  readonly filterButtons?: boolean;
  /** Excel table style (default TableStyleMedium2). */
  readonly tableStyle?: string;
}

export const DEFAULT_TABLE_STYLE = "TableStyleMedium2";

/** Whether the table (or a table of these columns) has a totals row. */
export function hasTotals(table: Pick<TableModel, "columns">): boolean {
  return table.columns.some((c) => c.total !== undefined);
}

/** SUBTOTAL's function numbers, the ones that leave rows hidden by a filter out. */
const SUBTOTAL: Readonly<Record<TotalFunction, number>> = {
  sum: 109,
  average: 101,
  count: 103,
  min: 105,
  max: 104,
};

/**
 * The totals-row formula of a column, without its "=": SUBTOTAL over the column by structured
 * reference, the column name's [, ], # and ' escaped with a quote.
 */
export function totalsFormula(tableName: string, header: string, fn: TotalFunction): string {
  return `SUBTOTAL(${SUBTOTAL[fn]},${tableName}[${header.replace(/(['#[\]])/g, "'$1")}])`;
}

/** The row count when it is known before the rows are drawn. */
export function knownRowCount(table: TableModel): number | undefined {
  return Array.isArray(table.rows) ? table.rows.length : table.rowCount;
}

/** Excel's rule for table names (and defined names): checked once, at the model's edge. */
export function tableNameProblem(name: string): string | undefined {
  if (!/^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name)) {
    return `table name "${name}" must start with a letter or underscore and hold only letters, digits, underscores and dots`;
  }
  if (name.length > 255) return `table name "${name}" is longer than 255 characters`;
  if (/^[A-Za-z]{1,3}[0-9]+$/.test(name) || /^[RrCc]([0-9]+)?$/.test(name)) {
    return `table name "${name}" looks like a cell reference`;
  }
  return undefined;
}
