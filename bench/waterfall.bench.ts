import { Cell, mapHeaders, readRow } from "../src/core/record";
import { evaluateWaterfall } from "../src/core/programs/registry";
import { loanNpv } from "../src/core/programs/loan-npv";
import { Evaluation } from "../src/core/programs/evaluation";
import { NPV_2026 } from "../src/core/rules/npv-2026";
import { SAMPLE_HEADERS, sampleLoan, seeded } from "../scripts/sample-loans";
import { syntheticTape, TAPE_HEADERS } from "./synthetic-tape";

export interface TapeRun {
  readonly name: string;
  readonly loans: number;
  /** Wall time of the pass, milliseconds. */
  readonly ms: number;
  /** CPU time of the process during the pass (user + system, garbage-collector threads included), milliseconds. */
  readonly cpuMs: number;
  readonly evaluated: number;
  readonly rejected: number;
  readonly chosen: Readonly<Record<string, number>>;
  readonly npvDecisions: Readonly<Record<string, number>>;
}

export interface BenchTape {
  readonly name: string;
  readonly headers: readonly Cell[];
  readonly rows: readonly (readonly Cell[])[];
}

/**
 * The synthetic tape as Excel passes a range: numbers, text and booleans, with rows built to land on
 * every branch and on the error paths (missing and malformed fields).
 */
export function excelTape(loans = 100_000): BenchTape {
  return { name: "cells as Excel passes them", headers: TAPE_HEADERS, rows: syntheticTape(loans) };
}

/**
 * The command line's tape: the sample tape's loans (every row complete, seeded as the CLI bench's
 * million-loan tape is), every cell text as a CSV file holds it.
 */
export function csvTextTape(loans = 100_000, seed = 9): BenchTape {
  const rnd = seeded(seed);
  const rows: string[][] = [];
  for (let i = 0; i < loans; i++) {
    const loan = sampleLoan(i, rnd);
    rows.push(SAMPLE_HEADERS.map((h) => String(loan[h])));
  }
  return { name: "complete rows as CSV text", headers: SAMPLE_HEADERS, rows };
}

/** AUTO plus NPV over a tape, timed as one pass: read each row, run the waterfall, value the modification. */
export function benchWaterfall(tape: BenchTape): TapeRun {
  const chosen: Record<string, number> = {};
  const npvDecisions: Record<string, number> = {};
  let evaluated = 0;
  let rejected = 0;
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  const map = mapHeaders(tape.headers);
  for (const row of tape.rows) {
    const reading = readRow(map, row);
    if (!reading.ok) {
      rejected++;
      continue;
    }
    const w = evaluateWaterfall(reading.record);
    if (!w.ok) {
      rejected++;
      continue;
    }
    evaluated++;
    chosen[w.value.ruleSet] = (chosen[w.value.ruleSet] ?? 0) + 1;
    const known: Record<string, Evaluation> = {};
    for (const o of w.value.options) if (o.evaluation) known[o.ruleSet] = o.evaluation;
    const n = loanNpv(reading.record, NPV_2026, known);
    const key = n.ok ? n.value.npv.decision : `no NPV: ${n.issues[0].field}`;
    npvDecisions[key] = (npvDecisions[key] ?? 0) + 1;
  }
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const cpu = process.cpuUsage(cpu0);
  const loans = tape.rows.length;
  if (evaluated + rejected !== loans) throw new Error("counts do not reconcile");
  return {
    name: tape.name,
    loans,
    ms,
    cpuMs: (cpu.user + cpu.system) / 1000,
    evaluated,
    rejected,
    chosen,
    npvDecisions,
  };
}

/**
 * The pass `runs` times after one untimed warm-up pass; the run of median CPU time is reported
 * (CPU time does not depend on what else the machine is running, wall time does).
 */
export function benchWaterfallMedian(tape: BenchTape, runs = 3): TapeRun {
  benchWaterfall(tape);
  const results: TapeRun[] = [];
  for (let i = 0; i < runs; i++) results.push(benchWaterfall(tape));
  results.sort((a, b) => a.cpuMs - b.cpuMs);
  return results[Math.floor(results.length / 2)];
}
