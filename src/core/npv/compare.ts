import Decimal from "decimal.js";
import { D, dollarsOfCents } from "../money";
import { Issue, Result, failWith, ok } from "../result";
import { NPV_2026, NpvAssumptions } from "../rules/npv-2026";
import { Cents, roundHalfUpCentsOfSum } from "../verified-rounding";
import { auditList } from "./audit";
import { exactModel } from "./exact-model";
import { floatModel } from "./float-model";
import { readNpvInputs } from "./inputs";
import { readParams } from "./params";
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

  // Money leaves cents here, once: dollars for the model (Decimal exact, number fast).
  const V = dollarsOfCents(x.V);
  const pmms = new D(x.pmms);
  const annual = pmms.plus(a.spread);
  const d = annual.div(12);
  const m = x.timeline.months + a.reo_marketing_months;
  const carry = x.carry !== undefined ? dollarsOfCents(x.carry) : V.times(a.carry_rate).div(12);
  const fcCostAmount = V.times(a.fc_cost_rate);
  const k = a.redefault_months;
  const s = a.short_sale_months;

  const exact = once(() =>
    exactModel({
      V,
      P: dollarsOfCents(x.P),
      F: dollarsOfCents(x.F),
      SS: x.SS === undefined ? undefined : dollarsOfCents(x.SS),
      carry,
      fcCostAmount,
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
  const fast = floatModel({
    V: x.V / 100,
    P: x.P / 100,
    F: x.F / 100,
    SS: x.SS === undefined ? undefined : x.SS / 100,
    carry: carry.toNumber(),
    fcCost: fcCostAmount.toNumber(),
    d: d.toNumber(),
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
    auditList({ x, pmms, a, assumptions, annual, d, m, carry, fcCostAmount })
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
