import { D } from "../money";
import { LoanRecord } from "../record";
import { Issue, Result, failWith } from "../result";
import { ShortSaleParams } from "../rules/short-sale-gse";
import { FhaPfsParams } from "../rules/short-sale-fha";
import { RuleSet } from "../rules/rule-set";
import { Evaluation } from "./evaluation";
import { fieldIssues } from "./descriptor";
import { LIQUIDATION_FIELDS, liquidationOutcome, startLiquidation } from "./liquidation";
import { priceShortSale, shortSaleColumns } from "./short-sale-lines";
import { pct, pctOfRatio, usd } from "./display";

export { minNetTier } from "./short-sale-lines";

/**
 * One short sale evaluated under a rule set (docs/rules/liquidation.md): the sale price (an offer,
 * a list price, else the value), the net proceeds after commission, closing costs, the
 * subordinate-lien payoff and relocation (priceShortSale), against the total debt; for FHA, the net
 * against the minimum share of the as-is value for the marketing days.
 */
export function evaluateShortSale(
  record: LoanRecord,
  rules: RuleSet<ShortSaleParams>,
  program: string,
  fha: FhaPfsParams | undefined
): Result<Evaluation> {
  const issues: Issue[] = fieldIssues(record, LIQUIDATION_FIELDS, rules.id);
  const columns = shortSaleColumns(record, fha !== undefined);
  if (!columns.ok) issues.push(...columns.issues);
  if (issues.length || !columns.ok) return failWith(issues);
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

  const priced = priceShortSale(f, columns.value, rules, {}, fha);
  if (!priced.ok) return priced;
  const lines = priced.value;
  const { salePrice: price, closingCosts: closing, commission, netProceeds: net } = lines;
  const { lienBalance, subordinateCap: cap, subordinatePayoff: subordinate } = lines;
  const reloc = lines.relocationRule;
  const priceWhy = () =>
    lines.priceColumn
      ? `sale price ${usd(price)} (the ${lines.priceColumn} column)`
      : `sale price ${usd(price)} (the property value)`;
  Object.assign(amounts, {
    sale_price: price,
    commission,
    closing_costs: closing,
    subordinate_payoff: subordinate,
    relocation: lines.relocation,
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

  const m = lines.minimumNet;
  if (m) {
    // The minimum in cents, rounded up for display; the test itself compares unrounded.
    const shown = () => usd(m.amount);
    const daysWhy = () =>
      m.daysColumn
        ? `${m.marketingDays} marketing days (the ${m.daysColumn} column)`
        : `marketing days not stated: day ${m.marketingDays} assumed`;
    const share = () => pct(m.tier.minNetShare, 0);
    if (!m.met) {
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
