import Decimal from "decimal.js";
import { Cell } from "../input";
import { Cents } from "../verified-rounding";

/**
 * What the NPV comparison is given. Money is in whole cents, the core's own form (a form or a cell
 * is read into cents by the input module first); rates are fractions; terms whole months.
 */
export interface NpvInputs {
  /** Current property value V. Required; null = missing. */
  readonly propertyValue: Cents | null;
  /** PMMS as a fraction (0.0625), in (−1, 1]: a number, rate text or a Decimal. Required. */
  readonly pmms: Cell | Decimal;
  /** 2-letter property state: picks the foreclosure timeline. Required. */
  readonly state: string | null;
  /** The modified monthly P&I the investor would receive. Required. */
  readonly modPayment: Cents | null;
  /** Term n of the modification in months. Required. */
  readonly modTermMonths: number | null;
  /** Non-interest-bearing forborne balance repaid at maturity; none given = 0. */
  readonly forborne?: Cents | null;
  /** Net proceeds of a short sale; NPV_SS is computed only when given. */
  readonly shortSaleNet?: Cents | null;
  /** Monthly taxes + insurance + HOA the investor advances while foreclosing; default value × carry_rate / 12. */
  readonly monthlyCarry?: Cents | null;
}

/** One line of the audit list: every input, assumption and derived figure the numbers were made from. */
export interface NpvItem {
  readonly name: string;
  /** Exact decimal text, in dollars for money (or the state code). */
  readonly value: string;
  readonly source: string;
}

export type NpvDecision = "MODIFY" | "FORECLOSE";

/** The model's parts, unrounded, in dollars. */
export interface NpvComponents {
  /** V·(1 − reo_discount)·(1+g)^(m/12)/(1+d)^m */
  readonly fcSaleProceeds: Decimal;
  /** carry·a(m) */
  readonly fcCarry: Decimal;
  /** fc_costs/(1+d)^m */
  readonly fcCosts: Decimal;
  /** P·a(n) + forborne/(1+d)^n: the modification if it performs. */
  readonly modPerforming: Decimal;
  /** P·a(k) + NPV_FC/(1+d)^k: the modification if it redefaults. */
  readonly modRedefault: Decimal;
}

export interface NpvResult {
  readonly assumptionsId: string;
  readonly assumptionsVersion: string;
  readonly decision: NpvDecision;
  /** Rounded half-up to whole cents. */
  readonly npvMod: Cents;
  readonly npvFc: Cents;
  /** Present only when a short-sale net was given. */
  readonly npvSs?: Cents;
  /** npvMod − npvFc, in cents. */
  readonly npvBenefit: Cents;
  /** PMMS + spread. */
  readonly discountRateAnnual: Decimal;
  /** d = (PMMS + spread) / 12, full precision. */
  readonly discountRateMonthly: Decimal;
  /** m = state timeline + REO marketing months. */
  readonly monthsToReoSale: number;
  /** The unrounded values, in dollars. */
  readonly exact: { readonly npvMod: Decimal; readonly npvFc: Decimal; readonly npvSs?: Decimal };
  readonly components: NpvComponents;
  /** Every input, assumption and derived figure used, with its source, in order of use. */
  readonly inputs: readonly NpvItem[];
}
