import { fromDayNumber } from "../../calendar-date";
import { INVESTORS } from "../../record-fields";
import { Result, fail, ok } from "../../result";
import { PORTFOLIO_METRICS, PortfolioMetricsParams } from "../../rules/portfolio-metrics";
import { RuleSet } from "../../rules/rule-set";
import { RunCounts } from "../../tape";
import { delinquencyBuckets, paymentChangeBuckets } from "./buckets";
import { DEADLINES, compareEntries } from "./calendar";
import { MODIFICATION_CHANGES } from "./modification";
import type { GroupTally, TallyState } from "./state";
import { Amount, GroupLine, PortfolioSummary, SummaryLine } from "./types";
import { WORKOUT_CLASSES, WORKOUT_CLASS_LABELS } from "./workout";

const line = (label: string, a: Amount): SummaryLine => ({ label, count: a.count, upb: a.upb });

function groupLines(
  map: Record<string, GroupTally>,
  labelOf: (key: string) => string,
  order: (a: GroupLine, b: GroupLine) => number
): GroupLine[] {
  return Object.entries(map)
    .map(([key, g]) => ({
      key,
      label: labelOf(key),
      count: g.count,
      upb: g.upb,
      delinquent: g.delinquent,
      serious: g.serious,
      classes: [...g.classes],
      npvBenefit: g.npvBenefit,
    }))
    .sort(order);
}

const byKey = (a: GroupLine, b: GroupLine) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

function investorOrder(a: GroupLine, b: GroupLine): number {
  const rank = (k: string) => {
    const i = (INVESTORS as readonly string[]).indexOf(k);
    return i < 0 ? INVESTORS.length : i;
  };
  return rank(a.key) - rank(b.key) || byKey(a, b);
}

/**
 * The summary of a finished tally: sorted lines, totals, the calendar soonest first. Fails, naming
 * both figures, when the loans tallied are not the run's evaluated rows (the counts must reconcile).
 */
export function finishSummary(
  s: TallyState,
  run: RunCounts,
  rules: RuleSet<PortfolioMetricsParams> = PORTFOLIO_METRICS
): Result<PortfolioSummary> {
  if (s.loans.count !== run.evaluated)
    return fail(
      "VALUE",
      `the summary holds ${s.loans.count} loans but the run evaluated ${run.evaluated}`,
      "evaluated"
    );
  if (run.read !== run.evaluated + run.rejected || s.notEvaluable > run.rejected)
    return fail(
      "VALUE",
      `the counts do not reconcile: ${run.read} read, ${run.evaluated} evaluated, ${run.rejected} rejected (${s.notEvaluable} of them not evaluable)`,
      "read"
    );
  const dq = delinquencyBuckets(rules);
  const pay = paymentChangeBuckets(rules);
  const bucketLabel = (i: number) =>
    i < dq.buckets.length ? dq.buckets[i].label : dq.unknownLabel;
  const delinquency = s.delinquency
    .map((a, i) => line(bucketLabel(i), a))
    .filter((l, i) => i < dq.buckets.length || l.count > 0);
  const sumOf = (from: number, label: string): SummaryLine => {
    const total = { count: 0, upb: 0 };
    s.delinquency.slice(from, dq.buckets.length).forEach((a) => {
      total.count += a.count;
      total.upb += a.upb;
    });
    return line(label, total);
  };
  const workouts = Object.entries(s.workouts)
    .map(([key, w]) => ({
      ...line(w.label, w),
      key,
      ruleSet: w.ruleSet,
      workoutClass: w.workoutClass,
    }))
    .sort(
      (a, b) =>
        WORKOUT_CLASSES.indexOf(a.workoutClass) - WORKOUT_CLASSES.indexOf(b.workoutClass) ||
        b.count - a.count ||
        (a.key < b.key ? -1 : 1)
    );
  const classes = WORKOUT_CLASSES.map((c) => {
    const of = workouts.filter((w) => w.workoutClass === c);
    return {
      label: WORKOUT_CLASS_LABELS[c],
      workoutClass: c,
      count: of.reduce((n, w) => n + w.count, 0),
      upb: of.reduce((n, w) => n + w.upb, 0),
    };
  });
  const entries = [...s.calendar].sort(compareEntries);
  const m = s.modifications;
  const n = s.npv;
  return ok({
    rules: { id: rules.id, version: rules.version },
    counts: {
      read: run.read,
      evaluated: run.evaluated,
      rejected: run.rejected,
      blank: run.blank,
      notEvaluable: s.notEvaluable,
      failedCheck: run.rejected - s.notEvaluable,
    },
    asOf: s.asOf ? { first: fromDayNumber(s.asOf[0]), last: fromDayNumber(s.asOf[1]) } : undefined,
    loans: line("Loans evaluated", s.loans),
    delinquency,
    delinquent: sumOf(dq.delinquentFrom, `${rules.params.delinquencyBucketDays[0]} days or more`),
    seriouslyDelinquent: sumOf(
      dq.seriousFrom,
      `${rules.params.seriouslyDelinquentDays} days or more`
    ),
    workouts,
    classes,
    npv: {
      modifications: line("Recommended modifications", n.modifications),
      tested: line("With an NPV test of that modification", n.tested),
      benefit: n.positive.benefit + n.notPositive.benefit,
      positive: { ...n.positive },
      notPositive: { ...n.notPositive },
      untested: line("Without one", {
        count: n.modifications.count - n.tested.count,
        upb: n.modifications.upb - n.tested.upb,
      }),
    },
    byInvestor: groupLines(s.byInvestor, (k) => k || "(none)", investorOrder),
    byState: groupLines(
      s.byState,
      (k) => k || "(none)",
      (a, b) => b.upb - a.upb || byKey(a, b)
    ),
    byBucket: groupLines(
      s.byBucket,
      (k) => bucketLabel(Number(k)),
      (a, b) => Number(a.key) - Number(b.key)
    ),
    modifications: {
      loans: line("Modifications", m.loans),
      changes: MODIFICATION_CHANGES.map((c, i) => line(c.label, m.changes[i])),
      combinations: Object.entries(m.combinations)
        .map(([label, a]) => line(label, a))
        .sort((a, b) => b.count - a.count || (a.label < b.label ? -1 : 1)),
      payment: pay.buckets.map((b, i) => line(b.label, m.payment[i])),
      piBefore: m.piBefore,
      piAfter: m.piAfter,
      withPayment: m.withPayment,
    },
    calendar: {
      windowDays: rules.params.calendarWindowDays,
      entries,
      byDeadline: DEADLINES.map((d, i) => ({
        label: d.label,
        count: entries.filter((e) => e.deadline === i).length,
      })),
      loans: new Set(entries.map((e) => e.row)).size,
    },
    ruleSets: Object.entries(s.ruleSets)
      .map(([id, version]) => ({ id, version }))
      .sort((a, b) => (a.id < b.id ? -1 : 1)),
  });
}
