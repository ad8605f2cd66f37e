import { RuleSet } from "./rule-set";

/**
 * The buckets and windows of the portfolio report (docs/rules/portfolio-metrics.md): the
 * delinquency buckets a servicing portfolio is reported in, the payment-change buckets of modified
 * loans, and how far ahead the Reg X calendar looks.
 */
export const PORTFOLIO_METRICS: RuleSet<PortfolioMetricsParams> = {
  id: "PORTFOLIO-METRICS",
  version: "2026-11-01",
  effective: "2026-11-01",
  sources: [
    "MBA National Delinquency Survey: loans 30, 60 and 90 or more days past due",
    "12 CFR 1024.41(f)(1)(i): no first foreclosure notice or filing until a loan is more than 120 days delinquent",
    "12 CFR 1024.31 'delinquency' and comment 31 (Delinquency)-2: days counted from the oldest unpaid payment's due date",
    "OCC Mortgage Metrics Report, Part II (modified loans by change in monthly principal and interest), under 12 U.S.C. 1715z-25",
    "12 CFR 1024.41(e)(1): an offer may require acceptance no earlier than 14 days after it is made",
  ],
  params: {
    // Days delinquent at which each bucket after "current" starts: 30-59, 60-89, 90-119, 120 and more.
    delinquencyBucketDays: [30, 60, 90, 120],
    // A loan this many days delinquent or more counts as seriously delinquent (the NDS's 90+).
    seriouslyDelinquentDays: 90,
    // Shares of the old principal and interest at which a payment decrease changes bucket:
    // under 10%, 10% to under 20%, 20% or more.
    paymentDecreaseShares: ["0.10", "0.20"],
    // The calendar lists deadlines from the as-of date to this many days after it, both included.
    calendarWindowDays: 14,
  },
};

export interface PortfolioMetricsParams {
  /** Ascending day counts: each starts a bucket; below the first is current. */
  readonly delinquencyBucketDays: readonly number[];
  readonly seriouslyDelinquentDays: number;
  /** Ascending fractions as decimal text. */
  readonly paymentDecreaseShares: readonly string[];
  readonly calendarWindowDays: number;
}
