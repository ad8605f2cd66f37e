/**
 * A table of any length as data sheets: the table from A1 with its header row frozen, on as many
 * sheets as Excel's rows require ("Per-loan results", "Per-loan results 2", ...), each sheet's rows
 * drawn in turn from one source, so an iterable is still read once, in order.
 */
import {
  MAX_ROWS,
  TableColumn,
  TableRow,
  WorksheetModel,
  block,
  hasTotals,
  worksheet,
} from "../model";
import type { DataRows } from "./input";

export interface DataSheetSpec {
  readonly name: string;
  readonly table: string;
  readonly columns: readonly TableColumn[];
  readonly widths: readonly number[];
  readonly data: DataRows;
  /** Columns frozen at the left besides the header row. */
  readonly freezeColumns?: number;
  readonly tabColor?: string;
  /** Print one page wide (a table of a few columns); a wide table prints across pages. */
  readonly fitWidth?: boolean;
  /** Body rows a sheet holds (default: Excel's rows less the header and totals rows). */
  readonly rowsPerSheet?: number;
}

/** The next `n` rows of a shared iterator, as an iterable read once. */
function take(it: Iterator<TableRow>, n: number): Iterable<TableRow> {
  return {
    *[Symbol.iterator]() {
      for (let k = 0; k < n; k++) {
        const next = it.next();
        if (next.done) return;
        yield next.value;
      }
    },
  };
}

export function dataSheets(spec: DataSheetSpec): WorksheetModel[] {
  const totals = hasTotals(spec) ? 1 : 0;
  const perSheet = Math.max(1, spec.rowsPerSheet ?? MAX_ROWS - 1 - totals);
  const count = spec.data.count;
  const sheets = Math.max(1, Math.ceil(count / perSheet));
  const source = spec.data.rows;
  const shared = Array.isArray(source)
    ? undefined
    : (source as Iterable<TableRow>)[Symbol.iterator]();
  return Array.from({ length: sheets }, (_, i) => {
    const n = Math.min(perSheet, count - i * perSheet);
    const rows = shared
      ? take(shared, n)
      : (source as readonly TableRow[]).slice(i * perSheet, i * perSheet + n);
    const suffix = sheets > 1 ? ` ${i + 1}` : "";
    return worksheet({
      name: `${spec.name}${suffix}`,
      columns: spec.widths,
      blocks: [
        block.table({
          name: `${spec.table}${sheets > 1 ? i + 1 : ""}`,
          columns: spec.columns,
          rows,
          rowCount: n,
        }),
      ],
      freeze: { rows: 1, columns: spec.freezeColumns ?? 0 },
      tabColor: spec.tabColor,
      gridlines: true,
      print: {
        orientation: "landscape",
        paper: "letter",
        titleRows: { first: 1, last: 1 },
        ...(spec.fitWidth ? { fitTo: { wide: 1, tall: 0 } } : {}),
      },
    });
  });
}
