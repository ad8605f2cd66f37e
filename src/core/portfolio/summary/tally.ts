import { toDayNumber } from "../../calendar-date";
import { PORTFOLIO_METRICS, PortfolioMetricsParams } from "../../rules/portfolio-metrics";
import { RuleSet } from "../../rules/rule-set";
import { Result } from "../../result";
import { ColumnValue } from "../columns";
import { delinquencyBuckets, paymentChangeBuckets } from "./buckets";
import { CalendarEntry, deadlinesInWindow, regxVersion } from "./calendar";
import { LoanFacts, loanFacts } from "./loan-facts";
import { MODIFICATION_CHANGES, combinationLabel, modificationChanges } from "./modification";
import { Amount, PortfolioSummary } from "./types";
import { WORKOUT_CLASSES, WorkoutClass, workoutOf } from "./workout";
import { finishSummary } from "./finish";

/** A group's running figures (an investor, a state, a bucket). */
export interface GroupTally extends Amount {
  delinquent: number;
  serious: number;
  classes: number[];
  npvBenefit: number;
}

/**
 * Everything the summary keeps while loans stream by: plain data (structured-clone and JSON safe),
 * so a worker thread can tally its share and the main thread merge it. Its size does not grow with
 * the loans, except the calendar: one entry per deadline inside the window.
 */
export interface TallyState {
  loans: Amount;
  /** First and last as-of date, as day numbers. */
  asOf?: [number, number];
  /** By delinquency bucket; the last is "not known". */
  delinquency: Amount[];
  workouts: Record<string, Amount & { ruleSet: string; label: string; workoutClass: WorkoutClass }>;
  npv: {
    modifications: Amount;
    tested: Amount;
    positive: { count: number; benefit: number };
    notPositive: { count: number; benefit: number };
  };
  byInvestor: Record<string, GroupTally>;
  byState: Record<string, GroupTally>;
  byBucket: Record<string, GroupTally>;
  modifications: {
    loans: Amount;
    changes: Amount[];
    combinations: Record<string, Amount>;
    payment: Amount[];
    piBefore: number;
    piAfter: number;
    withPayment: number;
  };
  calendar: CalendarEntry[];
  ruleSets: Record<string, string>;
  /** Rows that passed the tape check but that the program could not evaluate. */
  notEvaluable: number;
}

const amount = (): Amount => ({ count: 0, upb: 0 });
const group = (): GroupTally => ({
  count: 0,
  upb: 0,
  delinquent: 0,
  serious: 0,
  classes: WORKOUT_CLASSES.map(() => 0),
  npvBenefit: 0,
});

export function emptyTally(rules: RuleSet<PortfolioMetricsParams> = PORTFOLIO_METRICS): TallyState {
  return {
    loans: amount(),
    delinquency: [...delinquencyBuckets(rules).buckets, null].map(amount),
    workouts: {},
    npv: {
      modifications: amount(),
      tested: amount(),
      positive: { count: 0, benefit: 0 },
      notPositive: { count: 0, benefit: 0 },
    },
    byInvestor: {},
    byState: {},
    byBucket: {},
    modifications: {
      loans: amount(),
      changes: MODIFICATION_CHANGES.map(amount),
      combinations: {},
      payment: paymentChangeBuckets(rules).buckets.map(amount),
      piBefore: 0,
      piAfter: 0,
      withPayment: 0,
    },
    calendar: [],
    ruleSets: { [rules.id]: rules.version },
    notEvaluable: 0,
  };
}

function addTo(a: Amount, upb: number, count = 1): void {
  a.count += count;
  a.upb += upb;
}

function keyed<T>(map: Record<string, T>, key: string, make: () => T): T {
  if (!Object.prototype.hasOwnProperty.call(map, key)) map[key] = make();
  return map[key];
}

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
  private readonly dq;
  private readonly pay;
  private readonly window: number;

  constructor(private readonly rules: RuleSet<PortfolioMetricsParams> = PORTFOLIO_METRICS) {
    this.state = emptyTally(rules);
    this.dq = delinquencyBuckets(rules);
    this.pay = paymentChangeBuckets(rules);
    this.window = rules.params.calendarWindowDays;
  }

  /** Adds one evaluated loan's result row (RESULT_COLUMNS order). */
  add(row: readonly ColumnValue[]): LoanFacts {
    const f = loanFacts(row);
    this.addFacts(f);
    return f;
  }

  /** Counts rows the program could not evaluate (they are among the rejected rows). */
  addNotEvaluable(count: number): void {
    this.state.notEvaluable += count;
  }

  addFacts(f: LoanFacts): void {
    const s = this.state;
    addTo(s.loans, f.upb);
    if (f.asOf) {
      const d = toDayNumber(f.asOf);
      s.asOf = s.asOf ? [Math.min(s.asOf[0], d), Math.max(s.asOf[1], d)] : [d, d];
    }
    const bucket =
      f.daysDelinquent === undefined ? this.dq.buckets.length : this.dq.bucketOf(f.daysDelinquent);
    addTo(s.delinquency[bucket], f.upb);

    const w = workoutOf(f);
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
    if (w.workoutClass === "modification") this.addModification(f);

    const cls = WORKOUT_CLASSES.indexOf(w.workoutClass);
    const known = bucket < this.dq.buckets.length;
    for (const [map, key] of [
      [s.byInvestor, f.investor],
      [s.byState, f.state],
      [s.byBucket, String(bucket)],
    ] as const) {
      const g = keyed(map, key, group);
      addTo(g, f.upb);
      if (known && bucket >= this.dq.delinquentFrom) g.delinquent++;
      if (known && bucket >= this.dq.seriousFrom) g.serious++;
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
  }

  private addModification(f: LoanFacts): void {
    const m = this.state.modifications;
    addTo(m.loans, f.upb);
    const changes = modificationChanges(f);
    changes.forEach((on, i) => on && addTo(m.changes[i], f.upb));
    addTo(keyed(m.combinations, combinationLabel(changes), amount), f.upb);
    if (f.pi !== undefined && f.newPi !== undefined && f.pi > 0) {
      addTo(m.payment[this.pay.bucketOf(f.pi, f.newPi)], f.upb);
      m.piBefore += f.pi;
      m.piAfter += f.newPi;
      m.withPayment++;
    }
  }

  /** Adds another tally's figures (a worker's share of the tape) to this one. */
  merge(other: TallyState): void {
    mergeState(this.state, other);
  }

  /** The summary, checked against the run's counts (evaluated must equal the loans tallied). */
  finish(counts: {
    read: number;
    evaluated: number;
    rejected: number;
    blank: number;
  }): Result<PortfolioSummary> {
    return finishSummary(this.state, counts, this.rules);
  }
}

function mergeAmount(a: Amount, b: Amount): void {
  a.count += b.count;
  a.upb += b.upb;
}

function mergeGroups(a: Record<string, GroupTally>, b: Record<string, GroupTally>): void {
  for (const [k, g] of Object.entries(b)) {
    const t = keyed(a, k, group);
    mergeAmount(t, g);
    t.delinquent += g.delinquent;
    t.serious += g.serious;
    g.classes.forEach((n, i) => (t.classes[i] += n));
    t.npvBenefit += g.npvBenefit;
  }
}

export function mergeState(a: TallyState, b: TallyState): void {
  mergeAmount(a.loans, b.loans);
  if (b.asOf)
    a.asOf = a.asOf
      ? [Math.min(a.asOf[0], b.asOf[0]), Math.max(a.asOf[1], b.asOf[1])]
      : [b.asOf[0], b.asOf[1]];
  b.delinquency.forEach((x, i) => mergeAmount(a.delinquency[i], x));
  for (const [k, w] of Object.entries(b.workouts)) {
    const t = keyed(a.workouts, k, () => ({
      ...amount(),
      ruleSet: w.ruleSet,
      label: w.label,
      workoutClass: w.workoutClass,
    }));
    mergeAmount(t, w);
  }
  mergeAmount(a.npv.modifications, b.npv.modifications);
  mergeAmount(a.npv.tested, b.npv.tested);
  for (const side of ["positive", "notPositive"] as const) {
    a.npv[side].count += b.npv[side].count;
    a.npv[side].benefit += b.npv[side].benefit;
  }
  mergeGroups(a.byInvestor, b.byInvestor);
  mergeGroups(a.byState, b.byState);
  mergeGroups(a.byBucket, b.byBucket);
  const m = a.modifications;
  const n = b.modifications;
  mergeAmount(m.loans, n.loans);
  n.changes.forEach((x, i) => mergeAmount(m.changes[i], x));
  for (const [k, x] of Object.entries(n.combinations))
    mergeAmount(keyed(m.combinations, k, amount), x);
  n.payment.forEach((x, i) => mergeAmount(m.payment[i], x));
  m.piBefore += n.piBefore;
  m.piAfter += n.piAfter;
  m.withPayment += n.withPayment;
  for (const e of b.calendar) a.calendar.push(e);
  Object.assign(a.ruleSets, b.ruleSets);
  a.notEvaluable += b.notEvaluable;
}
