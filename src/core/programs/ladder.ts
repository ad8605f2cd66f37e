/**
 * Searches over a program's steps (rate steps, term months). Payments move monotonically along a
 * ladder, so a bisection finds the step a program stops at in a handful of payment evaluations
 * instead of trying every step in turn (a 480-month term ladder takes 9, not 360).
 */

/**
 * The first index in [lo, hi] whose predicate holds, for a predicate that is false then true along
 * the ladder; hi + 1 when it never holds.
 */
export function firstPassing(lo: number, hi: number, passes: (i: number) => boolean): number {
  let a = lo;
  let b = hi + 1;
  while (a < b) {
    const mid = a + Math.floor((b - a) / 2);
    if (passes(mid)) b = mid;
    else a = mid + 1;
  }
  return a;
}
