import { PORTFOLIO_METRICS, PortfolioMetricsParams } from "../../rules/portfolio-metrics";
import { RuleSet } from "../../rules/rule-set";
import { delinquencyBuckets, paymentChangeBuckets } from "./buckets";
import { CalendarEntry } from "./calendar";
import { MODIFICATION_CHANGES } from "./modification";
import { Amount } from "./types";
import { WORKOUT_CLASSES, WorkoutClass } from "./workout";

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

export const amount = (): Amount => ({ count: 0, upb: 0 });
export const group = (): GroupTally => ({
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

export function addTo(a: Amount, upb: number, count = 1): void {
  a.count += count;
  a.upb += upb;
}

export function keyed<T>(map: Record<string, T>, key: string, make: () => T): T {
  if (!Object.prototype.hasOwnProperty.call(map, key)) map[key] = make();
  return map[key];
}
