import { RuleSet } from "./rule-set";
import { LiquidationParams } from "./deed-in-lieu";

export interface ShortSaleParams extends LiquidationParams {
  readonly commissionRate: string;
  readonly sellerClosingCostRate: string;
  /** Total paid to subordinate lien holders, in dollars. */
  readonly subordinatePayoffCap: string;
}

/**
 * GSE short sale (Fannie Mae / Freddie Mac standard short sale; docs/rules/liquidation.md).
 */
export const SHORT_SALE_GSE: RuleSet<ShortSaleParams> = {
  id: "SHORT-SALE-GSE",
  version: "2025-04-09",
  effective: "2025-04-09",
  sources: [
    "Fannie Mae short-sale fact sheet (singlefamily.fanniemae.com): relocation assistance $7,500, deficiency waiver",
    "Fannie Mae short-sale allowable costs (commission customary, at most 6%; Announcement 09-03)",
    "Fannie Mae Announcement SVC-2012-19 and Freddie Mac Bulletin 2012-16: subordinate-lien payoffs up to $6,000",
  ],
  params: {
    investors: ["FNMA", "FHLMC"],
    // Real-estate commission: customary, at most 6% of the sale price (Fannie Announcement 09-03).
    commissionRate: "0.06",
    // Seller closing costs (title, settlement, transfer taxes, prorated taxes) as a share of the price:
    // OUR ASSUMPTION, no published figure; set it from the servicer's experience.
    sellerClosingCostRate: "0.02",
    // Relocation assistance, principal residence only (Fannie short-sale fact sheet).
    relocation: "7500",
    relocationPrimaryResidenceOnly: true,
    // Total paid to subordinate lien holders (SVC-2012-19 / Bulletin 2012-16; the 2012 figure, the
    // current cap was not verified).
    subordinatePayoffCap: "6000",
    // Late fees are waived and never advanced: they are not part of the debt the sale is measured
    // against (the engine's reading of "allowable fees").
    includeLateFeesInDebt: false,
  },
};

/**
 * VA compromise sale (38 CFR 36.4322(e); M26-4 §5.09; docs/rules/liquidation.md). VA's own test
 * (the compromise must cost the government less than foreclosure) is not modeled here.
 */
export const SHORT_SALE_VA: RuleSet<ShortSaleParams> = {
  id: "SHORT-SALE-VA",
  version: "2011-01-06",
  effective: "2011-01-06",
  sources: [
    "VA Circular 26-11-1 (2011-01-06, extended 2014): $1,500 relocation assistance to borrower occupants completing a compromise sale",
    "VA compromise sale requirements (VA loan guaranty pages as quoted by realtor sites): market value, reasonable and customary closing costs, no second or other liens",
  ],
  params: {
    investors: ["VA"],
    // Customary commission, at most 6% (as SHORT-SALE-GSE; VA: "reasonable and customary" costs).
    commissionRate: "0.06",
    // OUR ASSUMPTION, as SHORT-SALE-GSE.
    sellerClosingCostRate: "0.02",
    // $1,500 relocation assistance to borrower occupants (Circular 26-11-1).
    relocation: "1500",
    relocationPrimaryResidenceOnly: true,
    // No payment to junior liens: a compromise sale needs the property free of other liens.
    subordinatePayoffCap: "0",
    includeLateFeesInDebt: false,
  },
};
