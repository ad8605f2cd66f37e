import { mapHeaders, readRow } from "../src/core/record";
import { PROGRAMS } from "../src/core/programs/registry";
import { evaluateWaterfall } from "../src/core/programs/waterfall";
import { loanNpv } from "../src/core/programs/loan-npv";
import { Evaluation } from "../src/core/programs/evaluation";
import { NPV_2026 } from "../src/core/rules/npv-2026";
import { syntheticTape, TAPE_HEADERS } from "./synthetic-tape";

export interface TapeRun {
  readonly loans: number;
  readonly ms: number;
  readonly evaluated: number;
  readonly rejected: number;
  readonly chosen: Readonly<Record<string, number>>;
  readonly npvDecisions: Readonly<Record<string, number>>;
}

/** AUTO plus NPV over a synthetic tape, timed as one pass: read each row, run the waterfall, value the modification. */
export function benchWaterfall(loans = 100_000): TapeRun {
  const rows = syntheticTape(loans);
  const chosen: Record<string, number> = {};
  const npvDecisions: Record<string, number> = {};
  let evaluated = 0;
  let rejected = 0;
  const t0 = process.hrtime.bigint();
  const map = mapHeaders(TAPE_HEADERS);
  for (const row of rows) {
    const reading = readRow(map, row);
    if (!reading.ok) {
      rejected++;
      continue;
    }
    const w = evaluateWaterfall(reading.record, PROGRAMS);
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
  if (evaluated + rejected !== loans) throw new Error("counts do not reconcile");
  return { loans, ms, evaluated, rejected, chosen, npvDecisions };
}
