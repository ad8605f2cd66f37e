/**
 * Writes a laid-out sheet into an exceljs worksheet: cells with their looks, merges, widths,
 * heights, freeze panes, tab colour, page setup, header and footer. Table bodies are not written
 * here: one probe row per table (and one for its totals row) carries the column looks, so the
 * package step learns each column's style index and writes the rows itself.
 */
import type { Workbook, Worksheet, WorksheetView } from "exceljs";
import { toExcelSerial } from "../../core/calendar-date";
import type { PreparedSheet } from "../model/prepare";
import type { PlacedTable } from "../model/placed";
import { mergeLooks, FONT_NAME } from "../model/styles";
import { DEFAULT_MARGINS, PAPER_CODES, HeaderFooter } from "../model/print";
import { isCalendarDate } from "../model/values";
import { StyleCache } from "./exceljs-look";
import { ooxmlEscape } from "./xml-text";

export interface TableProbe {
  readonly table: PlacedTable;
  /** Row holding the body looks, and row holding the totals looks (the region to replace ends there). */
  readonly bodyProbeRow: number;
  readonly lastProbeRow: number;
}

function headerFooterText(hf: HeaderFooter | undefined): string | undefined {
  if (!hf) return undefined;
  const font = `&"${FONT_NAME},Regular"&9`;
  const part = (code: string, text?: string) => (text ? `&${code}${font}${text}` : "");
  return part("L", hf.left) + part("C", hf.center) + part("R", hf.right) || undefined;
}

function writeProbes(ws: Worksheet, t: PlacedTable, styles: StyleCache): TableProbe {
  const bodyProbeRow = t.firstBodyRow;
  t.columnLooks.forEach((look, i) => {
    ws.getCell(bodyProbeRow, t.left + i).style = styles.get(look);
  });
  let lastProbeRow = bodyProbeRow;
  if (t.totalsLook) {
    lastProbeRow = bodyProbeRow + Math.max(1, t.bodyRows ?? 1);
    t.columnLooks.forEach((look, i) => {
      const totalLook = mergeLooks(look, t.totalsLook, { wrap: false });
      ws.getCell(lastProbeRow, t.left + i).style = styles.get(totalLook);
    });
  }
  return { table: t, bodyProbeRow, lastProbeRow };
}

export function addSheet(wb: Workbook, prepared: PreparedSheet, name: string): TableProbe[] {
  const p = prepared.placed;
  const m = p.model;
  const styles = new StyleCache();
  const view: Partial<WorksheetView> = { showGridLines: m.gridlines ?? false };
  const freezeRows = m.freeze?.rows ?? 0;
  const freezeCols = m.freeze?.columns ?? 0;
  const views = [
    freezeRows || freezeCols
      ? { ...view, state: "frozen" as const, xSplit: freezeCols, ySplit: freezeRows }
      : view,
  ] as WorksheetView[];
  const ws = wb.addWorksheet(name, {
    views,
    properties: m.tabColor ? { tabColor: { argb: `FF${m.tabColor}` } } : undefined,
  });
  m.columns.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  for (const c of p.cells) {
    const target = ws.getCell(c.row, c.col);
    const v = c.cell.value;
    if (v !== null)
      target.value = isCalendarDate(v)
        ? toExcelSerial(v)
        : typeof v === "string"
          ? ooxmlEscape(v)
          : v;
    target.style = styles.get(c.look);
  }
  for (const r of p.merges) ws.mergeCells(r.top, r.left, r.bottom, r.right);
  // exceljs puts a break after the row it is given: a page starting at row r breaks after r - 1.
  for (const r of p.pageBreaks) ws.getRow(r - 1).addPageBreak();
  const probes = p.tables.map((t) => writeProbes(ws, t, styles));
  const inBody = (row: number) =>
    probes.some((pr) => row >= pr.bodyProbeRow && row <= pr.lastProbeRow);
  for (const [row, h] of p.rowHeights) if (!inBody(row)) ws.getRow(row).height = h;
  const pr = m.print ?? {};
  ws.pageSetup = {
    ...ws.pageSetup,
    orientation: pr.orientation ?? "portrait",
    paperSize: PAPER_CODES[pr.paper ?? "letter"],
    fitToPage: pr.fitTo !== undefined,
    fitToWidth: pr.fitTo?.wide ?? 1,
    fitToHeight: pr.fitTo?.tall ?? 0,
    horizontalCentered: pr.centerHorizontally ?? false,
    margins: { ...DEFAULT_MARGINS, ...pr.margins },
  } as Worksheet["pageSetup"];
  const oddHeader = headerFooterText(pr.header);
  const oddFooter = headerFooterText(pr.footer);
  if (oddHeader || oddFooter) ws.headerFooter = { ...ws.headerFooter, oddHeader, oddFooter };
  return probes;
}
