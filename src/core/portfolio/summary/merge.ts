import { Amount } from "./types";
import { GroupTally, TallyState, amount, group, keyed } from "./state";

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
