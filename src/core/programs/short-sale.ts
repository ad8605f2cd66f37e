import Decimal from "decimal.js";
import { D } from "../money";
import { LoanRecord, requireFields } from "../record";
import { Issue, Result, failWith, ok } from "../result";
import { Cents } from "../verified-rounding";
import { SHORT_SALE_GSE, SHORT_SALE_VA, ShortSaleParams } from "../rules/short-sale-gse";
import { SHORT_SALE_FHA, FhaPfsParams, MinNetTier } from "../rules/short-sale-fha";
import { RuleSet } from "../rules/rule-set";
import { shortSaleNetCents } from "../short-sale";
import { Evaluation, Trail } from "./evaluation";
import { capitalizableArrears, loanFacts, toCentsDecimal } from "./loan-facts";
import { mtmltvOf } from "./modification";
import { paramCents, roundShare } from "./cent-shares";
import {
  MARKETING_DAYS_COLUMNS,
  SALE_PRICE_COLUMNS,
  SUBORDINATE_LIEN_COLUMNS,
  passThroughNumber,
  relocationFor,
  totalDebt,
  noteStandIn,
} from "./liquidation";
import { pct, pctOfRatio, usd } from "./display";

/**
 * Short sale, programs.md section 9, one rule set per investor family: SHORT-SALE-GSE (Fannie Mae /
 * Freddie Mac), SHORT-SALE-FHA (pre-foreclosure sale, with HUD's minimum net proceeds by marketing
 * days) and SHORT-SALE-VA (compromise sale).
 *
 * Sale price: an `offer_price` column when the tape passes one through (a contract in hand is what the
 * sale closes at), else a `list_price` column, else the property value. Net proceeds = price −
 * commission − seller closing costs − subordinate-lien payoff (a `subordinate_liens` column, paid up to
 * the cap; none when absent) − relocation assistance (shortSaleNet). The sale works when the value is
 * known, the net is short of the total debt (otherwise the sale pays the loan off and is no short sale)
 * and, for FHA, the net meets the minimum share of the as-is value.
 */

export interface ShortSaleRules {
  readonly gse: RuleSet<ShortSaleParams>;
  readonly fha: RuleSet<FhaPfsParams>;
  readonly va: RuleSet<ShortSaleParams>;
}

export const SHORT_SALE_RULES: ShortSaleRules = {
  gse: SHORT_SALE_GSE,
  fha: SHORT_SALE_FHA,
  va: SHORT_SALE_VA,
};

/** The short sale for the loan's investor: FHA and VA their own; every other investor the GSE rules (said in the audit). */
export function shortSale(
  record: LoanRecord,
  rules: ShortSaleRules = SHORT_SALE_RULES
): Result<Evaluation> {
  const missing = requireFields(record, ["investor"], "a short sale");
  if (missing.length) return failWith(missing);
  if (record.investor === "FHA") return fhaPreForeclosureSale(record, rules.fha);
  if (record.investor === "VA") return vaCompromiseSale(record, rules.va);
  return gseShortSale(record, rules.gse);
}

export function gseShortSale(
  record: LoanRecord,
  rules: RuleSet<ShortSaleParams> = SHORT_SALE_GSE
): Result<Evaluation> {
  return evaluate(record, rules, "GSE short sale", undefined);
}

export function fhaPreForeclosureSale(
  record: LoanRecord,
  rules: RuleSet<FhaPfsParams> = SHORT_SALE_FHA
): Result<Evaluation> {
  return evaluate(record, rules, "FHA pre-foreclosure sale", rules.params);
}

export function vaCompromiseSale(
  record: LoanRecord,
  rules: RuleSet<ShortSaleParams> = SHORT_SALE_VA
): Result<Evaluation> {
  return evaluate(record, rules, "VA compromise sale", undefined);
}

/** The tier for a number of marketing days: the first whose last day is at or after it. */
export function minNetTier(tiers: readonly MinNetTier[], days: number): MinNetTier {
  return tiers.find((t) => t.upToDays === null || days <= t.upToDays) ?? tiers[tiers.length - 1];
}

function evaluate(
  record: LoanRecord,
  rules: RuleSet<ShortSaleParams>,
  program: string,
  fha: FhaPfsParams | undefined
): Result<Evaluation> {
  const issues: Issue[] = requireFields(record, ["upb"], rules.id);
  const offered = passThroughNumber(record, SALE_PRICE_COLUMNS);
  const liens = passThroughNumber(record, SUBORDINATE_LIEN_COLUMNS);
  const marketing = fha
    ? passThroughNumber(record, MARKETING_DAYS_COLUMNS, true)
    : { value: undefined };
  for (const r of [offered, liens, marketing]) if ("issue" in r) issues.push(r.issue);
  if (issues.length) return failWith(issues);
  const f = loanFacts(record);
  const p = rules.params;
  const trail = new Trail(rules.id);
  const debt = totalDebt(f, p);
  const amounts: Record<string, Cents> = { total_debt: debt.total };
  const value = f.value;
  const mtmltv = mtmltvOf(f.upb + capitalizableArrears(f), value);

  const result = (
    eligible: boolean,
    works: boolean,
    code: string,
    reason: string
  ): Result<Evaluation> =>
    ok({
      program,
      ruleSet: rules.id,
      ruleSetVersion: rules.version,
      eligible,
      targetMet: works,
      offerable: works,
      mtmltv,
      reasonCode: code,
      reason,
      steps: trail.steps,
      amounts,
    });
  noteStandIn(record.investor, p.investors, rules.id, trail);
  if (!value) {
    const reason =
      "property_value is missing or zero: a short sale cannot be evaluated without a current value";
    trail.add("value", "unknown", false, "VALUE_UNKNOWN", reason);
    return result(false, false, "VALUE_UNKNOWN", reason);
  }
  trail.add("value", usd(value), true, "VALUE_KNOWN", `as-is value ${usd(value)}; ${debt.why}`);

  const given = "value" in offered ? offered.value : undefined;
  const price: Cents = given ? toCentsDecimal(given.value) : value;
  const priceWhy = given
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
  const lienWhy =
    lienBalance === 0
      ? "no subordinate liens stated"
      : `subordinate-lien payoff ${usd(subordinate)}${lienBalance > cap ? ` (of ${usd(lienBalance)}, capped at ${usd(cap)})` : ""}`;
  trail.add(
    "net proceeds",
    usd(net),
    true,
    "NET_PROCEEDS",
    `${priceWhy} − commission ${usd(commission)} (${pct(p.commissionRate, 2)}) − seller closing costs ${usd(closing)} (${pct(p.sellerClosingCostRate, 2)}, an assumption) − ${lienWhy} − ${reloc.why}: net ${usd(net)}`
  );

  // A short sale only when the net is short of the debt.
  if (net >= debt.total) {
    amounts.deficiency = 0;
    amounts.surplus = net - debt.total;
    const reason = `net proceeds ${usd(net)} cover the total debt ${usd(debt.total)}: the sale pays the loan off, no short sale is needed`;
    trail.add("shortfall", usd(0), false, "NET_COVERS_DEBT", reason);
    return result(true, false, "NET_COVERS_DEBT", reason);
  }
  const shortfall = debt.total - net;
  amounts.deficiency = shortfall;
  // Loss severity (lossSeverity: the shortfall over the UPB), shown to hundredths of a percent.
  const severityWhy =
    f.upb > 0
      ? `, loss severity ${pctOfRatio(shortfall, f.upb, 2, () => new D(shortfall).div(f.upb))} of UPB`
      : "";
  trail.add(
    "shortfall",
    usd(shortfall),
    true,
    "SHORT_OF_DEBT",
    `net ${usd(net)} is ${usd(shortfall)} short of the total debt ${usd(debt.total)}${severityWhy}`
  );

  if (fha) {
    const m = "value" in marketing ? marketing.value : undefined;
    const days = m ? m.value.toNumber() : fha.defaultMarketingDays;
    const tier = minNetTier(fha.minNetTiers, days);
    const minimum = new D(value).times(tier.minNetShare);
    // The minimum in cents, rounded up for display; the test itself compares unrounded.
    const shown: Cents = minimum.toDecimalPlaces(0, Decimal.ROUND_CEIL).toNumber();
    const daysWhy = m
      ? `${days} marketing days (the ${m.header} column)`
      : `marketing days not stated: day ${days} assumed`;
    if (new D(net).lt(minimum)) {
      const reason = `${daysWhy}: the net ${usd(net)} is below the minimum ${pct(tier.minNetShare, 0)} of the as-is value, ${usd(shown)}`;
      trail.add("minimum net", pct(tier.minNetShare, 0), false, "BELOW_MINIMUM_NET", reason);
      return result(true, false, "BELOW_MINIMUM_NET", reason);
    }
    trail.add(
      "minimum net",
      pct(tier.minNetShare, 0),
      true,
      "MINIMUM_NET_MET",
      `${daysWhy}: the net ${usd(net)} meets the minimum ${pct(tier.minNetShare, 0)} of the as-is value, ${usd(shown)}`
    );
  }
  const reason = `${program} works: net proceeds ${usd(net)}, deficiency ${usd(shortfall)}${severityWhy}`;
  return result(true, true, "SHORT_SALE", reason);
}
