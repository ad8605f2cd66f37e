/**
 * Builds the .xlsx package: exceljs writes everything but table bodies; this step adds the table
 * rows (streamed from the model), the table parts, the chart and drawing parts, their
 * relationships and content types, print areas and print titles. The result is a list of entries
 * that a zip writer (JSZip in the browser, zlib in Node) stores in order.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { WorkbookModel } from "../model/worksheet";
import { prepareWorkbook, PreparedSheet } from "../model/prepare";
import { freeSheetNames } from "../model/sheet-names";
import { absoluteRange, columnNumber, parseRange, quoteSheetName } from "../model/addresses";
import { addSheet, TableProbe } from "./exceljs-sheet";
import { newTally, RowsTally, tableRowsXml } from "./rows-xml";
import { tableXml } from "./table-xml";
import { chartXml } from "./chart-xml";
import { chartData } from "./chart-data";
import { CONTENT_TYPE, REL, drawingXml, relationshipsXml, withOverrides } from "./drawing-xml";
import { xmlText } from "./xml-text";

export type PackageEntry =
  | { readonly name: string; readonly kind: "data"; readonly data: string | Uint8Array }
  | { readonly name: string; readonly kind: "stream"; readonly chunks: () => Iterable<string> }
  | { readonly name: string; readonly kind: "later"; readonly data: () => string };

export type Built =
  | { readonly ok: true; readonly entries: PackageEntry[]; readonly sheetNames: string[] }
  | { readonly ok: false; readonly message: string };

interface SheetTables {
  readonly probes: TableProbe[];
  readonly tallies: RowsTally[];
}

function rowBounds(xml: string, row: number): [number, number] {
  const start = xml.search(new RegExp(`<row r="${row}"[ >]`));
  if (start < 0) throw new Error(`row ${row} missing from the worksheet part`);
  const end = xml.indexOf("</row>", start);
  return [start, end + "</row>".length];
}

function styleIndexes(rowXml: string, count: number, left: number): number[] {
  const out = new Array<number>(count).fill(0);
  for (const m of rowXml.matchAll(/<c r="([A-Z]+)\d+"(?: s="(\d+)")?/g)) {
    const col = columnNumber(m[1]);
    if (col >= left && col < left + count) out[col - left] = Number(m[2] ?? 0);
  }
  return out;
}

function lastRowOf(sheet: PreparedSheet, t: SheetTables): number {
  let last = sheet.placed.lastRow;
  t.probes.forEach((p, i) => {
    const totals = p.table.totalsLook ? 1 : 0;
    last = Math.max(last, p.table.firstBodyRow + t.tallies[i].bodyRows - 1 + totals);
  });
  return last;
}

/** The sheet part: exceljs's XML with each table's probe rows replaced by the table's rows. */
function sheetEntry(
  name: string,
  xml: string,
  t: SheetTables,
  extra: string,
  open: boolean
): PackageEntry {
  let body = open ? xml.replace(/<dimension ref="[^"]*"\/>/, "") : xml;
  const closeAt = body.search(/<extLst>|<\/worksheet>/);
  body = body.slice(0, closeAt) + extra + body.slice(closeAt);
  const cuts = t.probes.map((p) => {
    const bodyRow = rowBounds(body, p.bodyProbeRow);
    const lastRow = rowBounds(body, p.lastProbeRow);
    const count = p.table.model.columns.length;
    return {
      start: bodyRow[0],
      end: lastRow[1],
      body: styleIndexes(body.slice(...bodyRow), count, p.table.left),
      totals: styleIndexes(body.slice(...lastRow), count, p.table.left),
    };
  });
  const text = body;
  return {
    name,
    kind: "stream",
    chunks: function* () {
      let at = 0;
      for (let i = 0; i < cuts.length; i++) {
        yield text.slice(at, cuts[i].start);
        yield* tableRowsXml(t.probes[i].table, cuts[i].body, cuts[i].totals, t.tallies[i]);
        at = cuts[i].end;
      }
      yield text.slice(at);
    },
  };
}

export async function buildPackage(model: WorkbookModel): Promise<Built> {
  const prepared = prepareWorkbook(model);
  if (!prepared.ok)
    return {
      ok: false,
      message: `The workbook model is not valid: ${prepared.problems.join("; ")}.`,
    };
  const sheets = prepared.sheets;
  const names = freeSheetNames(
    sheets.map((s) => s.placed.model.name),
    []
  );
  const wb = new ExcelJS.Workbook();
  wb.creator = "LM Workbench";
  if (model.title) wb.title = model.title;
  const tables: SheetTables[] = sheets.map((s, i) => {
    const probes = addSheet(wb, s, names[i]).sort((a, b) => a.bodyProbeRow - b.bodyProbeRow);
    return { probes, tallies: probes.map(() => newTally()) };
  });
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const text = async (n: string) => {
    const f = zip.file(n);
    if (!f) throw new Error(`exceljs wrote no ${n}`);
    return f.async("string");
  };
  const overrides: { part: string; type: string }[] = [];
  const early: PackageEntry[] = [];
  const streams: PackageEntry[] = [];
  const later: PackageEntry[] = [];
  const handled = new Set<string>(["[Content_Types].xml", "xl/workbook.xml"]);
  let tableId = 0;
  let chartId = 0;
  for (let i = 0; i < sheets.length; i++) {
    const part = `xl/worksheets/sheet${i + 1}.xml`;
    const relsName = `xl/worksheets/_rels/sheet${i + 1}.xml.rels`;
    const rels: { id: string; type: string; target: string }[] = [];
    let extra = "";
    const charts = sheets[i].charts;
    if (charts.length > 0) {
      const d = i + 1;
      rels.push({ id: "rIdLmDrawing", type: REL.drawing, target: `../drawings/drawing${d}.xml` });
      extra += `<drawing r:id="rIdLmDrawing"/>`;
      const drawingRels = charts.map((c, k) => {
        chartId++;
        early.push({
          name: `xl/charts/chart${chartId}.xml`,
          kind: "data",
          data: chartXml(c.chart, chartData(c, sheets, names)),
        });
        overrides.push({ part: `/xl/charts/chart${chartId}.xml`, type: CONTENT_TYPE.chart });
        return { id: `rId${k + 1}`, type: REL.chart, target: `../charts/chart${chartId}.xml` };
      });
      early.push({
        name: `xl/drawings/drawing${d}.xml`,
        kind: "data",
        data: drawingXml(charts.map((c) => ({ anchor: c.anchor, title: c.chart.title }))),
      });
      early.push({
        name: `xl/drawings/_rels/drawing${d}.xml.rels`,
        kind: "data",
        data: relationshipsXml(drawingRels),
      });
      overrides.push({ part: `/xl/drawings/drawing${d}.xml`, type: CONTENT_TYPE.drawing });
    }
    const t = tables[i];
    if (t.probes.length > 0) {
      const parts = t.probes.map((p, k) => {
        tableId++;
        const id = tableId;
        rels.push({
          id: `rIdLmTable${k + 1}`,
          type: REL.table,
          target: `../tables/table${id}.xml`,
        });
        overrides.push({ part: `/xl/tables/table${id}.xml`, type: CONTENT_TYPE.table });
        later.push({
          name: `xl/tables/table${id}.xml`,
          kind: "later",
          data: () => tableXml(p.table, id, p.table.model.name, t.tallies[k].bodyRows),
        });
        return `<tablePart r:id="rIdLmTable${k + 1}"/>`;
      });
      extra += `<tableParts count="${parts.length}">${parts.join("")}</tableParts>`;
    }
    if (rels.length > 0) {
      const existing = zip.file(relsName) ? await text(relsName) : undefined;
      const xml = existing
        ? existing.replace(
            "</Relationships>",
            rels
              .map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${r.target}"/>`)
              .join("") + "</Relationships>"
          )
        : relationshipsXml(rels);
      early.push({ name: relsName, kind: "data", data: xml });
      handled.add(relsName);
    }
    streams.push(sheetEntry(part, await text(part), t, extra, sheets[i].placed.openTable));
    handled.add(part);
  }
  const workbookXml = await text("xl/workbook.xml");
  later.push({
    name: "xl/workbook.xml",
    kind: "later",
    data: () => withDefinedNames(workbookXml, sheets, tables, names),
  });
  const first: PackageEntry[] = [
    {
      name: "[Content_Types].xml",
      kind: "data",
      data: withOverrides(await text("[Content_Types].xml"), overrides),
    },
  ];
  for (const f of Object.values(zip.files)) {
    if (f.dir || handled.has(f.name)) continue;
    first.push({ name: f.name, kind: "data", data: await f.async("uint8array") });
  }
  return { ok: true, entries: [...first, ...early, ...streams, ...later], sheetNames: names };
}

function withDefinedNames(
  xml: string,
  sheets: readonly PreparedSheet[],
  tables: SheetTables[],
  names: string[]
): string {
  const defs: string[] = [];
  sheets.forEach((s, i) => {
    const pr = s.placed.model.print;
    const q = quoteSheetName(names[i]);
    // A print area the model gives was checked to be an A1 range (prepareWorkbook).
    const abs = absoluteRange(
      pr?.printArea !== undefined
        ? parseRange(pr.printArea)!
        : { top: 1, left: 1, bottom: lastRowOf(s, tables[i]), right: s.placed.lastCol }
    );
    defs.push(
      `<definedName name="_xlnm.Print_Area" localSheetId="${i}">${xmlText(`${q}!${abs}`)}</definedName>`
    );
    if (pr?.titleRows) {
      defs.push(
        `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${xmlText(`${q}!$${pr.titleRows.first}:$${pr.titleRows.last}`)}</definedName>`
      );
    }
  });
  const cleaned = xml.replace(/<definedNames>[\s\S]*?<\/definedNames>/, "");
  return cleaned.replace("</sheets>", `</sheets><definedNames>${defs.join("")}</definedNames>`);
}
