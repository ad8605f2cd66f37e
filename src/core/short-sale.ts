import Decimal from "decimal.js";
import { D, cents } from "./money";

/**
 * Net proceeds of a short sale to the first lien (programs.md section 9; Fannie short-sale allowable
 * costs, domain-research.md §8.1): price − commission (rate × price, cents half-up) − seller closing
 * costs − subordinate-lien payoffs − relocation assistance − other allowable costs.
 */
export interface ShortSaleCosts {
  readonly salePrice: Decimal.Value;
  readonly commissionRate: Decimal.Value;
  readonly closingCosts: Decimal.Value;
  readonly subordinatePayoff?: Decimal.Value;
  readonly relocation?: Decimal.Value;
  readonly otherCosts?: Decimal.Value;
}

/** A commission above 6% of the price is not customary (Fannie Announcement 09-03): flagged, not refused. */
export const CUSTOMARY_MAX_COMMISSION = new D("0.06");

export interface ShortSaleNet {
  readonly commission: Decimal;
  readonly netProceeds: Decimal;
  readonly commissionAboveCustomary: boolean;
}

export function shortSaleNet(c: ShortSaleCosts): ShortSaleNet {
  const commission = cents(new D(c.salePrice).times(c.commissionRate));
  const netProceeds = new D(c.salePrice)
    .minus(commission)
    .minus(c.closingCosts)
    .minus(c.subordinatePayoff ?? 0)
    .minus(c.relocation ?? 0)
    .minus(c.otherCosts ?? 0);
  return {
    commission,
    netProceeds,
    commissionAboveCustomary: new D(c.commissionRate).gt(CUSTOMARY_MAX_COMMISSION),
  };
}
