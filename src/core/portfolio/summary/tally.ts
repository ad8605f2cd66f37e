import { toDayNumber } from "../../calendar-date";
import { PORTFOLIO_METRICS, PortfolioMetricsParams } from "../../rules/portfolio-metrics";
import { RuleSet } from "../../rules/rule-set";
import { Result } from "../../result";
import { RunCounts } from "../../tape";
import { ColumnValue } from "../columns";
import { deadlinesInWindow, regxVersion } from "./calendar";
import { RowFacts, rowFacts } from "./row-facts";
import { combinationLabel } from "./modification";
import { Buckets, PlacedFacts, Placement, bucketsOf, placeLoan } from "./placement";
import { PortfolioSummary } from "./types";
import { WORKOUT_CLASSES } from "./workout";
import { finishSummary } from "./finish";
import { TallyState, addTo, amount, emptyTally, group, keyed } from "./state";
import { mergeState } from "./merge";

/** "NPV-2026 (2026-11-27)" → id and version. */
function idAndVersion(text: string): [string, string] {
  const m = /^(.*) \((.*)\)$/.exec(text);
  return m ? [m[1], m[2]] : [text, ""];
}

/**
 * The portfolio summary, one loan at a time: `add` each evaluated loan's result row, `merge` the
 * state of another tally (a worker's share), then `finish` with the run's counts.
 */
export class PortfolioTally {
  readonly state: TallyState;
  private readonly buckets: Buckets;
  private readonly window: number;

  constructor(private readonly rules: RuleSet<PortfolioMetricsParams> = PORTFOLIO_METRICS) {
    this.state = emptyTally(rules);
    this.buckets = bucketsOf(rules);
    this.window = rules.params.calendarWindowDays;
  }

  /** Adds one evaluated loan's result row (RESULT_COLUMNS order): its facts, and where it was counted. */
  add(row: readonly ColumnValue[]): PlacedFacts {
    const f = rowFacts(row);
    return Object.assign(f, { placement: this.addFacts(f) });
  }

  /** Counts rows the program could not evaluate (they are among the rejected rows). */
  addNotEvaluable(count: number): void {
    this.state.notEvaluable += count;
  }

  /** Adds one loan's facts; returns where it was counted. */
  addFacts(f: RowFacts): Placement {
    const p = placeLoan(f, this.buckets);
    const dq = this.buckets.dq;
    const s = this.state;
    addTo(s.loans, f.upb);
    if (f.asOf) {
      const d = toDayNumber(f.asOf);
      s.asOf = s.asOf ? [Math.min(s.asOf[0], d), Math.max(s.asOf[1], d)] : [d, d];
    }
    const bucket = p.bucket;
    addTo(s.delinquency[bucket], f.upb);

    const w = p.workout;
    const mix = keyed(s.workouts, `${w.key}|${w.workoutClass}`, () => ({
      ...amount(),
      ruleSet: w.ruleSet,
      label: w.label,
      workoutClass: w.workoutClass,
    }));
    addTo(mix, f.upb);

    let benefit = 0;
    if (w.npvValued) {
      addTo(s.npv.modifications, f.upb);
      if (f.npvBenefit !== undefined && f.modProgram === f.ruleSet) {
        benefit = f.npvBenefit;
        addTo(s.npv.tested, f.upb);
        const side = benefit > 0 ? s.npv.positive : s.npv.notPositive;
        side.count++;
        side.benefit += benefit;
      }
    }
    if (w.workoutClass === "modification") this.addModification(f, p);

    const cls = WORKOUT_CLASSES.indexOf(w.workoutClass);
    const known = bucket < dq.buckets.length;
    for (const [map, key] of [
      [s.byInvestor, f.investor],
      [s.byState, f.state],
      [s.byBucket, String(bucket)],
    ] as const) {
      const g = keyed(map, key, group);
      addTo(g, f.upb);
      if (known && bucket >= dq.delinquentFrom) g.delinquent++;
      if (known && bucket >= dq.seriousFrom) g.serious++;
      g.classes[cls]++;
      g.npvBenefit += benefit;
    }

    for (const e of deadlinesInWindow(f, this.window, {
      label: w.label,
      offered: w.workoutClass !== "none",
    }))
      s.calendar.push(e);

    if (f.ruleSet && f.ruleSetVersion) s.ruleSets[f.ruleSet] = f.ruleSetVersion;
    if (f.npvAssumptions) {
      const [id, version] = idAndVersion(f.npvAssumptions);
      s.ruleSets[id] = version;
    }
    if (f.regxRuleSet) s.ruleSets[f.regxRuleSet] = regxVersion(f.regxRuleSet) ?? "";
    return p;
  }

  private addModification(f: RowFacts, p: Placement): void {
    const m = this.state.modifications;
    addTo(m.loans, f.upb);
    const changes = p.workout.changes!;
    changes.forEach((on, i) => on && addTo(m.changes[i], f.upb));
    addTo(keyed(m.combinations, combinationLabel(changes), amount), f.upb);
    if (p.payment !== undefined) {
      addTo(m.payment[p.payment], f.upb);
      m.piBefore += f.pi!;
      m.piAfter += f.newPi!;
      m.withPayment++;
    }
  }

  /** Adds another tally's figures (a worker's share of the tape) to this one. */
  merge(other: TallyState): void {
    mergeState(this.state, other);
  }

  /** The summary, checked against the run's counts (evaluated must equal the loans tallied). */
  finish(counts: RunCounts): Result<PortfolioSummary> {
    return finishSummary(this.state, counts, this.rules);
  }
}
