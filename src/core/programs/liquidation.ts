import Decimal from "decimal.js";
import { D } from "../money";
import { parseNumberText } from "../input";
import { LoanRecord } from "../record";
import { normalizeHeader } from "../record-fields";
import { Issue } from "../result";
import { Cents } from "../verified-rounding";
import { LiquidationParams } from "../rules/deed-in-lieu";
import { LoanFacts } from "./loan-facts";
import { Trail } from "./evaluation";
import { Investor } from "../record-fields";
import { paramCents } from "./cent-shares";
import { usd } from "./display";

/**
 * What the liquidation options (short sale, deed-in-lieu) share: the debt they are measured against,
 * the relocation assistance, and the optional columns a tape may pass through for them.
 */

/** Pass-through columns the liquidation options read, in order of precedence, compared like headers. */
export const SALE_PRICE_COLUMNS = ["offer_price", "list_price"] as const;
export const SUBORDINATE_LIEN_COLUMNS = ["subordinate_liens", "subordinate_lien_balance"] as const;
export const MARKETING_DAYS_COLUMNS = ["marketing_days"] as const;

/**
 * Total debt (programs.md section 9: UPB + accrued interest + advances + allowable fees): UPB +
 * past-due interest + escrow advances + servicing advances, and late fees only when the rule set
 * counts them (they are waived and never advanced, so by default they are not).
 */
export function totalDebt(f: LoanFacts, p: LiquidationParams): { total: Cents; why: string } {
  const fees = p.includeLateFeesInDebt ? f.lateFees : 0;
  const total = f.upb + f.pastDueInterest + f.escrowAdvances + f.servicingAdvances + fees;
  const why =
    `UPB ${usd(f.upb)} + past-due interest ${usd(f.pastDueInterest)} + escrow advances ${usd(f.escrowAdvances)} + servicing advances ${usd(f.servicingAdvances)}` +
    (p.includeLateFeesInDebt ? ` + late fees ${usd(fees)}` : "") +
    ` = total debt ${usd(total)}${p.includeLateFeesInDebt || f.lateFees === 0 ? "" : ` (late fees ${usd(f.lateFees)} waived)`}`;
  return { total, why };
}

/** Relocation assistance: paid for a principal residence (an unknown occupancy is taken as one, and said so). */
export function relocationFor(f: LoanFacts, p: LiquidationParams): { amount: Cents; why: string } {
  const amount = paramCents(p.relocation);
  if (!p.relocationPrimaryResidenceOnly || f.occupancy === "PRIMARY")
    return { amount, why: `relocation assistance ${usd(amount)}` };
  if (f.occupancy === undefined)
    return {
      amount,
      why: `relocation assistance ${usd(amount)} (occupancy not stated: taken as a principal residence)`,
    };
  return {
    amount: 0,
    why: `no relocation assistance (occupancy ${f.occupancy}, not a principal residence)`,
  };
}

/** A number from a pass-through column (compared like headers), or an issue naming the column. */
export type PassThrough = { readonly header: string; readonly value: Decimal } | undefined;

/**
 * The first of `names` the record passes through with a value: money (non-negative, dollars) or a
 * whole number. Blank cells count as absent; text that is not a number is an issue naming the column.
 */
export function passThroughNumber(
  record: LoanRecord,
  names: readonly string[],
  whole = false
): { value: PassThrough } | { issue: Issue } {
  for (const name of names) {
    const key = normalizeHeader(name);
    const col = record.extra.find((x) => normalizeHeader(x.header) === key);
    if (!col) continue;
    const v = col.value;
    if (v === undefined || v === null || (typeof v === "string" && v.trim() === "")) continue;
    const d =
      typeof v === "number" && Number.isFinite(v)
        ? new D(v)
        : typeof v === "string" && !v.includes("%")
          ? parseNumberText(v)
          : undefined;
    if (d === undefined || d.isNegative() || (whole && !d.isInteger())) {
      return {
        issue: {
          code: "VALUE",
          field: col.header,
          value: v,
          reason: `${col.header}: ${JSON.stringify(v)} is not ${whole ? "a whole number" : "an amount of money"}`,
        },
      };
    }
    return { value: { header: col.header, value: d } };
  }
  return { value: undefined };
}

/** Says in the trail when a liquidation rule set stands in for an investor that has none of its own. */
export function noteStandIn(
  investor: Investor | undefined,
  covered: readonly Investor[],
  ruleSet: string,
  trail: Trail
): void {
  if (investor === undefined || covered.includes(investor)) return;
  trail.add(
    "investor",
    investor,
    true,
    "OTHER_INVESTOR",
    `investor ${investor}: the ${ruleSet} rules stand in (no rule set of its own)`
  );
}
