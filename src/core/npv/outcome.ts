import Decimal from "decimal.js";
import { dollarsOfCents } from "../money";
import { NpvAssumptions } from "../rules/npv-2026";
import { Cents } from "../verified-rounding";
import { auditList } from "./audit";
import { DiscountRate } from "./discount-rate";
import { ExactNpv, exactModel } from "./exact-model";
import { NpvValues } from "./inputs";
import { ParamValues } from "./params";
import { NpvComponents, NpvDecision, NpvItem, NpvResult } from "./types";

/** What one comparison was made from: the inputs read, the parameters, the discount rate and m. */
export interface NpvFacts {
  readonly x: NpvValues;
  readonly a: ParamValues;
  readonly assumptions: NpvAssumptions;
  readonly rate: DiscountRate;
  /** Months to the REO sale. */
  readonly m: number;
}

/**
 * The exact side of one comparison, made only when asked for (a result near a half cent, the exact
 * values, the components or the audit list): the money in Decimal dollars, the decimal model.
 */
export class ExactSide {
  private money?: { readonly V: Decimal; readonly carry: Decimal; readonly fcCostAmount: Decimal };
  private decimal?: ExactNpv;
  private list?: NpvItem[];

  constructor(readonly facts: NpvFacts) {}

  /** V, the monthly carry (given, or V × carry_rate / 12) and the foreclosure costs (V × fc_cost_rate). */
  amounts() {
    if (this.money === undefined) {
      const { x, a } = this.facts;
      const V = dollarsOfCents(x.V);
      const carry = x.carry !== undefined ? dollarsOfCents(x.carry) : V.times(a.carry_rate).div(12);
      this.money = { V, carry, fcCostAmount: V.times(a.fc_cost_rate) };
    }
    return this.money;
  }

  model(): ExactNpv {
    if (this.decimal === undefined) {
      const { x, a, rate, m } = this.facts;
      const { V, carry, fcCostAmount } = this.amounts();
      this.decimal = exactModel({
        V,
        P: dollarsOfCents(x.P),
        F: dollarsOfCents(x.F),
        SS: x.SS === undefined ? undefined : dollarsOfCents(x.SS),
        carry,
        fcCostAmount,
        d: rate.d,
        m,
        n: x.n,
        k: a.redefault_months,
        s: a.short_sale_months,
        p: a.redefault_probability,
        reoDiscount: a.reo_discount,
        g: a.home_price_change,
      });
    }
    return this.decimal;
  }

  inputs(): NpvItem[] {
    if (this.list === undefined) {
      const { x, a, assumptions, rate, m } = this.facts;
      const { carry, fcCostAmount } = this.amounts();
      this.list = auditList({
        x,
        pmms: rate.pmms,
        a,
        assumptions,
        annual: rate.annual,
        d: rate.d,
        m,
        carry,
        fcCostAmount,
      });
    }
    return this.list;
  }
}

/** The four amounts in cents, the benefit and the decision. */
export interface NpvFigures {
  readonly npvMod: Cents;
  readonly npvFc: Cents;
  readonly npvSs?: Cents;
}

/**
 * One comparison's result: its figures as fields, its exact values, components and audit list made
 * when first read (getters); `toJSON` gives it as plain data, those included.
 */
export class NpvOutcome implements NpvResult {
  readonly assumptionsId: string;
  readonly assumptionsVersion: string;
  readonly decision: NpvDecision;
  readonly npvMod: Cents;
  readonly npvFc: Cents;
  readonly npvSs?: Cents;
  readonly npvBenefit: Cents;
  readonly discountRateAnnual: Decimal;
  readonly discountRateMonthly: Decimal;
  readonly monthsToReoSale: number;

  constructor(
    figures: NpvFigures,
    private readonly side: ExactSide
  ) {
    const { assumptions, rate, m } = side.facts;
    this.assumptionsId = assumptions.id;
    this.assumptionsVersion = assumptions.version;
    // The benefit is the difference of the two reported amounts, so what a borrower reads adds up.
    const benefit = figures.npvMod - figures.npvFc;
    this.decision = benefit > 0 ? "MODIFY" : "FORECLOSE";
    this.npvMod = figures.npvMod;
    this.npvFc = figures.npvFc;
    if (figures.npvSs !== undefined) this.npvSs = figures.npvSs;
    this.npvBenefit = benefit;
    this.discountRateAnnual = rate.annual;
    this.discountRateMonthly = rate.d;
    this.monthsToReoSale = m;
  }

  get exact(): NpvResult["exact"] {
    const e = this.side.model();
    return {
      npvMod: e.npvMod,
      npvFc: e.npvFc,
      ...(e.npvSs === undefined ? {} : { npvSs: e.npvSs }),
    };
  }

  get components(): NpvComponents {
    return this.side.model().components;
  }

  get inputs(): readonly NpvItem[] {
    return this.side.inputs();
  }

  /** The result as plain data (what JSON and the faces see). */
  toJSON(): NpvResult {
    const { side: _side, ...fields } = this;
    return { ...fields, exact: this.exact, components: this.components, inputs: this.inputs };
  }
}
