/**
 * The short-sale net sheet by settlement-statement line: the lines as the specialist enters them
 * (defaults from the investor's short-sale evaluation), the net proceeds by the core's one rule,
 * the investor's minimum net where its rule set has one, and the deficiency against the total debt.
 */
import Decimal from "decimal.js";
import { D } from "../../core/money";
import { shortSaleNetCents } from "../../core/short-sale";
import { lossSeverity } from "../../core/loss-severity";
import { minNetTier, SHORT_SALE_RULES } from "../../core/programs/short-sale";
import type { Evaluation } from "../../core/programs/evaluation";
import type { Cents } from "../../core/verified-rounding";
import type { MinNetTier } from "../../core/rules/short-sale-fha";

export interface SettlementLines {
  readonly salePrice: Cents;
  readonly commissionRate: Decimal;
  readonly closingCosts: Cents;
  readonly subordinatePayoff: Cents;
  readonly relocation: Cents;
  readonly otherCosts: Cents;
  /** Days the property was marketed (for a minimum net that depends on it). */
  readonly marketingDays?: number;
}

export interface MinimumNet {
  readonly share: string;
  readonly tier: MinNetTier;
  readonly marketingDays: number;
  /** The minimum in cents, rounded up (the test compares unrounded). */
  readonly amount: Cents;
  readonly met: boolean;
}

export interface SettlementResult {
  readonly ruleSet: string;
  readonly lines: SettlementLines;
  readonly commission: Cents;
  readonly netProceeds: Cents;
  readonly commissionAboveCustomary: boolean;
  readonly totalDebt?: Cents;
  /** Total debt − net proceeds; negative is a surplus. */
  readonly deficiency?: Cents;
  readonly lossSeverity?: Decimal;
  readonly minimumNet?: MinimumNet;
}

type Params = {
  readonly commissionRate: string;
  readonly minNetTiers?: readonly MinNetTier[];
  readonly defaultMarketingDays?: number;
};

/** The short-sale rule set an evaluation came from. */
export function shortSaleParams(ruleSet: string): Params | undefined {
  const rules = Object.values(SHORT_SALE_RULES).find((r) => r.id === ruleSet);
  return rules?.params as Params | undefined;
}

/** The lines the evaluation used: its price, costs, lien payoff and relocation, no other costs. */
export function defaultLines(e: Evaluation): SettlementLines | undefined {
  const a = e.amounts;
  const p = shortSaleParams(e.ruleSet);
  if (!a || a.sale_price === undefined || !p) return undefined;
  return {
    salePrice: a.sale_price,
    commissionRate: new D(p.commissionRate),
    closingCosts: a.closing_costs ?? 0,
    subordinatePayoff: a.subordinate_payoff ?? 0,
    relocation: a.relocation ?? 0,
    otherCosts: 0,
    marketingDays: p.defaultMarketingDays,
  };
}

export function settle(
  lines: SettlementLines,
  e: Evaluation,
  upb: Cents | undefined,
  value: Cents | undefined
): SettlementResult {
  const net = shortSaleNetCents({
    salePrice: lines.salePrice,
    commissionRate: lines.commissionRate,
    closingCosts: lines.closingCosts,
    subordinatePayoff: lines.subordinatePayoff,
    relocation: lines.relocation,
    otherCosts: lines.otherCosts,
  });
  const totalDebt = e.amounts?.total_debt;
  const deficiency = totalDebt === undefined ? undefined : totalDebt - net.netProceeds;
  const severity =
    totalDebt !== undefined && upb ? lossSeverity(totalDebt, net.netProceeds, upb) : undefined;
  const p = shortSaleParams(e.ruleSet);
  let minimumNet: MinimumNet | undefined;
  if (p?.minNetTiers && value !== undefined) {
    const days = lines.marketingDays ?? p.defaultMarketingDays ?? 1;
    const tier = minNetTier(p.minNetTiers, days);
    const exact = new D(value).times(tier.minNetShare);
    minimumNet = {
      share: tier.minNetShare,
      tier,
      marketingDays: days,
      amount: exact.toDecimalPlaces(0, Decimal.ROUND_CEIL).toNumber(),
      met: !new D(net.netProceeds).lt(exact),
    };
  }
  return {
    ruleSet: e.ruleSet,
    lines,
    commission: net.commission,
    netProceeds: net.netProceeds,
    commissionAboveCustomary: net.commissionAboveCustomary,
    totalDebt,
    deficiency,
    lossSeverity: severity?.ok ? severity.value : undefined,
    minimumNet,
  };
}
