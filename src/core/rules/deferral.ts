import { RuleSet } from "./rule-set";

/**
 * GSE payment deferral (Fannie Mae Servicing Guide D2-3.2-04, 10/11/2023; Freddie Mac Guide 9203),
 * explained in docs/rules/deferral.md.
 */
export const DEFERRAL: RuleSet<DeferralParams> = {
  id: "DEFERRAL",
  version: "2023-10-11",
  effective: "2023-10-11",
  sources: [
    "Fannie Mae Servicing Guide D2-3.2-04 Payment Deferral (10/11/2023)",
    "Secondary summary of the Fannie Mae Servicing Guide (April 2025): 2 to 6 months delinquent, 12 months cumulative, not within 36 months of maturity",
  ],
  params: {
    // At least 2 and at most 6 monthly payments past due at evaluation (D2-3.2-04).
    minMonthsPastDue: 2,
    maxMonthsPastDue: 6,
    // Cumulative deferred P&I over the life of the loan, this deferral included, at most 12 months (D2-3.2-04).
    maxCumulativeDeferredMonths: 12,
    // Originated at least 12 months before the evaluation (D2-3.2-04).
    minLoanAgeMonths: 12,
    // Not within 36 months of maturity: more than this many months remaining (D2-3.2-04).
    monthsToMaturityMoreThan: 36,
    // Third-party servicing advances join the deferred balance: the engine's decision, as the
    // guide's "Determining the Payment Deferral Terms" table was not available
    // (docs/rules/deferral.md). Escrow advances are recovered through the escrow analysis instead.
    deferServicingAdvances: true,
  },
};

export interface DeferralParams {
  readonly minMonthsPastDue: number;
  readonly maxMonthsPastDue: number;
  readonly maxCumulativeDeferredMonths: number;
  readonly minLoanAgeMonths: number;
  readonly monthsToMaturityMoreThan: number;
  readonly deferServicingAdvances: boolean;
}
