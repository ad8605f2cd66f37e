/**
 * Repayment plan, Fannie Mae Servicing Guide D2-3.2-02 (versions of 10/11/2023 and 08/13/2025),
 * explained in docs/rules/repayment.md.
 */
export const REPAY_FNMA = {
  id: "REPAY-FNMA",
  version: "2025-08-13",
  effective: "2025-08-13",
  sources: ["Fannie Mae Servicing Guide D2-3.2-02 Repayment Plan (08/13/2025)"],
  params: {
    /** The guide section the trail cites for these rules. */
    section: "D2-3.2-02",
    /** Total monthly plan payment ≤ 150% of the full contractual payment (D2-3.2-02). */
    maxPaymentRatio: "1.5",
    /** A complete borrower response package is needed over 6 months ... */
    noBrpMaxMonths: 6,
    /** ... or over 90 days delinquent (D2-3.2-02). */
    noBrpMaxDaysDelinquent: 90,
    /** Plans over 12 months need Fannie Mae's written approval (D2-3.2-02). */
    investorApprovalOverMonths: 12,
    /** Forbearance plus repayment together at most 36 months (D2-3.2-02, 08/13/2025). */
    maxForbearancePlusRepaymentMonths: 36,
    /** Without the dates, a payment past due counts this many days delinquent (the MBA method). */
    daysPerPaymentPastDue: 30,
  },
} as const;

export type RepaymentRules = typeof REPAY_FNMA;
