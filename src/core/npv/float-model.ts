import { ModelInputs } from "./exact-model";

export interface FloatNpv {
  readonly npvFc: number;
  /** Total magnitude of NPV_FC's terms: its float error is bounded by a fraction of this. */
  readonly fcMagnitude: number;
  readonly npvMod: number;
  readonly modMagnitude: number;
  readonly npvSs: number | undefined;
}

/**
 * The fast path: the same model in float, with the total magnitude of each sum's terms. Powers as
 * exp(−t·log1p(d)) and annuities as −expm1(−t·log1p(d))/d keep every term within 1e-13 relative,
 * which is what decidedHalfUpCentsOfSum needs to decide the cents (or send them to the exact path).
 */
export function floatModel(x: ModelInputs<number> & { readonly fcCost: number }): FloatNpv {
  const { V, P, F, SS, carry, d, m, n, k, s, p } = x;
  const lq = Math.log1p(d);
  const growth = x.g === 0 ? 1 : Math.exp((m / 12) * Math.log1p(x.g));
  const vm = discount(lq, m);
  const sale = V * (1 - x.reoDiscount) * growth * vm;
  const carried = carry * annuity(d, lq, m);
  const costs = x.fcCost * vm;
  const npvFc = sale - carried - costs;
  const fcMagnitude = Math.abs(sale) + Math.abs(carried) + Math.abs(costs);
  const performing = P * annuity(d, lq, n) + F * discount(lq, n);
  const ak = P * annuity(d, lq, k);
  const vk = discount(lq, k);
  const redefault = ak + npvFc * vk;
  const npvMod = (1 - p) * performing + p * redefault;
  const modMagnitude = (1 - p) * performing + p * (ak + fcMagnitude * vk);
  return {
    npvFc,
    fcMagnitude,
    npvMod,
    modMagnitude,
    npvSs: SS === undefined ? undefined : SS * discount(lq, s),
  };
}

/** v(t) = (1+d)^−t, from lq = log1p(d). */
function discount(lq: number, t: number): number {
  return Math.exp(-t * lq);
}

/** a(t) = (1 − v(t)) / d, and t when d = 0. */
function annuity(d: number, lq: number, t: number): number {
  return t === 0 ? 0 : d === 0 ? t : -Math.expm1(-t * lq) / d;
}
