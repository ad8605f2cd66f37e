/**
 * A worksheet and a workbook as data. A builder returns a WorkbookModel (usually of one sheet);
 * the two writers (Office.js and exceljs) render it; neither changes it.
 */
import type { Block } from "./blocks";
import type { CellInput } from "./cells";
import type { AnchoredChart } from "./chart";
import type { PrintSetup } from "./print";

/** A cell at a fixed address (1-based row and column), outside the block flow. */
export interface AddressedCell {
  readonly row: number;
  readonly col: number;
  readonly cell: CellInput;
}

export interface WorksheetModel {
  /** The wished name ("Repayment Plan 1001"); writers make it valid and free. */
  readonly name: string;
  /** Column widths in Excel's character units, from column A; their count is the page width. */
  readonly columns: readonly number[];
  readonly blocks: readonly Block[];
  readonly cells?: readonly AddressedCell[];
  readonly merges?: readonly string[];
  readonly charts?: readonly AnchoredChart[];
  /** Row heights in points by 1-based row (the layout sizes wrapped text itself). */
  readonly rowHeights?: Readonly<Record<number, number>>;
  readonly print?: PrintSetup;
  /** Rows and columns frozen at the top and left. */
  readonly freeze?: { readonly rows?: number; readonly columns?: number };
  /** Tab colour RRGGBB. */
  readonly tabColor?: string;
  /** Show gridlines on screen (default false: documents read as pages). */
  readonly gridlines?: boolean;
}

export interface WorkbookModel {
  readonly sheets: readonly WorksheetModel[];
  /** File properties of the headless .xlsx. */
  readonly title?: string;
}

export function worksheet(model: WorksheetModel): WorksheetModel {
  return model;
}

export function workbook(
  sheets: readonly WorksheetModel[],
  extra: { title?: string } = {}
): WorkbookModel {
  return { sheets, ...extra };
}
