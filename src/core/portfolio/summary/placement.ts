import { PORTFOLIO_METRICS, PortfolioMetricsParams } from "../../rules/portfolio-metrics";
import { RuleSet } from "../../rules/rule-set";
import {
  DelinquencyBuckets,
  PaymentChangeBuckets,
  delinquencyBuckets,
  paymentChangeBuckets,
} from "./buckets";
import { RowFacts } from "./row-facts";
import { Workout, workoutOf } from "./workout";

/** The report's buckets of one rule set, made once. */
export interface Buckets {
  readonly rules: RuleSet<PortfolioMetricsParams>;
  readonly dq: DelinquencyBuckets;
  readonly pay: PaymentChangeBuckets;
}

export function bucketsOf(rules: RuleSet<PortfolioMetricsParams> = PORTFOLIO_METRICS): Buckets {
  return { rules, dq: delinquencyBuckets(rules), pay: paymentChangeBuckets(rules) };
}

/**
 * Where the summary counts one loan: its delinquency bucket, its workout (with what a modification
 * changes) and a modification's payment-change bucket. The tally decides it once per loan, and the
 * loan's labels read that decision.
 */
export interface Placement {
  /** The rule set whose buckets these are. */
  readonly rules: RuleSet<PortfolioMetricsParams>;
  /** The delinquency bucket; the number of buckets when the days delinquent are not known. */
  readonly bucket: number;
  readonly workout: Workout;
  /** A modification's payment-change bucket, when its P&I before (above zero) and after are known. */
  readonly payment?: number;
}

/** A result row's facts, with where the tally that added it placed the loan. */
export type PlacedFacts = RowFacts & { readonly placement: Placement };

export function placeLoan(f: RowFacts, b: Buckets): Placement {
  const bucket =
    f.daysDelinquent === undefined ? b.dq.buckets.length : b.dq.bucketOf(f.daysDelinquent);
  const workout = workoutOf(f);
  const payment =
    workout.workoutClass === "modification" &&
    f.pi !== undefined &&
    f.newPi !== undefined &&
    f.pi > 0
      ? b.pay.bucketOf(f.pi, f.newPi)
      : undefined;
  return { rules: b.rules, bucket, workout, payment };
}
