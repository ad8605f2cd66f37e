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
 * which is what roundHalfUpCentsOfSum needs to decide the cents (or send them to the exact path).
 */
export function floatModel(x: ModelInputs<number> & { readonly fcCost: number }): FloatNpv {
  const { V, P, F, SS, carry, d, m, n, k, s, p } = x;
  const lq = Math.log1p(d);
  const v = (t: number) => Math.exp(-t * lq);
  const a = (t: number) => (t === 0 ? 0 : d === 0 ? t : -Math.expm1(-t * lq) / d);
  const growth = x.g === 0 ? 1 : Math.exp((m / 12) * Math.log1p(x.g));
  const sale = V * (1 - x.reoDiscount) * growth * v(m);
  const carried = carry * a(m);
  const costs = x.fcCost * v(m);
  const npvFc = sale - carried - costs;
  const fcMagnitude = Math.abs(sale) + Math.abs(carried) + Math.abs(costs);
  const performing = P * a(n) + F * v(n);
  const redefault = P * a(k) + npvFc * v(k);
  const npvMod = (1 - p) * performing + p * redefault;
  const modMagnitude = (1 - p) * performing + p * (P * a(k) + fcMagnitude * v(k));
  return {
    npvFc,
    fcMagnitude,
    npvMod,
    modMagnitude,
    npvSs: SS === undefined ? undefined : SS * v(s),
  };
}
