import Decimal from "decimal.js";
import { D } from "../money";
import { NpvComponents } from "./types";
import { annuityFromDiscount, discountFactors } from "./factors";

/**
 * The model's inputs, in dollars and fractions (T = Decimal for the exact path, number for the fast
 * path); months as integers.
 */
export interface ModelInputs<T> {
  readonly V: T;
  readonly P: T;
  readonly F: T;
  readonly SS: T | undefined;
  readonly carry: T;
  readonly d: T;
  readonly m: number;
  readonly n: number;
  readonly k: number;
  readonly s: number;
  readonly p: T;
  readonly reoDiscount: T;
  readonly g: T;
}

export interface ExactNpv {
  readonly npvMod: Decimal;
  readonly npvFc: Decimal;
  readonly npvSs: Decimal | undefined;
  readonly components: NpvComponents;
}

/**
 * The model in decimal at full precision, each discount factor computed once:
 *   NPV_FC  = V·(1 − reo_discount)·(1+g)^(m/12)·v(m) − carry·a(m) − fc_costs·v(m)
 *   NPV_MOD = (1−p)·[P·a(n) + F·v(n)] + p·[P·a(k) + NPV_FC·v(k)]
 *   NPV_SS  = SS·v(s)
 * with v(t) = 1/(1+d)^t and a(t) = Σ_{u=1..t} v(u).
 */
export function exactModel(x: ModelInputs<Decimal> & { readonly fcCostAmount: Decimal }): ExactNpv {
  const { V, P, F, SS, carry, d, m, n, k, s, p } = x;
  const growth = x.g.isZero() ? new D(1) : new D(1).plus(x.g).pow(new D(m).div(12));
  const v = discountFactors(d, [m, n, k, s]);
  const annuity = (t: number) => annuityFromDiscount(d, t, v.get(t)!);
  const vm = v.get(m)!;
  const fcSaleProceeds = V.times(new D(1).minus(x.reoDiscount)).times(growth).times(vm);
  const fcCarry = carry.times(annuity(m));
  const fcCosts = x.fcCostAmount.times(vm);
  const npvFc = fcSaleProceeds.minus(fcCarry).minus(fcCosts);
  // Modification: performs with probability 1 − p, redefaults after k months with probability p.
  const modPerforming = P.times(annuity(n)).plus(F.times(v.get(n)!));
  const modRedefault = P.times(annuity(k)).plus(npvFc.times(v.get(k)!));
  const npvMod = new D(1).minus(p).times(modPerforming).plus(p.times(modRedefault));
  const npvSs = SS === undefined ? undefined : SS.times(v.get(s)!);
  return {
    npvMod,
    npvFc,
    npvSs,
    components: { fcSaleProceeds, fcCarry, fcCosts, modPerforming, modRedefault },
  };
}
