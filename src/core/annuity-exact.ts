/**
 * The level payment and its present value decided exactly, in whole integers: the fallback of the
 * float fast paths in schedule.ts when a result sits on (or within a hair of) a cent boundary.
 *
 * The rate is the decimal the user typed (a cell's 0.065 is 65/1000, the same reading the engine's
 * Decimal gives it), so the monthly rate is r = m / B with B = 12·10^k, and 1 + r = A / B with
 * A = B + m. For n months the payment per unit of principal is
 *   f = r / (1 − (1+r)^−n) = m·A^n / (B·(A^n − B^n)),
 * a ratio of integers whose numerator and denominator have the sign of m. A payment rounded half-up
 * and a present value floored to cents are then integer divisions: no precision to run out of, and a
 * tie (a payment of exactly k + ½ cents, a present value of exactly k cents) is decided as a tie.
 *
 * Rates so small that A^n would run to millions of bits are decided by bounds instead (`tinyRate`):
 * below about 1e-21 a year, nothing the engine holds (at most 1e15 cents) is moved across a
 * cent boundary by the rate, except in the one direction its sign gives.
 */

/** A decimal rate as m / 10^k (k ≥ 0), from the number's shortest text, as Decimal reads it. */
function decimalFraction(x: number): { m: bigint; k: number } {
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(x));
  if (!match) throw new RangeError(`not a finite rate: ${x}`);
  const fraction = match[3] ?? "";
  const exponent = Number(match[4] ?? 0);
  let m = BigInt(`${match[1]}${match[2]}${fraction}`);
  let k = fraction.length - exponent;
  if (k < 0) {
    m *= BigInt(10) ** BigInt(-k);
    k = 0;
  }
  return { m, k };
}

interface Factor {
  /** Numerator and denominator of f, both positive. */
  readonly num: bigint;
  readonly den: bigint;
}

/** f = m·A^n / (B·(A^n − B^n)) with the signs taken out; undefined at a zero rate. */
function paymentFactor(annualRate: number, termMonths: number): Factor | undefined {
  const { m, k } = decimalFraction(annualRate);
  if (m === BigInt(0)) return undefined;
  const b = BigInt(12) * BigInt(10) ** BigInt(k);
  const a = b + m;
  const n = BigInt(termMonths);
  const an = a ** n;
  const diff = an - b ** n;
  const negative = m < BigInt(0);
  return {
    num: negative ? -m * an : m * an,
    den: negative ? -b * diff : b * diff,
  };
}

/**
 * Whether the rate is too small to matter except by its sign, for amounts up to `amountCents`:
 * with δ = |r|·n·(n+1), Σ(1+r)^−i lies within δ of n, and 4·amount·δ < 1 keeps every payment and
 * present value on the same side of each cent boundary as at a zero rate (see the callers).
 */
function tinyRate(annualRate: number, termMonths: number, amountCents: number): boolean {
  const delta = (Math.abs(annualRate) / 12) * termMonths * (termMonths + 1);
  return 8 * Math.max(amountCents, 1) * delta < 1;
}

/** ⌊a / b⌋ for b > 0. */
function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a < BigInt(0) && q * b !== a ? q - BigInt(1) : q;
}

/**
 * The level payment on `principalCents`, rounded half-up to whole cents, exactly.
 * At a tiny rate the payment is L/n nudged by the rate: half-up of L/n, except that an exact tie is
 * nudged down by a negative rate.
 */
export function exactPaymentCents(
  principalCents: number,
  annualRate: number,
  termMonths: number
): number {
  const l = BigInt(principalCents);
  const n = BigInt(termMonths);
  const two = BigInt(2);
  if (annualRate === 0 || tinyRate(annualRate, termMonths, principalCents)) {
    const num = two * l + n;
    const q = floorDiv(num, two * n);
    const tie = num % (two * n) === BigInt(0);
    return Number(annualRate < 0 && tie ? q - BigInt(1) : q);
  }
  const f = paymentFactor(annualRate, termMonths)!;
  // half-up(L·num/den) = ⌊(2·L·num + den) / (2·den)⌋
  return Number(floorDiv(two * l * f.num + f.den, two * f.den));
}

/**
 * The present value of a level payment of `paymentCents` over `termMonths`, floored to whole cents,
 * exactly. At a tiny rate it lies just below P·n (positive rate) or just above it (negative rate).
 */
export function exactFloorPresentValueCents(
  paymentCents: number,
  annualRate: number,
  termMonths: number
): number {
  const t = BigInt(paymentCents);
  const whole = t * BigInt(termMonths);
  if (annualRate === 0) return Number(whole);
  if (tinyRate(annualRate, termMonths, paymentCents * termMonths))
    return Number(annualRate > 0 && t > BigInt(0) ? whole - BigInt(1) : whole);
  const f = paymentFactor(annualRate, termMonths)!;
  // PV = T / f = T·den / num
  return Number(floorDiv(t * f.den, f.num));
}
