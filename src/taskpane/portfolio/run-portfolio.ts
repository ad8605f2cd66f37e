/**
 * A table of loans through the engine: every row read and checked (rejected rows reported cell by
 * cell), every accepted loan through its investor's waterfall and the NPV test, and the counts that
 * reconcile: rows read = evaluated + rejected. Runs in the Portfolio page's worker.
 */
import { tableWithDefaults } from "../loan/loan-draft";
import { readTape } from "../loan/parse-field";
import { recommend, waterfallEvaluations } from "../options/compare-options";
import { npvWith } from "../options/loan-npv";
import { npvAssumptions } from "../settings/check-settings";
import { loanDefaults } from "../settings/loan-defaults";
import type { PortfolioRequest, PortfolioSummary, WorkoutCount } from "./protocol";

/** How often progress is reported, in loans. */
const PROGRESS_EVERY = 250;

function text(v: unknown): string {
  return v === undefined || v === null ? "" : typeof v === "string" ? v : String(v);
}

export function runPortfolio(
  request: PortfolioRequest,
  progress: (done: number, total: number) => void
): PortfolioSummary {
  const table = tableWithDefaults(
    request.headers,
    request.rows,
    loanDefaults(request.settings, request.today)
  );
  const tape = readTape(table.headers, table.rows, request.firstRow);
  const assumptions = npvAssumptions(request.settings);
  const mix = new Map<string, { program: string; count: number; upb: number }>();
  let upb = 0;
  let npvLoans = 0;
  let benefit = 0;
  let modify = 0;
  const total = tape.records.length;
  tape.records.forEach(({ record }, i) => {
    const loanUpb = record.upb ?? 0;
    upb += loanUpb;
    const w = recommend(record);
    const key = w.ok ? (w.value.offerable ? w.value.ruleSet : "NO_OPTION") : "NOT_EVALUATED";
    const program = w.ok
      ? w.value.offerable
        ? w.value.program
        : "No workout"
      : "Could not be evaluated";
    const m = mix.get(key) ?? { program, count: 0, upb: 0 };
    m.count += 1;
    m.upb += loanUpb;
    mix.set(key, m);
    if (w.ok && assumptions.ok) {
      const n = npvWith(record, assumptions.value, waterfallEvaluations(w.value));
      if (n.ok) {
        npvLoans += 1;
        if (n.value.npv.decision === "MODIFY") {
          modify += 1;
          benefit += n.value.npv.npvBenefit;
        }
      }
    }
    if ((i + 1) % PROGRESS_EVERY === 0) progress(i + 1, total);
  });
  progress(total, total);
  const workouts: WorkoutCount[] = [...mix.entries()]
    .map(([ruleSet, m]) => ({ ruleSet, ...m }))
    .sort((a, b) => b.count - a.count || b.upb - a.upb);
  return {
    table: request.table,
    counts: tape.counts,
    upb,
    mix: workouts,
    npv: { loans: npvLoans, benefit, modify },
    exceptions: tape.rejected.map((r) => ({
      row: r.row,
      field: r.field,
      value: text(r.value),
      reason: r.reason,
    })),
    headerProblems: tape.headerIssues.map((i) => i.reason),
  };
}
