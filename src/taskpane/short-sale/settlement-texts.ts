/**
 * The settlement lines as the specialist types them, checked with the core's parsers, and their
 * starting text from the investor's short-sale evaluation.
 */
import type Decimal from "decimal.js";
import { parseAs, parseFractionText, parseMonthsText } from "../loan/parse-field";
import { defaultLines, type SettlementLines } from "./settlement";
import type { Evaluation } from "../../core/programs/evaluation";

export const LINE_FIELDS = [
  { key: "salePrice", label: "Sale price", kind: "money" },
  { key: "commissionRate", label: "Commission rate", kind: "rate" },
  { key: "closingCosts", label: "Seller closing costs", kind: "money" },
  { key: "subordinatePayoff", label: "Subordinate-lien payoffs", kind: "money" },
  { key: "relocation", label: "Relocation assistance", kind: "money" },
  { key: "otherCosts", label: "Other costs", kind: "money" },
  { key: "marketingDays", label: "Days on the market", kind: "days" },
] as const;

export type LineKey = (typeof LINE_FIELDS)[number]["key"];
export type LineTexts = { readonly [K in LineKey]: string };
export type LineProblems = { readonly [K in LineKey]?: string };

function moneyText(cents: number): string {
  const whole = Math.floor(cents / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `$${whole}.${String(cents % 100).padStart(2, "0")}`;
}

function rateText(d: Decimal): string {
  return `${d.times(100).toString()}%`;
}

export function startingLines(e: Evaluation): LineTexts | undefined {
  const l = defaultLines(e);
  if (!l) return undefined;
  return {
    salePrice: moneyText(l.salePrice),
    commissionRate: rateText(l.commissionRate),
    closingCosts: moneyText(l.closingCosts),
    subordinatePayoff: moneyText(l.subordinatePayoff),
    relocation: moneyText(l.relocation),
    otherCosts: moneyText(l.otherCosts),
    marketingDays: l.marketingDays === undefined ? "" : String(l.marketingDays),
  };
}

export function linesFrom(texts: LineTexts): { lines?: SettlementLines; problems: LineProblems } {
  const problems: { -readonly [K in LineKey]?: string } = {};
  const cents: Partial<Record<LineKey, number>> = {};
  let rate: Decimal | undefined;
  let days: number | undefined;
  for (const f of LINE_FIELDS) {
    const text = texts[f.key];
    if (f.kind === "money") {
      const p = parseAs("upb", f.label, text.trim() === "" ? "0" : text);
      if (p.ok) cents[f.key] = p.value as number;
      else problems[f.key] = p.reason;
    } else if (f.kind === "rate") {
      const p = parseFractionText(f.label, text);
      if (p.ok) rate = p.value;
      else problems[f.key] = p.reason;
    } else if (text.trim() !== "") {
      const p = parseMonthsText(f.label, text, 0, 100000, "days");
      if (p.ok) days = p.value;
      else problems[f.key] = p.reason;
    }
  }
  if (Object.keys(problems).length || rate === undefined) return { problems };
  return {
    problems,
    lines: {
      salePrice: cents.salePrice ?? 0,
      commissionRate: rate,
      closingCosts: cents.closingCosts ?? 0,
      subordinatePayoff: cents.subordinatePayoff ?? 0,
      relocation: cents.relocation ?? 0,
      otherCosts: cents.otherCosts ?? 0,
      marketingDays: days,
    },
  };
}
