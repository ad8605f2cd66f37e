/**
 * A native chart part (DrawingML, xl/charts/chartN.xml): column, bar or pie, with the references
 * to its cells and a cache of their values, so readers that do not recalculate still draw it.
 */
import type { ChartModel } from "../model/chart";
import { xmlText } from "./xml-text";

export const PALETTE = [
  "1F4E79",
  "ED7D31",
  "70AD47",
  "FFC000",
  "5B9BD5",
  "A5A5A5",
  "264478",
  "9E480E",
  "43682B",
  "997300",
];

export interface ChartSeriesData {
  readonly name: string;
  /** Sheet-qualified absolute reference: 'Sheet'!$B$2:$B$6. */
  readonly ref: string;
  readonly values: readonly (number | null)[];
}

export interface ChartData {
  readonly categoriesRef: string;
  readonly categories: readonly string[];
  readonly series: readonly ChartSeriesData[];
}

function rich(text: string, size: number, bold: boolean): string {
  return `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}"/></a:pPr><a:r><a:rPr lang="en-US" sz="${size}" b="${bold ? 1 : 0}"><a:latin typeface="Arial"/></a:rPr><a:t>${xmlText(text)}</a:t></a:r></a:p></c:rich></c:tx>`;
}

function fill(color: string): string {
  return `<c:spPr><a:solidFill><a:srgbClr val="${color}"/></a:solidFill></c:spPr>`;
}

function strRef(ref: string, items: readonly string[]): string {
  const pts = items.map((v, i) => `<c:pt idx="${i}"><c:v>${xmlText(v)}</c:v></c:pt>`).join("");
  return `<c:strRef><c:f>${xmlText(ref)}</c:f><c:strCache><c:ptCount val="${items.length}"/>${pts}</c:strCache></c:strRef>`;
}

function numRef(ref: string, items: readonly (number | null)[], format: string): string {
  const pts = items
    .map((v, i) => (v === null ? "" : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`))
    .join("");
  return `<c:numRef><c:f>${xmlText(ref)}</c:f><c:numCache><c:formatCode>${xmlText(format)}</c:formatCode><c:ptCount val="${items.length}"/>${pts}</c:numCache></c:numRef>`;
}

function labels(percent: boolean, format: string): string {
  return (
    `<c:dLbls><c:numFmt formatCode="${xmlText(percent ? "0%" : format)}" sourceLinked="0"/>` +
    `<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>` +
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900"/></a:pPr><a:endParaRPr lang="en-US"/></a:p></c:txPr>` +
    (percent ? `<c:dLblPos val="bestFit"/>` : `<c:dLblPos val="outEnd"/>`) +
    `<c:showLegendKey val="0"/><c:showVal val="${percent ? 0 : 1}"/><c:showCatName val="0"/><c:showSerName val="0"/>` +
    `<c:showPercent val="${percent ? 1 : 0}"/><c:showBubbleSize val="0"/>` +
    (percent ? `<c:showLeaderLines val="1"/>` : "") +
    `</c:dLbls>`
  );
}

function axes(horizontal: boolean, format: string): string {
  return (
    `<c:catAx><c:axId val="500000001"/><c:scaling><c:orientation val="${horizontal ? "maxMin" : "minMax"}"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${horizontal ? "l" : "b"}"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/>` +
    `<c:tickLblPos val="nextTo"/><c:crossAx val="500000002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="500000002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${horizontal ? "t" : "l"}"/><c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>` +
    `<c:numFmt formatCode="${xmlText(format)}" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="500000001"/><c:crosses val="${horizontal ? "max" : "autoZero"}"/><c:crossBetween val="between"/></c:valAx>`
  );
}

export function chartXml(chart: ChartModel, data: ChartData): string {
  const format = chart.numberFormat ?? "#,##0";
  const pie = chart.kind === "pie";
  const showLabels = chart.dataLabels ?? pie;
  const legend = chart.legend ?? (pie || data.series.length > 1 ? "right" : "none");
  const cat = `<c:cat>${strRef(data.categoriesRef, data.categories)}</c:cat>`;
  let plot: string;
  if (pie) {
    const s = data.series[0];
    const points = data.categories
      .map(
        (_, i) =>
          `<c:dPt><c:idx val="${i}"/><c:bubble3D val="0"/>${fill(PALETTE[i % PALETTE.length]).replace("</c:spPr>", `<a:ln w="12700"><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill></a:ln></c:spPr>`)}</c:dPt>`
      )
      .join("");
    plot =
      `<c:pieChart><c:varyColors val="1"/><c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:v>${xmlText(s.name)}</c:v></c:tx>` +
      `${points}${showLabels ? labels(true, format) : ""}${cat}<c:val>${numRef(s.ref, s.values, format)}</c:val></c:ser>` +
      `<c:firstSliceAng val="0"/></c:pieChart>`;
  } else {
    const horizontal = chart.kind === "bar";
    const series = data.series
      .map(
        (s, i) =>
          `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${xmlText(s.name)}</c:v></c:tx>${fill(PALETTE[i % PALETTE.length])}` +
          `<c:invertIfNegative val="0"/>${showLabels ? labels(false, format) : ""}${cat}<c:val>${numRef(s.ref, s.values, format)}</c:val></c:ser>`
      )
      .join("");
    plot =
      `<c:barChart><c:barDir val="${horizontal ? "bar" : "col"}"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}` +
      `<c:gapWidth val="60"/><c:axId val="500000001"/><c:axId val="500000002"/></c:barChart>${axes(horizontal, format)}`;
  }
  const legendXml =
    legend === "none"
      ? ""
      : `<c:legend><c:legendPos val="${legend === "bottom" ? "b" : "r"}"/><c:overlay val="0"/></c:legend>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
    `<c:roundedCorners val="0"/><c:chart><c:title>${rich(chart.title, 1200, true)}<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/>${plot}</c:plotArea>${legendXml}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900"><a:latin typeface="Arial"/></a:defRPr></a:pPr><a:endParaRPr lang="en-US"/></a:p></c:txPr>` +
    `</c:chartSpace>`
  );
}
