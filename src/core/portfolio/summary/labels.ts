import { PORTFOLIO_METRICS, PortfolioMetricsParams } from "../../rules/portfolio-metrics";
import { RuleSet } from "../../rules/rule-set";
import { delinquencyBuckets, paymentChangeBuckets } from "./buckets";
import { RowFacts } from "./row-facts";
import { combinationLabel, modificationChanges } from "./modification";
import { WORKOUT_CLASS_LABELS, workoutOf } from "./workout";

/**
 * The report's own columns of a loan, after its result columns: the buckets and classes the
 * summary counts it in, so a reader can filter the per-loan sheet by them. Blank where they do not
 * apply (the payment change and the changes of a loan not recommended a modification).
 */
export const LOAN_LABEL_COLUMNS = [
  "delinquency_bucket",
  "recommended_workout",
  "workout_class",
  "payment_change",
  "modification_changes",
] as const;

export type LoanLabeller = (f: RowFacts) => (string | undefined)[];

export function loanLabeller(
  rules: RuleSet<PortfolioMetricsParams> = PORTFOLIO_METRICS
): LoanLabeller {
  const dq = delinquencyBuckets(rules);
  const pay = paymentChangeBuckets(rules);
  return (f) => {
    const w = workoutOf(f);
    const modification = w.workoutClass === "modification";
    return [
      f.daysDelinquent === undefined
        ? dq.unknownLabel
        : dq.buckets[dq.bucketOf(f.daysDelinquent)].label,
      w.label,
      WORKOUT_CLASS_LABELS[w.workoutClass],
      modification && f.pi !== undefined && f.newPi !== undefined && f.pi > 0
        ? pay.buckets[pay.bucketOf(f.pi, f.newPi)].label
        : undefined,
      modification ? combinationLabel(modificationChanges(f)) : undefined,
    ];
  };
}
