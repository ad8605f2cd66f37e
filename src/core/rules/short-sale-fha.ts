import { RuleSet } from "./rule-set";
import { ShortSaleParams } from "./short-sale-gse";

/** A minimum-net tier: sales marketed up to `upToDays` days must net at least `minNetShare` of the as-is value. */
export interface MinNetTier {
  /** The last marketing day of the tier; null for "after that". */
  readonly upToDays: number | null;
  readonly minNetShare: string;
}

export interface FhaPfsParams extends ShortSaleParams {
  readonly minNetTiers: readonly MinNetTier[];
  /** Marketing days assumed when the record does not say. */
  readonly defaultMarketingDays: number;
}

/**
 * FHA pre-foreclosure sale (HUD Handbook 4000.1 III.A.2; ML 2008-43, ML 2010-08, HUD National
 * Servicing Center PFS FAQ; docs/rules/liquidation.md).
 */
export const SHORT_SALE_FHA: RuleSet<FhaPfsParams> = {
  id: "SHORT-SALE-FHA",
  version: "2013-01-01",
  effective: "2013-01-01",
  sources: [
    "HUD National Servicing Center pre-foreclosure sale FAQ (portal.hud.gov): minimum net 88% / 86% / 84% of the as-is value by marketing days; commission at most 6%",
    "HUD Mortgagee Letters 2008-43 and 2010-08 (as quoted by blog.shortsalesinct.com): borrower consideration up to $1,000, up to $1,500 toward junior liens",
  ],
  params: {
    investors: ["FHA"],
    // Commission at most 6% (HUD PFS FAQ).
    commissionRate: "0.06",
    // Seller closing costs as a share of the price: OUR ASSUMPTION (as SHORT-SALE-GSE).
    sellerClosingCostRate: "0.02",
    // Borrower consideration paid at closing: $1,000 when the sale closes within 90 days (the
    // pre-2013 figure, which ML 2025-12 keeps as the "current amounts"; the amounts in force were
    // not confirmed).
    relocation: "1000",
    relocationPrimaryResidenceOnly: true,
    // Up to $1,500 toward junior liens (pre-2013 figure, as above).
    subordinatePayoffCap: "1500",
    includeLateFeesInDebt: false,
    // Minimum net proceeds against the as-is appraised value (HUD PFS FAQ).
    minNetTiers: [
      { upToDays: 30, minNetShare: "0.88" },
      { upToDays: 60, minNetShare: "0.86" },
      { upToDays: null, minNetShare: "0.84" },
    ],
    // Marketing days assumed when the record has no `marketing_days` column: day 1, the 88% tier.
    defaultMarketingDays: 1,
  },
};
