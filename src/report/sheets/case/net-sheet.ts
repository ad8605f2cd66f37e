/**
 * The figures of a short-sale net sheet: the settlement lines (given, or defaulting from the loan's
 * row and the investor's short-sale rule set, as its evaluation priced them), net proceeds, the
 * investor's minimum net where it has one, total debt, deficiency and loss severity.
 */
import Decimal from "decimal.js";
import { Result, fail, failWith, ok } from "../../../core/result";
import type { Cents } from "../../../core/verified-rounding";
import { lossSeverity } from "../../../core/loss-severity";
import type { RuleSet } from "../../../core/rules/rule-set";
import type { ShortSaleParams } from "../../../core/rules/short-sale-gse";
import { SHORT_SALE_FOR } from "../../../core/programs/loan-npv";
import { programById } from "../../../core/programs/catalogue";
import {
  ShortSaleLines as PricedLines,
  shortSaleLines as priceLines,
} from "../../../core/programs/short-sale-lines";
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

export function netSheet(c: LoanCase, lines: ShortSaleLines = {}): Result<NetSheet> {
  const id = SHORT_SALE_FOR[c.investor];
  const option = c.options.find((o) => o.id === id);
  // SHORT_SALE_FOR names short-sale programs only, whose rule sets are short-sale rule sets.
  const rules = id ? (programById(id)?.rules as RuleSet<ShortSaleParams> | undefined) : undefined;
  if (!option || !rules)
    return fail("NA", `the ${c.investor} options include no short sale`, "investor");
  if (!option.evaluation) return failWith(option.issues);
  const others = lines.otherCosts ?? [];
  const priced = priceLines(c.record, rules, {
    salePrice: lines.salePrice,
    commissionRate: lines.commissionRate,
    closingCosts: lines.closingCosts,
    subordinatePayoff: lines.subordinateLiens,
    relocation: lines.relocation,
    otherCosts: others.reduce((s, o) => s + o.amount, 0),
    marketingDays: lines.marketingDays,
  });
  if (!priced.ok) return priced;
  const l = priced.value;
  const a = option.evaluation.amounts ?? {};
  const p = rules.params;
  const r = c.record;

  const salePrice: NetSheetLine = {
    item: "Contract sales price",
    amount: l.salePrice,
    source: lines.salePrice !== undefined ? "given" : "row",
    basis:
      lines.salePrice !== undefined
        ? "the contract"
        : l.priceColumn
          ? `the ${l.priceColumn} column`
          : "the property value (no offer or list price given)",
  };
  const deductions: NetSheetLine[] = [
    {
      item: "Real estate commission",
      amount: l.commission,
      source: lines.commissionRate ? "given" : "rule set",
      basis: `${pct(l.commissionRate)} of the price${lines.commissionRate ? "" : ` (${rules.id})`}`,
    },
    {
      item: "Seller closing costs (title, settlement, recording, transfer taxes)",
      amount: l.closingCosts,
      source: lines.closingCosts !== undefined ? "given" : "rule set",
      basis:
        lines.closingCosts !== undefined
          ? "the settlement statement"
          : `${pct(p.sellerClosingCostRate)} of the price, ${rules.id}'s estimate`,
    },
    {
      item: "Payoff of subordinate liens",
      amount: l.subordinatePayoff,
      source: lines.subordinateLiens !== undefined ? "given" : "row",
      basis: `${lines.subordinateLiens !== undefined ? "the lien holders' payoffs" : l.lienBalance > 0 ? `the loan's subordinate-lien column${l.lienBalance > l.subordinateCap ? ` (${usd(l.lienBalance)}, paid up to the limit)` : ""}` : "no subordinate lien stated"}; ${rules.id} allows up to ${usd(l.subordinateCap)}`,
    },
    {
      item: "Relocation assistance to the seller",
      amount: l.relocation,
      source: lines.relocation !== undefined ? "given" : "rule set",
      basis:
        lines.relocation !== undefined
          ? "the approval terms"
          : l.relocation > 0
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
  const net = l.netProceeds;
  const shortfall = debt - net;
  const severity = r.upb && shortfall > 0 ? lossSeverity(debt, net, r.upb) : undefined;

  return ok({
    option,
    rules,
    salePrice,
    deductions,
    netProceeds: net,
    commissionAboveCustomary: l.commissionAboveCustomary,
    subordinateAboveCap: l.subordinatePayoff > l.subordinateCap,
    totalDebt: debt,
    debtParts,
    lateFeesWaived: p.includeLateFeesInDebt ? 0 : (r.late_fees ?? 0),
    deficiency: Math.max(0, shortfall),
    surplus: Math.max(0, -shortfall),
    lossSeverity: severity?.ok ? severity.value : undefined,
    minimumNet: minimumNetOf(l, rules.id),
  });
}

/** The minimum net as the sheet shows it, with where the marketing days came from. */
function minimumNetOf(l: PricedLines, ruleSet: string): MinimumNet | undefined {
  const m = l.minimumNet;
  if (!m) return undefined;
  return {
    marketingDays: m.marketingDays,
    daysBasis: m.daysColumn
      ? `the ${m.daysColumn} column`
      : m.daysAssumed
        ? `not stated: day ${m.marketingDays} assumed (${ruleSet})`
        : "given",
    share: m.tier.minNetShare,
    value: m.value,
    amount: m.amount,
    met: m.met,
  };
}
