import Decimal from "decimal.js";
import { D, dollarsOfCents } from "../money";
import { Issue, Result, failWith, ok } from "../result";
import { NPV_2026, NpvAssumptions } from "../rules/npv-2026";
import { Cents, roundHalfUpCentsOfSum } from "../verified-rounding";
import { auditList } from "./audit";
import { exactModel } from "./exact-model";
import { floatModel } from "./float-model";
import { readNpvInputs } from "./inputs";
import { ParamValues, readParams } from "./params";
import { NpvInputs, NpvItem, NpvResult } from "./types";

/**
 * NPV of a modification against foreclosure, and of a short sale (our model, not Treasury's):
 *
 *   d       = (PMMS + spread) / 12
 *   a(n)    = Σ_{t=1..n} 1/(1+d)^t = (1 − (1+d)^−n) / d   (d = 0 → n)
 *   m       = state foreclosure timeline + REO marketing months
 *   NPV_FC  = V·(1 − reo_discount)·(1+g)^(m/12)/(1+d)^m − carry·a(m) − fc_costs/(1+d)^m
 *   NPV_MOD = (1−p)·[P·a(n) + forborne/(1+d)^n] + p·[P·a(k) + NPV_FC/(1+d)^k]
 *   NPV_SS  = short-sale net / (1+d)^s
 *
 * fc_costs = fc_cost_rate × V; carry, when not given, = V × carry_rate / 12. The four reported
 * amounts are the exact values rounded half-up to cents: the float model decides the rounding when
 * it is clear of a half cent, the decimal model otherwise. The benefit is the difference of the two
 * reported amounts (so what a borrower reads adds up), and the decision is MODIFY exactly when that
 * benefit is above zero.
 *
 * Under the dated assumptions (NPV-2026 unless others are passed). Never throws: bad inputs and
 * assumptions come back as issues naming their fields.
 */
export function npvCompare(
  inputs: NpvInputs,
  assumptions: NpvAssumptions = NPV_2026
): Result<NpvResult> {
  const issues: Issue[] = [];
  const read = readNpvInputs(inputs, assumptions?.stateTimelines ?? {}, issues);
  const a = readParams(assumptions, issues);
  if (a && read.n !== undefined && a.redefault_months > read.n) {
    issues.push({
      code: "VALUE",
      field: "redefault_months",
      value: a.redefault_months,
      reason: `redefault_months (${a.redefault_months}) cannot exceed mod_term_months (${read.n})`,
    });
  }
  const x = read.values;
  if (issues.length || !a || !x) return failWith(issues);

  // Money leaves cents here, once: dollars for the model (Decimal exact, number fast). The Decimal
  // amounts are made only when the exact model or the audit list is read.
  const rate = discountRate(a, x.pmms);
  const { pmms, annual, d } = rate;
  const m = x.timeline.months + a.reo_marketing_months;
  const k = a.redefault_months;
  const s = a.short_sale_months;
  const V = once(() => dollarsOfCents(x.V));
  const carry = once(() =>
    x.carry !== undefined ? dollarsOfCents(x.carry) : V().times(a.carry_rate).div(12)
  );
  const fcCostAmount = once(() => V().times(a.fc_cost_rate));

  const exact = once(() =>
    exactModel({
      V: V(),
      P: dollarsOfCents(x.P),
      F: dollarsOfCents(x.F),
      SS: x.SS === undefined ? undefined : dollarsOfCents(x.SS),
      carry: carry(),
      fcCostAmount: fcCostAmount(),
      d,
      m,
      n: x.n,
      k,
      s,
      p: a.redefault_probability,
      reoDiscount: a.reo_discount,
      g: a.home_price_change,
    })
  );
  // The float inputs are each within a few ulps of the exact ones (a product and a quotient of
  // exact doubles, or one correctly rounded quotient), far inside what the float model's margins take.
  const fast = floatModel({
    V: x.V / 100,
    P: x.P / 100,
    F: x.F / 100,
    SS: x.SS === undefined ? undefined : x.SS / 100,
    carry: x.carry !== undefined ? x.carry / 100 : (x.V * a.float.carry_rate) / 1200,
    fcCost: (x.V * a.float.fc_cost_rate) / 100,
    d: rate.dNumber,
    m,
    n: x.n,
    k,
    s,
    p: a.float.redefault_probability,
    reoDiscount: a.float.reo_discount,
    g: a.float.home_price_change,
  });
  const toCents = (f: number, magnitude: number, e: () => Decimal): Cents => {
    const c = roundHalfUpCentsOfSum(f * 100, magnitude * 100, () => e().times(100));
    return c === 0 ? 0 : c; // never −0
  };
  const modCents = toCents(fast.npvMod, fast.modMagnitude, () => exact().npvMod);
  const fcCents = toCents(fast.npvFc, fast.fcMagnitude, () => exact().npvFc);
  const ssCents =
    fast.npvSs === undefined ? undefined : toCents(fast.npvSs, fast.npvSs, () => exact().npvSs!);
  const benefit = modCents - fcCents;
  const listInputs = once((): NpvItem[] =>
    auditList({
      x,
      pmms,
      a,
      assumptions,
      annual,
      d,
      m,
      carry: carry(),
      fcCostAmount: fcCostAmount(),
    })
  );

  return ok({
    assumptionsId: assumptions.id,
    assumptionsVersion: assumptions.version,
    decision: benefit > 0 ? "MODIFY" : "FORECLOSE",
    npvMod: modCents,
    npvFc: fcCents,
    ...(ssCents === undefined ? {} : { npvSs: ssCents }),
    npvBenefit: benefit,
    discountRateAnnual: annual,
    discountRateMonthly: d,
    monthsToReoSale: m,
    get exact() {
      const e = exact();
      return {
        npvMod: e.npvMod,
        npvFc: e.npvFc,
        ...(e.npvSs === undefined ? {} : { npvSs: e.npvSs }),
      };
    },
    get components() {
      return exact().components;
    },
    get inputs() {
      return listInputs();
    },
  });
}

/** The discount rate from a PMMS under read parameters: PMMS + spread, and a month's share of it. */
interface DiscountRate {
  readonly pmms: Decimal;
  readonly annual: Decimal;
  readonly d: Decimal;
  /** d as the double nearest to it. */
  readonly dNumber: number;
}

/**
 * The discount rate for a PMMS, made once per PMMS and parameters (a tape has one PMMS, or a few):
 * Decimals are immutable, so every loan at that PMMS shares them.
 */
function discountRate(a: ParamValues, pmmsRate: number): DiscountRate {
  let rates = DISCOUNT_RATES.get(a);
  if (rates === undefined) {
    rates = new Map();
    DISCOUNT_RATES.set(a, rates);
  }
  let r = rates.get(pmmsRate);
  if (r === undefined) {
    const pmms = new D(pmmsRate);
    const annual = pmms.plus(a.spread);
    const d = annual.div(12);
    r = { pmms, annual, d, dNumber: d.toNumber() };
    if (rates.size < MAX_DISCOUNT_RATES) rates.set(pmmsRate, r);
  }
  return r;
}

const DISCOUNT_RATES = new WeakMap<ParamValues, Map<number, DiscountRate>>();
/** PMMS values kept per parameters: one a week for decades is still a few thousand. */
const MAX_DISCOUNT_RATES = 4096;

function once<T>(f: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = f();
      done = true;
    }
    return value;
  };
}
