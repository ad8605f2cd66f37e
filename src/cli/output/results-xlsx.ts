import type ExcelJS from "exceljs";
import { CalendarDate } from "../../core/calendar-date";
import { ColumnKind, ColumnValue, RESULT_COLUMNS } from "../../core/portfolio";
import { PartialFile } from "./partial-file";
import { ResultsOutput } from "./results-output";

/** Excel's last row is 1,048,576: a header row and this many loans. */
export const XLSX_MAX_LOANS = 1_048_575;

const FORMATS: Readonly<Record<ColumnKind, string | undefined>> = {
  text: "@",
  money: "#,##0.00",
  ratio: "0.00%",
  rate: "0.000%",
  date: "yyyy-mm-dd",
  whole: "0",
  flag: undefined,
};

const WIDTHS: Readonly<Record<ColumnKind, number>> = {
  text: 16,
  money: 14,
  ratio: 10,
  rate: 10,
  date: 12,
  whole: 8,
  flag: 9,
};

function cellValue(kind: ColumnKind, v: ColumnValue): ExcelJS.CellValue {
  if (v === undefined) return null;
  if (kind === "money") return (v as number) / 100;
  if (kind === "date") {
    const d = v as CalendarDate;
    return new Date(Date.UTC(d.year, d.month - 1, d.day));
  }
  return v as string | number | boolean;
}

/**
 * Results as an .xlsx workbook, streamed row by row by exceljs's WorkbookWriter (rows are committed
 * as they come, so memory stays flat): a "Results" sheet with the result fields as its header row,
 * frozen and filterable, money as #,##0.00, ratios and rates as percents, dates as dates, flags as
 * TRUE/FALSE. Text is written as strings, never as formulas, whatever it starts with. Written under a
 * temporary name beside the file and put in place when complete (replacing a file of its name only
 * with `force`).
 */
export function xlsxResults(path: string, force: boolean): ResultsOutput {
  let partial: PartialFile | undefined;
  let wb: ExcelJS.stream.xlsx.WorkbookWriter | undefined;
  let ws: ExcelJS.Worksheet | undefined;
  return {
    mode: "values",
    path,
    async start() {
      // Loaded only when a workbook is written.
      const { stream } = (await import("exceljs")).default;
      partial = new PartialFile(path, force);
      wb = new stream.xlsx.WorkbookWriter({
        filename: partial.temp,
        useStyles: true,
        useSharedStrings: false,
      });
      ws = wb.addWorksheet("Results", { views: [{ state: "frozen", ySplit: 1 }] });
      ws.columns = RESULT_COLUMNS.map((c) => ({
        header: c.name,
        key: c.name,
        width:
          c.name === "reason" || c.name === "npv_note"
            ? 60
            : Math.max(WIDTHS[c.kind], c.name.length + 2),
        style: FORMATS[c.kind] ? { numFmt: FORMATS[c.kind] } : {},
      }));
      ws.getRow(1).font = { bold: true };
      ws.autoFilter = {
        from: { row: 1, column: 1 },
        to: { row: 1, column: RESULT_COLUMNS.length },
      };
    },
    async write(r) {
      for (const row of r.values ?? [])
        ws!.addRow(row.map((v, i) => cellValue(RESULT_COLUMNS[i].kind, v))).commit();
    },
    async finish() {
      ws!.commit();
      await wb!.commit();
      partial!.place();
    },
    discard() {
      partial?.discard();
    },
  };
}
