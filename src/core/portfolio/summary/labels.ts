import { PORTFOLIO_METRICS, PortfolioMetricsParams } from "../../rules/portfolio-metrics";
import { RuleSet } from "../../rules/rule-set";
import { RowFacts } from "./row-facts";
import { combinationLabel } from "./modification";
import { Placement, bucketsOf, placeLoan } from "./placement";
import { WORKOUT_CLASS_LABELS } from "./workout";

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

/** A loan's labels, from its facts; where a tally of the same rule set placed it, from that placement. */
export type LoanLabeller = (
  f: RowFacts & { readonly placement?: Placement }
) => (string | undefined)[];

export function loanLabeller(
  rules: RuleSet<PortfolioMetricsParams> = PORTFOLIO_METRICS
): LoanLabeller {
  const buckets = bucketsOf(rules);
  const { dq, pay } = buckets;
  return (f) => {
    const p = f.placement?.rules === rules ? f.placement : placeLoan(f, buckets);
    const w = p.workout;
    return [
      p.bucket < dq.buckets.length ? dq.buckets[p.bucket].label : dq.unknownLabel,
      w.label,
      WORKOUT_CLASS_LABELS[w.workoutClass],
      p.payment === undefined ? undefined : pay.buckets[p.payment].label,
      w.workoutClass === "modification" ? combinationLabel(w.changes!) : undefined,
    ];
  };
}
