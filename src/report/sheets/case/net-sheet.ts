/**
 * The figures of a short-sale net sheet: the settlement lines (given, or defaulting from the loan's
 * row and the investor's short-sale rule set, as its evaluation priced them), net proceeds, the
 * investor's minimum net where it has one, total debt, deficiency and loss severity.
 */
import Decimal from "decimal.js";
import { D } from "../../../core/money";
import { Result, fail, failWith, ok } from "../../../core/result";
import type { Cents } from "../../../core/verified-rounding";
import { shortSaleNetCents } from "../../../core/short-sale";
import { lossSeverity } from "../../../core/loss-severity";
import type { RuleSet } from "../../../core/rules/rule-set";
import { SHORT_SALE_GSE, SHORT_SALE_VA, ShortSaleParams } from "../../../core/rules/short-sale-gse";
import { SHORT_SALE_FHA, FhaPfsParams } from "../../../core/rules/short-sale-fha";
import { SHORT_SALE_FOR } from "../../../core/programs/loan-npv";
import { minNetTier } from "../../../core/programs/short-sale";
import {
  MARKETING_DAYS_COLUMNS,
  SALE_PRICE_COLUMNS,
  SUBORDINATE_LIEN_COLUMNS,
  passThroughNumber,
  relocationFor,
} from "../../../core/programs/liquidation";
import { centsOfDecimal } from "../../../core/input";
import { paramCents, roundShare } from "../../../core/programs/cent-shares";
import { loanFacts } from "../../../core/programs/loan-facts";
import { pct, usd } from "../../../core/programs/display";
import type { CaseOption, LoanCase } from "./loan-case";

/** A cost line the settlement statement adds (pest, HOA dues, a lien release ...). */
export interface OtherCost {
  readonly label: string;
  readonly amount: Cents;
}

/** The settlement lines a net sheet is drawn from; each one left out defaults (see netSheet). */
export interface ShortSaleLines {
  readonly salePrice?: Cents;
  /** Commission as a fraction of the price (0.06). */
  readonly commissionRate?: Decimal;
  readonly closingCosts?: Cents;
  readonly subordinateLiens?: Cents;
  readonly relocation?: Cents;
  readonly otherCosts?: readonly OtherCost[];
  /** Days the property has been marketed (FHA's minimum net tier). */
  readonly marketingDays?: number;
}

/** Where a line's amount came from. */
export type LineSource = "given" | "row" | "rule set";

export interface NetSheetLine {
  readonly item: string;
  readonly amount: Cents;
  readonly basis: string;
  readonly source: LineSource;
}

export interface MinimumNet {
  readonly marketingDays: number;
  readonly daysBasis: string;
  readonly share: string;
  readonly value: Cents;
  /** value × share, rounded up to the cent (a net at or above it meets the minimum). */
  readonly amount: Cents;
  readonly met: boolean;
}

export interface NetSheet {
  readonly option: CaseOption;
  readonly rules: RuleSet<ShortSaleParams>;
  readonly salePrice: NetSheetLine;
  readonly deductions: readonly NetSheetLine[];
  readonly netProceeds: Cents;
  readonly commissionAboveCustomary: boolean;
  /** The subordinate-lien payoff exceeds the rule set's cap (flagged, not refused). */
  readonly subordinateAboveCap: boolean;
  readonly totalDebt: Cents;
  readonly debtParts: readonly (readonly [string, Cents])[];
  readonly lateFeesWaived: Cents;
  readonly deficiency: Cents;
  readonly surplus: Cents;
  /** Deficiency over the UPB; undefined when the UPB is 0. */
  readonly lossSeverity?: Decimal;
  readonly minimumNet?: MinimumNet;
}

const RULES: Readonly<Record<string, RuleSet<ShortSaleParams>>> = {
  [SHORT_SALE_GSE.id]: SHORT_SALE_GSE,
  [SHORT_SALE_FHA.id]: SHORT_SALE_FHA,
  [SHORT_SALE_VA.id]: SHORT_SALE_VA,
};

export function netSheet(c: LoanCase, lines: ShortSaleLines = {}): Result<NetSheet> {
  const id = SHORT_SALE_FOR[c.investor];
  const option = c.options.find((o) => o.id === id);
  const rules = id ? RULES[id] : undefined;
  if (!option || !rules)
    return fail("NA", `the ${c.investor} options include no short sale`, "investor");
  if (!option.evaluation) return failWith(option.issues);
  const a = option.evaluation.amounts ?? {};
  const p = rules.params;
  const r = c.record;
  const value = r.property_value;

  // The price: the contract's, else an offer or list price column of the row, else the value.
  const column = passThroughNumber(r, SALE_PRICE_COLUMNS);
  const listed = "value" in column && column.value ? column.value : undefined;
  const price = lines.salePrice ?? (listed ? centsOfDecimal(listed.value) : undefined) ?? value;
  if (price === undefined)
    return fail(
      "NA",
      "no sale price: give the sale price, an offer_price or list_price column, or the property value",
      "sale_price"
    );
  const salePrice: NetSheetLine = {
    item: "Contract sales price",
    amount: price,
    source: lines.salePrice !== undefined ? "given" : "row",
    basis:
      lines.salePrice !== undefined
        ? "the contract"
        : listed
          ? `the ${listed.header} column`
          : "the property value (no offer or list price given)",
  };
  const cap = paramCents(p.subordinatePayoffCap);
  const rate = lines.commissionRate ?? new D(p.commissionRate);
  // The rule set's estimate is a share of the price the sheet uses, which may not be the one the
  // evaluation priced.
  const closingCosts = lines.closingCosts ?? roundShare(price, p.sellerClosingCostRate);
  const lienColumn = passThroughNumber(r, SUBORDINATE_LIEN_COLUMNS);
  const lienBalance =
    "value" in lienColumn && lienColumn.value ? centsOfDecimal(lienColumn.value.value) : 0;
  const liens = lines.subordinateLiens ?? Math.min(lienBalance, cap);
  const reloc = lines.relocation ?? relocationFor(loanFacts(r), p).amount;
  const others = lines.otherCosts ?? [];
  const otherTotal = others.reduce((s, o) => s + o.amount, 0);
  const net = shortSaleNetCents({
    salePrice: price,
    commissionRate: rate,
    closingCosts,
    subordinatePayoff: liens,
    relocation: reloc,
    otherCosts: otherTotal,
  });
  const deductions: NetSheetLine[] = [
    {
      item: "Real estate commission",
      amount: net.commission,
      source: lines.commissionRate ? "given" : "rule set",
      basis: `${pct(rate)} of the price${lines.commissionRate ? "" : ` (${rules.id})`}`,
    },
    {
      item: "Seller closing costs (title, settlement, recording, transfer taxes)",
      amount: closingCosts,
      source: lines.closingCosts !== undefined ? "given" : "rule set",
      basis:
        lines.closingCosts !== undefined
          ? "the settlement statement"
          : `${pct(p.sellerClosingCostRate)} of the price, ${rules.id}'s estimate`,
    },
    {
      item: "Payoff of subordinate liens",
      amount: liens,
      source: lines.subordinateLiens !== undefined ? "given" : "row",
      basis: `${lines.subordinateLiens !== undefined ? "the lien holders' payoffs" : lienBalance > 0 ? `the loan's subordinate-lien column${lienBalance > cap ? ` (${usd(lienBalance)}, paid up to the limit)` : ""}` : "no subordinate lien stated"}; ${rules.id} allows up to ${usd(cap)}`,
    },
    {
      item: "Relocation assistance to the seller",
      amount: reloc,
      source: lines.relocation !== undefined ? "given" : "rule set",
      basis:
        lines.relocation !== undefined
          ? "the approval terms"
          : reloc > 0
            ? `${rules.id}, principal residence`
            : `${rules.id}: none (not a principal residence)`,
    },
    ...others.map((o) => ({
      item: o.label,
      amount: o.amount,
      source: "given" as const,
      basis: "the settlement statement",
    })),
  ];

  const debt = a.total_debt ?? 0;
  const fees = p.includeLateFeesInDebt ? (r.late_fees ?? 0) : 0;
  const debtParts: [string, Cents][] = [
    ["Unpaid principal balance", r.upb ?? 0],
    ["Past-due interest", r.past_due_interest ?? 0],
    ["Escrow advances", r.escrow_advances ?? 0],
    ["Servicing advances", r.servicing_advances ?? 0],
  ];
  if (p.includeLateFeesInDebt) debtParts.push(["Late fees", fees]);
  const shortfall = debt - net.netProceeds;
  const severity = r.upb && shortfall > 0 ? lossSeverity(debt, net.netProceeds, r.upb) : undefined;

  return ok({
    option,
    rules,
    salePrice,
    deductions,
    netProceeds: net.netProceeds,
    commissionAboveCustomary: net.commissionAboveCustomary,
    subordinateAboveCap: liens > cap,
    totalDebt: debt,
    debtParts,
    lateFeesWaived: p.includeLateFeesInDebt ? 0 : (r.late_fees ?? 0),
    deficiency: Math.max(0, shortfall),
    surplus: Math.max(0, -shortfall),
    lossSeverity: severity?.ok ? severity.value : undefined,
    minimumNet: minimumNetOf(c, rules, lines, net.netProceeds),
  });
}

/** FHA's minimum net proceeds by marketing days, against the as-is value. */
function minimumNetOf(
  c: LoanCase,
  rules: RuleSet<ShortSaleParams>,
  lines: ShortSaleLines,
  net: Cents
): MinimumNet | undefined {
  const value = c.record.property_value;
  if (rules.id !== SHORT_SALE_FHA.id || !value) return undefined;
  const p = (rules as RuleSet<FhaPfsParams>).params;
  const column = passThroughNumber(c.record, MARKETING_DAYS_COLUMNS, true);
  const fromRow = "value" in column && column.value ? column.value : undefined;
  const days = lines.marketingDays ?? fromRow?.value.toNumber() ?? p.defaultMarketingDays;
  const daysBasis =
    lines.marketingDays !== undefined
      ? "given"
      : fromRow
        ? `the ${fromRow.header} column`
        : `not stated: day ${p.defaultMarketingDays} assumed (${rules.id})`;
  const tier = minNetTier(p.minNetTiers, days);
  const amount = new D(value).times(tier.minNetShare).ceil().toNumber();
  return {
    marketingDays: days,
    daysBasis,
    share: tier.minNetShare,
    value,
    amount,
    met: net >= amount,
  };
}
