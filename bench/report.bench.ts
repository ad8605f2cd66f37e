/**
 * The report writers' share of a portfolio report: a workbook like the manager's (a summary with
 * a chart, and a per-loan results table of 100,000 rows x 40 columns streamed from a generator)
 * written to report.xlsx by the Node writer; and the Office.js writer queueing 50,000 x 40 cells
 * against a context that only counts (its own CPU time, Excel's excluded).
 *
 *   npx tsx bench/report.bench.ts            (or import benchReportWriters from bench/run.ts)
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  block,
  cell,
  NumberFormats,
  percentFormat,
  TableColumn,
  TableRow,
  workbook,
  worksheet,
  WorkbookModel,
} from "../src/report/model";
import { writeXlsxFile } from "../src/report/xlsx/node";
import { writeWorkbookModel } from "../src/report/office";
import { machine, seeded } from "./timing";

const COLUMNS = 40;

function resultColumns(): TableColumn[] {
  return Array.from({ length: COLUMNS }, (_, c): TableColumn => {
    if (c === 0) return { header: "Loan id", total: { label: "Total" } };
    if (c % 8 === 1) return { header: `Text ${c}` };
    if (c % 8 === 2) return { header: `Date ${c}`, format: NumberFormats.isoDate };
    if (c % 8 === 3) return { header: `Rate ${c}`, format: percentFormat(3) };
    if (c % 8 === 4) return { header: `Months ${c}`, format: NumberFormats.whole };
    return { header: `Amount ${c}`, format: NumberFormats.money, total: "sum" };
  });
}

function* resultRows(count: number): Generator<TableRow> {
  const rand = seeded(7);
  const workouts = [
    "Repayment plan",
    "Flex modification",
    "FHA partial claim",
    "Short sale",
    "Deed in lieu",
  ];
  for (let i = 0; i < count; i++) {
    const row: TableRow[number][] = new Array(COLUMNS);
    row[0] = `LN${String(i).padStart(8, "0")}`;
    for (let c = 1; c < COLUMNS; c++) {
      const k = c % 8;
      row[c] =
        k === 1
          ? workouts[(i + c) % workouts.length]
          : k === 2
            ? 45_000 + ((i * 7 + c) % 2_000)
            : k === 3
              ? Math.round(rand() * 80_000) / 1_000_000
              : k === 4
                ? 12 + ((i + c) % 480)
                : Math.round(rand() * 50_000_000) / 100;
    }
    yield row;
  }
}

export function portfolioModel(loans: number): WorkbookModel {
  const mix = [
    ["Repayment plan", 21_000],
    ["Flex modification", 40_000],
    ["FHA partial claim", 19_000],
    ["Short sale", 12_000],
    ["Deed in lieu", 8_000],
  ] as const;
  const summary = worksheet({
    name: "Summary",
    columns: [26, 14, 18],
    blocks: [
      block.title("Portfolio report", [`${loans.toLocaleString("en-US")} loans`]),
      block.grid(
        ["Workout", "Loans"],
        mix.map(([w, n]) => ({ label: w, values: [cell.whole(n)] })),
        { id: "mix" }
      ),
      block.chart(
        {
          kind: "pie",
          title: "Workout mix",
          categories: { block: "mix", column: 0 },
          series: [{ name: "Loans", values: { block: "mix", column: 1 } }],
        },
        14
      ),
    ],
  });
  const results = worksheet({
    name: "Loans",
    columns: Array.from({ length: COLUMNS }, () => 13),
    blocks: [
      block.title("Per-loan results"),
      block.table({
        name: "Results",
        columns: resultColumns(),
        rows: { [Symbol.iterator]: () => resultRows(loans) },
      }),
    ],
    freeze: { rows: 3, columns: 1 },
  });
  return workbook([summary, results]);
}

export interface ReportBench {
  readonly loans: number;
  readonly xlsxMs: number;
  /** CPU time of the write, zlib's threads included. */
  readonly xlsxCpuMs: number;
  readonly bytes: number;
  readonly officeRows: number;
  readonly officeMs: number;
  readonly officeSyncs: number;
  readonly maxRequestBytes: number;
  readonly peakRssMb: number;
}

/** A request context that runs nothing: what the Office.js writer itself costs. */
function countingContext() {
  const sink: any = new Proxy(function () {}, {
    get: (_t, p) => (p === "then" || p === "protected" ? undefined : p === "items" ? [] : sink),
    set: () => true,
    apply: () => sink,
  });
  return {
    workbook: sink,
    application: sink,
    sync: async () => undefined,
  } as unknown as Excel.RequestContext;
}

export async function benchReportWriters(
  loans = 100_000,
  officeRows = 50_000
): Promise<ReportBench> {
  const file = path.join(os.tmpdir(), `lm-report-bench-${process.pid}.xlsx`);
  const t0 = process.hrtime.bigint();
  const cpu0 = process.cpuUsage();
  const written = await writeXlsxFile(portfolioModel(loans), file);
  const xlsxMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const cpu = process.cpuUsage(cpu0);
  if (!written.ok) throw new Error(written.message);
  fs.rmSync(file, { force: true });
  const t1 = process.hrtime.bigint();
  const office = await writeWorkbookModel(countingContext(), portfolioModel(officeRows), {
    supports: () => true,
  });
  const officeMs = Number(process.hrtime.bigint() - t1) / 1e6;
  if (!office.ok) throw new Error(office.message);
  return {
    loans,
    xlsxMs,
    xlsxCpuMs: (cpu.user + cpu.system) / 1000,
    bytes: written.bytes,
    officeRows,
    officeMs,
    officeSyncs: office.syncs,
    maxRequestBytes: Math.max(...office.requestBytes),
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
}

export function showReportBench(b: ReportBench): void {
  console.log(
    `report.xlsx, ${b.loans.toLocaleString("en-US")} loans x ${COLUMNS} columns (streamed): ${(b.xlsxMs / 1000).toFixed(2)} s (${(b.xlsxCpuMs / 1000).toFixed(2)} s CPU), ${(b.bytes / 1e6).toFixed(1)} MB`
  );
  console.log(
    `Office.js writer, ${b.officeRows.toLocaleString("en-US")} x ${COLUMNS} queued: ${(b.officeMs / 1000).toFixed(2)} s of its own CPU, ${b.officeSyncs} syncs, largest request ${(b.maxRequestBytes / 1e6).toFixed(2)} MB`
  );
  console.log(`peak RSS of the process: ${b.peakRssMb.toFixed(0)} MB`);
}

if (require.main === module) {
  console.log(`machine: ${machine()}`);
  benchReportWriters().then(showReportBench, (e) => {
    console.error(e);
    process.exit(1);
  });
}
