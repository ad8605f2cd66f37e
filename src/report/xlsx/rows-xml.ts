/**
 * The rows of a table's body (and its totals row) as SpreadsheetML, written straight from the
 * model's row arrays in chunks: the one path for every table, small or of 100,000 rows. Text is an
 * inline string (never a formula, number or date); dates are serial numbers under a date format.
 */
import { toExcelSerial } from "../../core/calendar-date";
import { columnLetters } from "../model/addresses";
import type { PlacedTable } from "../model/placed";
import { TableCell, hasTotals, totalsFormula } from "../model/table";
import { isCalendarDate } from "../model/values";
import { inlineText, xmlText } from "./xml-text";

const CHUNK_CHARS = 1 << 17;

export class TableDataError extends Error {}

export interface RowsTally {
  /** Body rows written (at least 1: an empty table keeps one blank row). */
  bodyRows: number;
  readonly sums: number[];
  readonly counts: number[];
  readonly mins: number[];
  readonly maxs: number[];
}

/** One cell's XML after its `<c r="A1" s="n"` opening: text, number, boolean or date. */
function cellRest(v: TableCell, where: () => string): string {
  if (typeof v === "number") {
    if (!Number.isFinite(v))
      throw new TableDataError(`${where()}: ${v} is not a number Excel can store`);
    return `><v>${v}</v></c>`;
  }
  if (typeof v === "string") return ` t="inlineStr">${inlineText(v)}</c>`;
  if (typeof v === "boolean") return ` t="b"><v>${v ? 1 : 0}</v></c>`;
  if (isCalendarDate(v)) return `><v>${toExcelSerial(v)}</v></c>`;
  throw new TableDataError(`${where()}: a value of type ${typeof v} cannot go in a cell`);
}

/** Body rows then the totals row, as XML chunks; `tally` is complete once the generator ends. */
export function* tableRowsXml(
  t: PlacedTable,
  bodyStyles: readonly number[],
  totalsStyles: readonly number[],
  tally: RowsTally
): Generator<string> {
  const cols = t.model.columns;
  const n = cols.length;
  const letters = cols.map((_, i) => columnLetters(t.left + i));
  const blankStyled = bodyStyles.map((s) => s > 0);
  for (let i = 0; i < n; i++) {
    tally.sums[i] = 0;
    tally.counts[i] = 0;
    tally.mins[i] = Infinity;
    tally.maxs[i] = -Infinity;
  }
  const opens = letters.map((l) => `<c r="${l}`);
  const styles = bodyStyles.map((st) => (st > 0 ? `" s="${st}"` : `"`));
  const tallied = cols.map(
    (c) => c.total !== undefined && typeof c.total !== "object" && c.totalValue === undefined
  );
  let chunk = "";
  let row = t.firstBodyRow;
  let index = 0;
  for (const values of t.model.rows as Iterable<readonly TableCell[]>) {
    if (values.length > n)
      throw new TableDataError(
        `table ${t.model.name} row ${index + 1} has ${values.length} cells for ${n} columns`
      );
    const ht = t.rowHeights?.[index];
    const rs = String(row);
    let xml = ht ? `<row r="${rs}" ht="${ht}" customHeight="1">` : `<row r="${rs}">`;
    for (let c = 0; c < n; c++) {
      const v = values[c];
      if (v === null || v === undefined || v === "") {
        if (blankStyled[c]) xml += `${opens[c]}${rs}${styles[c]}/>`;
        continue;
      }
      if (typeof v === "number" && Number.isFinite(v))
        xml += `${opens[c]}${rs}${styles[c]}><v>${v}</v></c>`;
      else {
        const at = index;
        xml +=
          opens[c] +
          rs +
          styles[c] +
          cellRest(v, () => `table ${t.model.name} row ${at + 1}, column "${cols[c].header}"`);
      }
      if (tallied[c]) {
        const num = typeof v === "number" ? v : isCalendarDate(v) ? toExcelSerial(v) : undefined;
        tally.counts[c]++;
        if (num !== undefined) {
          tally.sums[c] += num;
          if (num < tally.mins[c]) tally.mins[c] = num;
          if (num > tally.maxs[c]) tally.maxs[c] = num;
        }
      }
    }
    chunk += `${xml}</row>`;
    row++;
    index++;
    if (chunk.length >= CHUNK_CHARS) {
      yield chunk;
      chunk = "";
    }
  }
  if (index === 0) {
    chunk += `<row r="${row}">${bodyStyles.map((s, c) => (s > 0 ? `<c r="${letters[c]}${row}" s="${s}"/>` : "")).join("")}</row>`;
    row++;
  }
  tally.bodyRows = Math.max(1, index);
  if (hasTotals(t.model)) chunk += totalsRowXml(t, totalsStyles, tally, row, letters);
  if (chunk) yield chunk;
}

function totalsRowXml(
  t: PlacedTable,
  styles: readonly number[],
  tally: RowsTally,
  row: number,
  letters: string[]
): string {
  let xml = `<row r="${row}">`;
  t.model.columns.forEach((col, c) => {
    const ref = `${letters[c]}${row}`;
    const st = styles[c] > 0 ? ` s="${styles[c]}"` : "";
    const total = col.total;
    if (total === undefined) {
      if (st) xml += `<c r="${ref}"${st}/>`;
    } else if (typeof total === "object") {
      xml += `<c r="${ref}"${st} t="inlineStr">${inlineText(total.label)}</c>`;
    } else {
      const cached =
        col.totalValue ??
        (total === "sum"
          ? tally.sums[c]
          : total === "count"
            ? tally.counts[c]
            : total === "average"
              ? tally.counts[c] > 0
                ? tally.sums[c] / tally.counts[c]
                : 0
              : total === "min"
                ? Number.isFinite(tally.mins[c])
                  ? tally.mins[c]
                  : 0
                : Number.isFinite(tally.maxs[c])
                  ? tally.maxs[c]
                  : 0);
      const formula = totalsFormula(t.model.name, col.header, total);
      xml += `<c r="${ref}"${st}><f>${xmlText(formula)}</f><v>${cached}</v></c>`;
    }
  });
  return `${xml}</row>`;
}

export function newTally(): RowsTally {
  return { bodyRows: 0, sums: [], counts: [], mins: [], maxs: [] };
}
