import { centsOfDecimal } from "../input";
import { Issue, Result, failWith, ok } from "../result";
import { NPV_2026, NpvAssumptions } from "../rules/npv-2026";
import { decidedHalfUpCentsOfSum } from "../verified-rounding";
import { discountRate } from "./discount-rate";
import { floatModel } from "./float-model";
import { readNpvInputs } from "./inputs";
import { readParams } from "./params";
import { ExactSide, NpvOutcome } from "./outcome";
import { NpvInputs, NpvResult } from "./types";

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

  // Money leaves cents here, once: dollars for the float model; the exact side (Decimal dollars,
  // the decimal model, the audit list) is made only when a result or a reader needs it.
  const rate = discountRate(a, x.pmms);
  const m = x.timeline.months + a.reo_marketing_months;
  const side = new ExactSide({ x, a, assumptions, rate, m });
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
    k: a.redefault_months,
    s: a.short_sale_months,
    p: a.float.redefault_probability,
    reoDiscount: a.float.reo_discount,
    g: a.float.home_price_change,
  });
  const npvMod =
    decidedHalfUpCentsOfSum(fast.npvMod * 100, fast.modMagnitude * 100) ??
    centsOfDecimal(side.model().npvMod);
  const npvFc =
    decidedHalfUpCentsOfSum(fast.npvFc * 100, fast.fcMagnitude * 100) ??
    centsOfDecimal(side.model().npvFc);
  const npvSs =
    fast.npvSs === undefined
      ? undefined
      : (decidedHalfUpCentsOfSum(fast.npvSs * 100, fast.npvSs * 100) ??
        centsOfDecimal(side.model().npvSs!));
  return ok(new NpvOutcome({ npvMod, npvFc, npvSs }, side));
}
