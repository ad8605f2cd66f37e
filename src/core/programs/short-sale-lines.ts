import Decimal from "decimal.js";
import { D } from "../money";
import { LoanRecord } from "../record";
import { Issue, Result, fail, failWith, ok } from "../result";
import { Cents } from "../verified-rounding";
import { ShortSaleParams } from "../rules/short-sale-gse";
import { FhaPfsParams, MinNetTier } from "../rules/short-sale-fha";
import { RuleSet } from "../rules/rule-set";
import { shortSaleNetCents } from "../short-sale";
import { LoanFacts, loanFacts, toCentsDecimal } from "./loan-facts";
import { paramCents, roundShare } from "./cent-shares";
import {
  MARKETING_DAYS_COLUMNS,
  PassThrough,
  SALE_PRICE_COLUMNS,
  SUBORDINATE_LIEN_COLUMNS,
  passThroughNumber,
  relocationFor,
} from "./liquidation";

/**
 * A short sale's settlement lines (docs/rules/liquidation.md), priced once for the evaluation and
 * for the net sheet: the sale price (given, else an offer or list price column, else the property
 * value), the commission, the seller closing costs (given, else the rule set's share of the price),
 * the subordinate-lien payoff (given, else the row's balance up to the rule set's cap), relocation
 * (given, else the rule set's), other costs, the net proceeds, and for a rule set with minimum-net
 * tiers (FHA's pre-foreclosure sale) the minimum net for the marketing days.
 */

/** Lines the user gives in place of the defaults (a contract's price, a settlement statement's costs). */
export interface ShortSaleOverrides {
  readonly salePrice?: Cents;
  /** Commission as a fraction of the price (0.06). */
  readonly commissionRate?: Decimal.Value;
  readonly closingCosts?: Cents;
  readonly subordinatePayoff?: Cents;
  readonly relocation?: Cents;
  /** Further allowable costs, in total. */
  readonly otherCosts?: Cents;
  /** Days the property has been marketed (the minimum-net tier). */
  readonly marketingDays?: number;
}

/** The pass-through columns a short sale reads, each undefined when the row has none. */
export interface ShortSaleColumns {
  readonly offered: PassThrough;
  readonly liens: PassThrough;
  readonly marketing: PassThrough;
}

/** The minimum net proceeds for the marketing days, against the as-is value. */
export interface ShortSaleMinimumNet {
  readonly marketingDays: number;
  /** The column the days were read from; undefined when given or assumed. */
  readonly daysColumn?: string;
  /** Neither given nor stated: the rule set's default day. */
  readonly daysAssumed: boolean;
  readonly tier: MinNetTier;
  /** The as-is value the minimum is a share of. */
  readonly value: Cents;
  /** value × the tier's share, unrounded: the net is compared with it. */
  readonly minimum: Decimal;
  /** The minimum rounded up to the cent (a net at or above it meets the minimum). */
  readonly amount: Cents;
  readonly met: boolean;
}

export interface ShortSaleLines {
  readonly salePrice: Cents;
  /** The column the price was read from; undefined when given or the property value. */
  readonly priceColumn?: string;
  readonly commissionRate: Decimal.Value;
  readonly commission: Cents;
  readonly commissionAboveCustomary: boolean;
  readonly closingCosts: Cents;
  /** The subordinate-lien balance the row states (0 when none). */
  readonly lienBalance: Cents;
  /** The rule set's cap on the subordinate-lien payoff. */
  readonly subordinateCap: Cents;
  readonly subordinatePayoff: Cents;
  readonly relocation: Cents;
  /** The rule set's relocation assistance for the loan, and why (given or not). */
  readonly relocationRule: { readonly amount: Cents; readonly why: () => string };
  readonly otherCosts: Cents;
  readonly netProceeds: Cents;
  /** Present when the rule set has minimum-net tiers and the value is known. */
  readonly minimumNet?: ShortSaleMinimumNet;
}

/** The tier for a number of marketing days: the first whose last day is at or after it. */
export function minNetTier(tiers: readonly MinNetTier[], days: number): MinNetTier {
  return tiers.find((t) => t.upToDays === null || days <= t.upToDays) ?? tiers[tiers.length - 1];
}

/** The rule set's params when it has minimum-net tiers (FHA's pre-foreclosure sale). */
export function minimumNetParams(rules: RuleSet<ShortSaleParams>): FhaPfsParams | undefined {
  const p = rules.params as Partial<FhaPfsParams>;
  return Array.isArray(p.minNetTiers) ? (rules.params as FhaPfsParams) : undefined;
}

/** The pass-through columns of a record (marketing days only when `withMarketing`), or the issues naming each bad one. */
export function shortSaleColumns(
  record: LoanRecord,
  withMarketing: boolean
): Result<ShortSaleColumns> {
  const offered = passThroughNumber(record, SALE_PRICE_COLUMNS);
  const liens = passThroughNumber(record, SUBORDINATE_LIEN_COLUMNS);
  const marketing = withMarketing
    ? passThroughNumber(record, MARKETING_DAYS_COLUMNS, true)
    : { value: undefined };
  const issues: Issue[] = [];
  for (const r of [offered, liens, marketing]) if ("issue" in r) issues.push(r.issue);
  if (issues.length) return failWith(issues);
  const value = (r: typeof offered): PassThrough => ("value" in r ? r.value : undefined);
  return ok({ offered: value(offered), liens: value(liens), marketing: value(marketing) });
}

/** A record's settlement lines under a rule set, each override replacing its default line. */
export function shortSaleLines(
  record: LoanRecord,
  rules: RuleSet<ShortSaleParams>,
  overrides: ShortSaleOverrides = {}
): Result<ShortSaleLines> {
  const fha = minimumNetParams(rules);
  const columns = shortSaleColumns(record, fha !== undefined);
  if (!columns.ok) return columns;
  return priceShortSale(loanFacts(record), columns.value, rules, overrides, fha);
}

/** The settlement lines from the loan's facts and its parsed columns; `fha` gives the minimum-net tiers. */
export function priceShortSale(
  f: LoanFacts,
  columns: ShortSaleColumns,
  rules: RuleSet<ShortSaleParams>,
  overrides: ShortSaleOverrides,
  fha: FhaPfsParams | undefined
): Result<ShortSaleLines> {
  const p = rules.params;
  const offered = overrides.salePrice === undefined ? columns.offered : undefined;
  const price = overrides.salePrice ?? (offered ? toCentsDecimal(offered.value) : f.value);
  if (price === undefined)
    return fail(
      "NA",
      "no sale price: give the sale price, an offer_price or list_price column, or the property value",
      "sale_price"
    );
  const commissionRate = overrides.commissionRate ?? p.commissionRate;
  // The rule set's estimate is a share of this price, which may not be the one the evaluation priced.
  const closingCosts = overrides.closingCosts ?? roundShare(price, p.sellerClosingCostRate);
  const lienBalance = columns.liens ? toCentsDecimal(columns.liens.value) : 0;
  const cap = paramCents(p.subordinatePayoffCap);
  const subordinatePayoff = overrides.subordinatePayoff ?? Math.min(lienBalance, cap);
  const relocationRule = relocationFor(f, p);
  const relocation = overrides.relocation ?? relocationRule.amount;
  const otherCosts = overrides.otherCosts ?? 0;
  const net = shortSaleNetCents({
    salePrice: price,
    commissionRate,
    closingCosts,
    subordinatePayoff,
    relocation,
    otherCosts,
  });
  return ok({
    salePrice: price,
    priceColumn: offered?.header,
    commissionRate,
    commission: net.commission,
    commissionAboveCustomary: net.commissionAboveCustomary,
    closingCosts,
    lienBalance,
    subordinateCap: cap,
    subordinatePayoff,
    relocation,
    relocationRule,
    otherCosts,
    netProceeds: net.netProceeds,
    minimumNet:
      fha && f.value ? minimumNetOf(fha, f.value, columns, overrides, net.netProceeds) : undefined,
  });
}

function minimumNetOf(
  fha: FhaPfsParams,
  value: Cents,
  columns: ShortSaleColumns,
  overrides: ShortSaleOverrides,
  net: Cents
): ShortSaleMinimumNet {
  const column = overrides.marketingDays === undefined ? columns.marketing : undefined;
  const days = overrides.marketingDays ?? column?.value.toNumber() ?? fha.defaultMarketingDays;
  const tier = minNetTier(fha.minNetTiers, days);
  const minimum = new D(value).times(tier.minNetShare);
  return {
    marketingDays: days,
    daysColumn: column?.header,
    daysAssumed: overrides.marketingDays === undefined && !column,
    tier,
    value,
    minimum,
    amount: minimum.toDecimalPlaces(0, Decimal.ROUND_CEIL).toNumber(),
    met: !new D(net).lt(minimum),
  };
}
