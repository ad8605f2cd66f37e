import Decimal from "decimal.js";
import { D } from "../money";

/** Σ_{t=1..n} 1/(1+d)^t in closed form: (1 − (1+d)^−n)/d, and n when d = 0. Needs 1 + d > 0, n ≥ 0. */
export function annuityFactor(d: Decimal, n: number): Decimal {
  if (n === 0) return new D(0);
  if (d.isZero()) return new D(n);
  return new D(1).minus(discountFactor(d, n)).div(d);
}

/** 1/(1+d)^n. Needs 1 + d > 0. */
export function discountFactor(d: Decimal, n: number): Decimal {
  return new D(1).plus(d).pow(-n);
}

/** a(n) from an already computed v(n) = 1/(1+d)^n. */
export function annuityFromDiscount(d: Decimal, n: number, vn: Decimal): Decimal {
  if (n === 0) return new D(0);
  if (d.isZero()) return new D(n);
  return new D(1).minus(vn).div(d);
}

/** v(t) for each distinct t, each power computed once. */
export function discountFactors(d: Decimal, terms: readonly number[]): Map<number, Decimal> {
  const out = new Map<number, Decimal>();
  for (const t of terms) if (!out.has(t)) out.set(t, discountFactor(d, t));
  return out;
}
