import Decimal from "decimal.js";
import { D } from "./money";
import { Cents, roundHalfUpCents } from "./verified-rounding";
import { centsOfDecimal } from "./input";

/**
 * Net proceeds of a short sale to the first lien (docs/rules/liquidation.md; Fannie Mae's short-sale
 * allowable costs): price − commission (rate × price, cents half-up) − seller closing
 * costs − subordinate-lien payoffs − relocation assistance − other allowable costs. One rule, in whole
 * cents, for LM.SHORTSALENET and the short-sale evaluations alike.
 */
export interface ShortSaleCostsCents {
  readonly salePrice: Cents;
  readonly commissionRate: Decimal.Value;
  readonly closingCosts: Cents;
  readonly subordinatePayoff?: Cents;
  readonly relocation?: Cents;
  readonly otherCosts?: Cents;
}

/** A commission above 6% of the price is not customary (Fannie Announcement 09-03): flagged, not refused. */
export const CUSTOMARY_MAX_COMMISSION = new D("0.06");

export interface ShortSaleNetCents {
  readonly commission: Cents;
  readonly netProceeds: Cents;
  readonly commissionAboveCustomary: boolean;
}

export function shortSaleNetCents(c: ShortSaleCostsCents): ShortSaleNetCents {
  // The float product decides the half-up cent when it is clear of a half cent (verified-rounding).
  const commission = roundHalfUpCents(c.salePrice * Number(c.commissionRate), () =>
    new D(c.salePrice).times(c.commissionRate)
  );
  const netProceeds =
    c.salePrice -
    commission -
    c.closingCosts -
    (c.subordinatePayoff ?? 0) -
    (c.relocation ?? 0) -
    (c.otherCosts ?? 0);
  return {
    commission,
    netProceeds,
    commissionAboveCustomary: new D(c.commissionRate).gt(CUSTOMARY_MAX_COMMISSION),
  };
}

/** The same rule over dollar amounts (taken to the cent, half-up), with Decimal dollars out. */
export interface ShortSaleCosts {
  readonly salePrice: Decimal.Value;
  readonly commissionRate: Decimal.Value;
  readonly closingCosts: Decimal.Value;
  readonly subordinatePayoff?: Decimal.Value;
  readonly relocation?: Decimal.Value;
  readonly otherCosts?: Decimal.Value;
}

export interface ShortSaleNet {
  readonly commission: Decimal;
  readonly netProceeds: Decimal;
  readonly commissionAboveCustomary: boolean;
}

const toCents = (x: Decimal.Value | undefined): Cents => centsOfDecimal(new D(x ?? 0));

export function shortSaleNet(c: ShortSaleCosts): ShortSaleNet {
  const r = shortSaleNetCents({
    salePrice: toCents(c.salePrice),
    commissionRate: c.commissionRate,
    closingCosts: toCents(c.closingCosts),
    subordinatePayoff: toCents(c.subordinatePayoff),
    relocation: toCents(c.relocation),
    otherCosts: toCents(c.otherCosts),
  });
  return {
    commission: new D(r.commission).div(100),
    netProceeds: new D(r.netProceeds).div(100),
    commissionAboveCustomary: r.commissionAboveCustomary,
  };
}
