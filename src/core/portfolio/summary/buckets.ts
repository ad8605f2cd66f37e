import { PORTFOLIO_METRICS, PortfolioMetricsParams } from "../../rules/portfolio-metrics";
import { RuleSet } from "../../rules/rule-set";
import { Cents } from "../../verified-rounding";
import { pct } from "../../programs/display";
import { shareFraction } from "../../programs/share-fraction";

/**
 * The report's buckets, read from the PORTFOLIO-METRICS rule set: delinquency by days delinquent on
 * the loan's as-of date (counted from the oldest unpaid payment's due date, as Reg X counts), and
 * the change in a modified loan's monthly principal and interest.
 */
export interface Bucket {
  readonly label: string;
}

export interface DelinquencyBuckets {
  /** Current, then one bucket per threshold: "30-59 days", ..., "120 days or more". */
  readonly buckets: readonly Bucket[];
  /** The bucket of a loan this many days delinquent. */
  bucketOf(days: number): number;
  /** Index of the first bucket at or beyond the rule set's seriously delinquent days. */
  readonly seriousFrom: number;
  /** Index of the first delinquent bucket (30 days or more). */
  readonly delinquentFrom: number;
  /** Label of loans whose days delinquent are not known (no next_due_date or as_of_date). */
  readonly unknownLabel: string;
}

export function delinquencyBuckets(
  rules: RuleSet<PortfolioMetricsParams> = PORTFOLIO_METRICS
): DelinquencyBuckets {
  const edges = rules.params.delinquencyBucketDays;
  const buckets: Bucket[] = [{ label: `Current (under ${edges[0]} days)` }];
  edges.forEach((from, i) =>
    buckets.push({
      label: i + 1 < edges.length ? `${from}-${edges[i + 1] - 1} days` : `${from} days or more`,
    })
  );
  const serious = edges.findIndex((d) => d >= rules.params.seriouslyDelinquentDays);
  return {
    buckets,
    bucketOf(days: number): number {
      let b = 0;
      while (b < edges.length && days >= edges[b]) b++;
      return b;
    },
    seriousFrom: serious < 0 ? buckets.length : serious + 1,
    delinquentFrom: 1,
    unknownLabel: "Not known (no next due date)",
  };
}

export interface PaymentChangeBuckets {
  /** Increased, unchanged, then decreases from the smallest: the OCC Mortgage Metrics order reversed. */
  readonly buckets: readonly Bucket[];
  /** The bucket of a payment that went from `before` to `after` (cents; before > 0). */
  bucketOf(before: Cents, after: Cents): number;
}

export function paymentChangeBuckets(
  rules: RuleSet<PortfolioMetricsParams> = PORTFOLIO_METRICS
): PaymentChangeBuckets {
  const shares = rules.params.paymentDecreaseShares;
  // The rule set's shares are plain decimal text ("0.10"): exact fractions, compared in integers.
  const cuts = shares.map((s) => shareFraction(s)!);
  const buckets: Bucket[] = [{ label: "Increased" }, { label: "Unchanged" }];
  shares.forEach((s, i) =>
    buckets.push({
      label:
        i === 0
          ? `Decreased less than ${pct(s)}`
          : `Decreased ${pct(shares[i - 1])} to less than ${pct(s)}`,
    })
  );
  buckets.push({ label: `Decreased ${pct(shares[shares.length - 1])} or more` });
  return {
    buckets,
    bucketOf(before: Cents, after: Cents): number {
      if (after > before) return 0;
      if (after === before) return 1;
      // decrease / before < units / scale, in integers: (before − after) · scale < units · before.
      const drop = before - after;
      let b = 0;
      while (b < cuts.length && drop * cuts[b].scale >= cuts[b].units * before) b++;
      return 2 + b;
    },
  };
}
