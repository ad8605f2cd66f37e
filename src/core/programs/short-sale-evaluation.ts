import Decimal from "decimal.js";
import { D } from "../money";
import { LoanRecord } from "../record";
import { Issue, Result, failWith } from "../result";
import { Cents } from "../verified-rounding";
import { ShortSaleParams } from "../rules/short-sale-gse";
import { FhaPfsParams, MinNetTier } from "../rules/short-sale-fha";
import { RuleSet } from "../rules/rule-set";
import { shortSaleNetCents } from "../short-sale";
import { Evaluation } from "./evaluation";
import { fieldIssues } from "./descriptor";
import { toCentsDecimal } from "./loan-facts";
import { paramCents, roundShare } from "./cent-shares";
import {
  LIQUIDATION_FIELDS,
  liquidationOutcome,
  startLiquidation,
  MARKETING_DAYS_COLUMNS,
  SALE_PRICE_COLUMNS,
  SUBORDINATE_LIEN_COLUMNS,
  passThroughNumber,
  relocationFor,
} from "./liquidation";
import { pct, pctOfRatio, usd } from "./display";

/**
 * One short sale evaluated under a rule set (docs/rules/liquidation.md): the sale price (an offer,
 * a list price, else the value), the net proceeds after commission, closing costs, the
 * subordinate-lien payoff and relocation, against the total debt; for FHA, the net against the
 * minimum share of the as-is value for the marketing days.
 */
/** The tier for a number of marketing days: the first whose last day is at or after it. */
export function minNetTier(tiers: readonly MinNetTier[], days: number): MinNetTier {
  return tiers.find((t) => t.upToDays === null || days <= t.upToDays) ?? tiers[tiers.length - 1];
}

export function evaluateShortSale(
  record: LoanRecord,
  rules: RuleSet<ShortSaleParams>,
  program: string,
  fha: FhaPfsParams | undefined
): Result<Evaluation> {
  const issues: Issue[] = fieldIssues(record, LIQUIDATION_FIELDS, rules.id);
  const offered = passThroughNumber(record, SALE_PRICE_COLUMNS);
  const liens = passThroughNumber(record, SUBORDINATE_LIEN_COLUMNS);
  const marketing = fha
    ? passThroughNumber(record, MARKETING_DAYS_COLUMNS, true)
    : { value: undefined };
  for (const r of [offered, liens, marketing]) if ("issue" in r) issues.push(r.issue);
  if (issues.length) return failWith(issues);
  const { f, trail, debt, amounts, ratios } = startLiquidation(record, rules);
  const p = rules.params;
  const value = f.value;

  const result = (eligible: boolean, works: boolean, code: string, reason: () => string) =>
    liquidationOutcome(program, rules, eligible, works, ratios, code, reason, trail, amounts);
  if (!value) {
    const reason = () =>
      "property_value is missing or zero: a short sale cannot be evaluated without a current value";
    trail.add("value", "unknown", false, "VALUE_UNKNOWN", reason);
    return result(false, false, "VALUE_UNKNOWN", reason);
  }
  trail.add(
    "value",
    () => usd(value),
    true,
    "VALUE_KNOWN",
    () => `as-is value ${usd(value)}; ${debt.why()}`
  );

  const given = "value" in offered ? offered.value : undefined;
  const price: Cents = given ? toCentsDecimal(given.value) : value;
  const priceWhy = () =>
    given
      ? `sale price ${usd(price)} (the ${given.header} column)`
      : `sale price ${usd(price)} (the property value)`;
  const closing: Cents = roundShare(price, p.sellerClosingCostRate);
  const lienBalance = "value" in liens && liens.value ? toCentsDecimal(liens.value.value) : 0;
  const cap = paramCents(p.subordinatePayoffCap);
  const subordinate = Math.min(lienBalance, cap);
  const reloc = relocationFor(f, p);
  const { commission, netProceeds: net } = shortSaleNetCents({
    salePrice: price,
    commissionRate: p.commissionRate,
    closingCosts: closing,
    subordinatePayoff: subordinate,
    relocation: reloc.amount,
  });
  Object.assign(amounts, {
    sale_price: price,
    commission,
    closing_costs: closing,
    subordinate_payoff: subordinate,
    relocation: reloc.amount,
    net_proceeds: net,
  });
  const lienWhy = () =>
    lienBalance === 0
      ? "no subordinate liens stated"
      : `subordinate-lien payoff ${usd(subordinate)}${lienBalance > cap ? ` (of ${usd(lienBalance)}, capped at ${usd(cap)})` : ""}`;
  trail.add(
    "net proceeds",
    () => usd(net),
    true,
    "NET_PROCEEDS",
    () =>
      `${priceWhy()} − commission ${usd(commission)} (${pct(p.commissionRate, 2)}) − seller closing costs ${usd(closing)} (${pct(p.sellerClosingCostRate, 2)}, an assumption) − ${lienWhy()} − ${reloc.why()}: net ${usd(net)}`
  );

  // A short sale only when the net is short of the debt.
  if (net >= debt.total) {
    amounts.deficiency = 0;
    amounts.surplus = net - debt.total;
    const reason = () =>
      `net proceeds ${usd(net)} cover the total debt ${usd(debt.total)}: the sale pays the loan off, no short sale is needed`;
    trail.add("shortfall", usd(0), false, "NET_COVERS_DEBT", reason);
    return result(true, false, "NET_COVERS_DEBT", reason);
  }
  const shortfall = debt.total - net;
  amounts.deficiency = shortfall;
  // Loss severity (lossSeverity: the shortfall over the UPB), shown to hundredths of a percent.
  const severityWhy = () =>
    f.upb > 0
      ? `, loss severity ${pctOfRatio(shortfall, f.upb, 2, () => new D(shortfall).div(f.upb))} of UPB`
      : "";
  trail.add(
    "shortfall",
    () => usd(shortfall),
    true,
    "SHORT_OF_DEBT",
    () =>
      `net ${usd(net)} is ${usd(shortfall)} short of the total debt ${usd(debt.total)}${severityWhy()}`
  );

  if (fha) {
    const m = "value" in marketing ? marketing.value : undefined;
    const days = m ? m.value.toNumber() : fha.defaultMarketingDays;
    const tier = minNetTier(fha.minNetTiers, days);
    const minimum = new D(value).times(tier.minNetShare);
    // The minimum in cents, rounded up for display; the test itself compares unrounded.
    const shown = () => usd(minimum.toDecimalPlaces(0, Decimal.ROUND_CEIL).toNumber());
    const daysWhy = () =>
      m
        ? `${days} marketing days (the ${m.header} column)`
        : `marketing days not stated: day ${days} assumed`;
    const share = () => pct(tier.minNetShare, 0);
    if (new D(net).lt(minimum)) {
      const reason = () =>
        `${daysWhy()}: the net ${usd(net)} is below the minimum ${share()} of the as-is value, ${shown()}`;
      trail.add("minimum net", share, false, "BELOW_MINIMUM_NET", reason);
      return result(true, false, "BELOW_MINIMUM_NET", reason);
    }
    trail.add(
      "minimum net",
      share,
      true,
      "MINIMUM_NET_MET",
      () =>
        `${daysWhy()}: the net ${usd(net)} meets the minimum ${share()} of the as-is value, ${shown()}`
    );
  }
  return result(
    true,
    true,
    "SHORT_SALE",
    () => `${program} works: net proceeds ${usd(net)}, deficiency ${usd(shortfall)}${severityWhy()}`
  );
}
