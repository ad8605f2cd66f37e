/** The drawing part that places a sheet's charts, and the relationship and content-type entries. */
import type { ChartAnchor } from "../model/chart";
import { xmlText } from "./xml-text";

export const REL = {
  drawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
  chart: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
  table: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table",
};

export const CONTENT_TYPE = {
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  table: "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
};

function marker(tag: string, col: number, row: number): string {
  return `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
}

/** One anchor per chart: chart k is relationship rId{k+1} of the drawing. */
export function drawingXml(charts: readonly { anchor: ChartAnchor; title: string }[]): string {
  const anchors = charts
    .map(({ anchor, title }, k) => {
      const from = marker("from", anchor.col - 1, anchor.row - 1);
      const to = marker("to", anchor.col - 1 + anchor.cols, anchor.row - 1 + anchor.rows);
      return (
        `<xdr:twoCellAnchor editAs="oneCell">${from}${to}<xdr:graphicFrame macro="">` +
        `<xdr:nvGraphicFramePr><xdr:cNvPr id="${k + 2}" name="${xmlText(`Chart ${k + 1}`)}" descr="${xmlText(title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
        `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">` +
        `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="rId${k + 1}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
      );
    })
    .join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${anchors}</xdr:wsDr>`
  );
}

export function relationshipsXml(
  rels: readonly { id: string; type: string; target: string }[]
): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    rels
      .map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${xmlText(r.target)}"/>`)
      .join("") +
    `</Relationships>`
  );
}

/** Adds Override entries to [Content_Types].xml. */
export function withOverrides(
  contentTypes: string,
  parts: readonly { part: string; type: string }[]
): string {
  const more = parts
    .map((p) => `<Override PartName="${p.part}" ContentType="${p.type}"/>`)
    .join("");
  return contentTypes.replace("</Types>", `${more}</Types>`);
}
