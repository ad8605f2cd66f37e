import Decimal from "decimal.js";
import { D } from "../money";
import { isBlank, readNumberText } from "../input";
import { LoanRecord } from "../record";
import { normalizeHeader } from "../record-fields";
import { Cents } from "../verified-rounding";
import { LiquidationParams } from "../rules/deed-in-lieu";
import { LoanFacts, loanFacts } from "./loan-facts";
import { capitalizableArrearsCents } from "../capitalization";
import { Evaluation, RatioInputs, Trail, withReason } from "./evaluation";
import { RuleSet } from "../rules/rule-set";
import { Issue, Result, ok } from "../result";
import { Investor } from "../record-fields";
import { paramCents } from "./cent-shares";
import { ARREARS_FIELDS, FieldUse } from "./descriptor";
import { usd } from "./display";

/**
 * What the liquidation options (short sale, deed-in-lieu) share: the debt they are measured against,
 * the relocation assistance, and the optional columns a tape may pass through for them.
 */

/** The fields a liquidation option reads: the debt, the value, who the investor is, the occupancy. */
export const LIQUIDATION_FIELDS: FieldUse = {
  required: ["upb"],
  optional: ["investor", "property_value", "occupancy", ...ARREARS_FIELDS],
};

/** Pass-through columns the liquidation options read, in order of precedence, compared like headers. */
export const SALE_PRICE_COLUMNS = ["offer_price", "list_price"] as const;
export const SUBORDINATE_LIEN_COLUMNS = ["subordinate_liens", "subordinate_lien_balance"] as const;
export const MARKETING_DAYS_COLUMNS = ["marketing_days"] as const;

/**
 * Total debt (docs/rules/liquidation.md, "Net proceeds and total debt"): UPB + past-due interest +
 * escrow advances + servicing advances, and late fees only when the rule set counts them (they are
 * waived and never advanced, so by default they are not).
 */
export function totalDebt(f: LoanFacts, p: LiquidationParams): { total: Cents; why: () => string } {
  const fees = p.includeLateFeesInDebt ? f.lateFees : 0;
  const total = f.upb + f.pastDueInterest + f.escrowAdvances + f.servicingAdvances + fees;
  const why = () =>
    `UPB ${usd(f.upb)} + past-due interest ${usd(f.pastDueInterest)} + escrow advances ${usd(f.escrowAdvances)} + servicing advances ${usd(f.servicingAdvances)}` +
    (p.includeLateFeesInDebt ? ` + late fees ${usd(fees)}` : "") +
    ` = total debt ${usd(total)}${p.includeLateFeesInDebt || f.lateFees === 0 ? "" : ` (late fees ${usd(f.lateFees)} waived)`}`;
  return { total, why };
}

/** Relocation assistance: paid for a principal residence (an unknown occupancy is taken as one, and said so). */
export function relocationFor(
  f: LoanFacts,
  p: LiquidationParams
): { amount: Cents; why: () => string } {
  const amount = paramCents(p.relocation);
  if (!p.relocationPrimaryResidenceOnly || f.occupancy === "PRIMARY")
    return { amount, why: () => `relocation assistance ${usd(amount)}` };
  if (f.occupancy === undefined)
    return {
      amount,
      why: () =>
        `relocation assistance ${usd(amount)} (occupancy not stated: taken as a principal residence)`,
    };
  return {
    amount: 0,
    why: () => `no relocation assistance (occupancy ${f.occupancy}, not a principal residence)`,
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
    if (isBlank(v)) continue;
    const text = typeof v === "string" ? readNumberText(v) : undefined;
    const d =
      typeof v === "number" && Number.isFinite(v)
        ? new D(v)
        : text !== undefined && !text.percent
          ? text.value
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
    () => `investor ${investor}: the ${ruleSet} rules stand in (no rule set of its own)`
  );
}

/**
 * A liquidation option's evaluation: whether it works, its MTMLTV, its amounts and trail; the reason
 * made when first read.
 */
export function liquidationOutcome(
  program: string,
  rules: RuleSet<unknown>,
  eligible: boolean,
  works: boolean,
  ratios: RatioInputs,
  code: string,
  reason: () => string,
  trail: Trail,
  amounts: Readonly<Record<string, Cents>>
): Result<Evaluation> {
  return ok(
    withReason(
      {
        program,
        ruleSet: rules.id,
        ruleSetVersion: rules.version,
        eligible,
        targetMet: works,
        offerable: works,
        reasonCode: code,
        steps: trail.steps,
        amounts,
      },
      reason,
      undefined,
      ratios
    )
  );
}

/** What every liquidation option starts from: the facts, its trail, the total debt and the MTMLTV. */
export interface LiquidationStart {
  readonly f: LoanFacts;
  readonly trail: Trail;
  readonly debt: { readonly total: Cents; readonly why: () => string };
  readonly amounts: Record<string, Cents>;
  /** The MTMLTV's principal (UPB + capitalizable arrears) and value, made into the ratio when read. */
  readonly ratios: RatioInputs;
}

/** Starts a liquidation option's evaluation; the trail first says when its rules stand in for the investor's. */
export function startLiquidation(
  record: LoanRecord,
  rules: RuleSet<LiquidationParams>
): LiquidationStart {
  const f = loanFacts(record);
  const trail = new Trail(rules.id);
  const debt = totalDebt(f, rules.params);
  noteStandIn(record.investor, rules.params.investors, rules.id, trail);
  return {
    f,
    trail,
    debt,
    amounts: { total_debt: debt.total },
    ratios: { principal: f.upb + capitalizableArrearsCents(f), value: f.value },
  };
}
