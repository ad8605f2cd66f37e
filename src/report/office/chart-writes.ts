/** Queues a native chart: type, title, series over the model's ranges, position, legend, labels. */
import { cellAddress, rangeAddress } from "../model/addresses";
import type { PreparedChart } from "../model/prepare";
import { OP_OVERHEAD_BYTES } from "./budget";
import type { Requests } from "./requests";

const TYPE = { column: "ColumnClustered", bar: "BarClustered", pie: "Pie" } as const;

export async function queueChart(
  q: Requests,
  sheet: Excel.Worksheet,
  sheets: readonly Excel.Worksheet[],
  c: PreparedChart,
  numberFormats: boolean
): Promise<void> {
  const range = (r: { sheet: number; range: Parameters<typeof rangeAddress>[0] }) =>
    sheets[r.sheet].getRange(rangeAddress(r.range));
  const a = c.anchor;
  const pie = c.chart.kind === "pie";
  const legend = c.chart.legend ?? (pie || c.series.length > 1 ? "right" : "none");
  const labels = c.chart.dataLabels ?? pie;
  await q.queue(OP_OVERHEAD_BYTES * (10 + 4 * c.series.length), () => {
    const chart = sheet.charts.add(TYPE[c.chart.kind], range(c.series[0].values), "Columns");
    chart.title.text = c.chart.title;
    chart.setPosition(
      cellAddress(a.row, a.col),
      cellAddress(a.row + a.rows - 1, a.col + a.cols - 1)
    );
    c.series.forEach((s, i) => {
      const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(s.name);
      series.name = s.name;
      series.setValues(range(s.values));
      series.setXAxisValues(range(c.categories));
    });
    chart.legend.visible = legend !== "none";
    if (legend !== "none") chart.legend.position = legend === "bottom" ? "Bottom" : "Right";
    if (labels) {
      chart.dataLabels.showValue = !pie;
      chart.dataLabels.showPercentage = pie;
      if (numberFormats && !pie && c.chart.numberFormat)
        chart.dataLabels.numberFormat = c.chart.numberFormat;
    }
    if (numberFormats && !pie && c.chart.numberFormat)
      chart.axes.valueAxis.numberFormat = c.chart.numberFormat;
  });
}
