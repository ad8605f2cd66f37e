/**
 * Workbooks that exercise every part of the writers at once: several sheets, a pie chart over a
 * block on another sheet, a bar chart over a grid, frozen panes, print titles, a table streamed
 * from an iterable with a totals row, and text that must stay text.
 */
import {
  NumberFormats,
  block,
  cell,
  percentFormat,
  workbook,
  worksheet,
  WorkbookModel,
  TableRow,
} from "../../src/report/model";

export const TRICKY_TEXT = [
  "=SUM(A1:A9)",
  "+1",
  "-1",
  "@x",
  "\tx",
  "\rx",
  "00123",
  "2025-01-01",
  "1e5",
  "TRUE",
  "_x0041_",
  " padded ",
  "a\nb",
  "<&>",
  "\u0001bell",
];

export const HARDSHIP =
  "Income fell when the borrower's employer cut hours in March; a second job since June restores " +
  "most of it. The borrower asks for a modification that brings the payment near 31% of income " +
  "and can document the new income with two pay stubs and a letter from the employer.";

/** Workout mix (count, UPB) and delinquency buckets: the figures a chart draws. */
export const MIX: [string, number, number][] = [
  ["Repayment plan", 120, 18_500_000.25],
  ["Flex modification", 80, 21_250_000.5],
  ["Forbearance", 40, 6_100_000],
  ["Short sale", 10, 2_400_000.75],
];

/** Loan rows drawn from a generator: loan id, UPB, rate, next date, current flag. */
export function* loanRows(count: number): Generator<TableRow> {
  for (let i = 0; i < count; i++) {
    yield [
      `L${String(i).padStart(6, "0")}`,
      100_000 + i * 10.25,
      0.0425 + (i % 7) / 1000,
      { year: 2026, month: 1 + (i % 12), day: 1 + (i % 28) },
      i % 3 === 0,
    ];
  }
}

export function showcaseWorkbook(loans = 2_000): WorkbookModel {
  const summary = worksheet({
    name: "Summary",
    columns: [24, 14, 18, 14],
    blocks: [
      block.title("Portfolio report", ["As of 2026-01-15"]),
      block.heading("Workout mix"),
      block.grid(
        ["Workout", "Loans", "UPB", "Share"],
        MIX.map(([w, n, upb]) => ({
          label: w,
          values: [cell.whole(n), cell.money(upb), cell.percent(n / 250, 1)],
        })),
        { id: "mix" }
      ),
      block.chart(
        {
          kind: "bar",
          title: "UPB by workout",
          categories: { block: "mix", column: 0 },
          series: [{ name: "UPB", values: { block: "mix", column: 2 } }],
          numberFormat: NumberFormats.whole,
        },
        14
      ),
    ],
    print: {
      orientation: "portrait",
      fitTo: { wide: 1, tall: 1 },
      footer: { right: "Page &P of &N" },
    },
  });
  const charts = worksheet({
    name: "Charts [draft]",
    columns: [12, 12, 12, 12, 12, 12],
    blocks: [
      block.title("Charts"),
      block.chart(
        {
          kind: "pie",
          title: "Workout mix by count",
          categories: { sheet: "Summary", block: "mix", column: 0 },
          series: [{ name: "Loans", values: { sheet: "Summary", block: "mix", column: 1 } }],
        },
        16
      ),
      block.pairs([
        ["Hardship", cell.text(HARDSHIP, undefined, { wrap: true })],
        ["Recommended workout after every option was evaluated", "Flex modification"],
      ]),
      block.grid(
        ["Option", "Result"],
        [
          {
            label: "Flex modification with a principal forbearance of 30% of the UPB",
            values: ["Pass"],
          },
          {
            label: "Short sale",
            values: ["Not evaluated: a workout that keeps the home passed first"],
          },
        ]
      ),
    ],
  });
  const tricky = worksheet({
    name: "Text",
    columns: [14, 30],
    blocks: [
      block.pairs(TRICKY_TEXT.map((t, i) => [`Text ${i + 1}`, t] as [string, string])),
      block.table({
        name: "Tricky",
        columns: [{ header: "Text" }, { header: "No.", format: NumberFormats.whole }],
        rows: TRICKY_TEXT.map((t, i) => [t, i + 1]),
      }),
    ],
  });
  const results = worksheet({
    name: "Loans",
    columns: [12, 16, 10, 12, 10],
    blocks: [
      block.title("Per-loan results"),
      block.table({
        name: "Results",
        columns: [
          { header: "Loan id", total: { label: "Total" } },
          { header: "UPB", format: NumberFormats.money, total: "sum" },
          { header: "Rate", format: percentFormat(3), total: "average" },
          { header: "Next date", format: NumberFormats.isoDate },
          { header: "Current", total: "count" },
        ],
        rows: { [Symbol.iterator]: () => loanRows(loans) },
      }),
    ],
    freeze: { rows: 3, columns: 1 },
    print: {
      orientation: "landscape",
      fitTo: { wide: 1, tall: 0 },
      titleRows: { first: 3, last: 3 },
      header: { center: "Per-loan results" },
    },
  });
  return workbook([summary, charts, tricky, results], { title: "Showcase" });
}
