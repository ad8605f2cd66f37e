import { TermStep } from "../../rules/ladder";
import { Evaluation } from "../evaluation";
import { pi } from "../modification";
import { usd } from "../display";
import { LadderRun, Moment } from "./state";
import { Sentence } from "./wording";
import { firstPassing } from "./search";
import { meets, targetShown } from "./targets";
import { resizeDeferral } from "./partial-claim";
import { finish } from "./finish";

/**
 * The term step (docs/rules/flex.md, hamp.md, fha.md, va.md): month by month from the remaining
 * term up to the maximum, stopping at the first month that meets the target or at the one closest
 * to it without going below; or straight to the maximum, a principal deferral made before sized
 * again at it.
 */
export function extendTerm(run: LadderRun, s: TermStep): Evaluation | undefined {
  const max = s.maxMonths;
  const from = run.term;
  if (from >= max) {
    const event = s.search === "straight" ? "term_straight_already" : "term_already_at_max";
    run.note("term", showTerm, false, "TERM_AT_MAX", event, run.current);
    return undefined;
  }
  if (s.search === "straight") {
    run.term = max;
    if (run.p.partialClaimMaxShareOfDefaultUpb !== undefined) resizeDeferral(run);
    run.reprice();
    const ok = meets(run, run.current);
    run.note(
      "term",
      showTerm,
      ok,
      ok ? "TARGET_MET" : "TERM_AT_MAX",
      ok ? "term_set_met" : "term_set_short",
      run.current
    );
    return ok ? finish(run, true, "TARGET_MET", "met", { stage: "term" }) : undefined;
  }
  const principal = run.interestBearing;
  const rate = run.rate.toNumber();
  if (s.stop === "closest_not_below") {
    const target = run.target;
    const below = firstPassing(from + 1, max, (n) => pi(principal, rate, n) < target);
    if (below <= max) {
      run.term = below - 1;
      run.reprice();
      run.note("term", showTerm, true, "TARGET_MET", "term_closest", run.current, {
        next: below,
      });
      return finish(run, true, "TARGET_MET", "met", { stage: "term" });
    }
    run.term = max;
    run.reprice();
    const exact = run.current === target;
    const code = exact ? "TARGET_MET" : "TERM_AT_MAX";
    run.note("term", showTerm, exact, code, "term_max_closest", run.current, { from, exact });
    return exact ? finish(run, true, "TARGET_MET", "met", { stage: "term" }) : undefined;
  }
  const n = firstPassing(from + 1, max, (m) => meets(run, pi(principal, rate, m)));
  run.term = Math.min(n, max);
  run.reprice();
  if (n <= max) {
    run.note("term", showTerm, true, "TARGET_MET", "term_met", run.current, { from });
    return finish(run, true, "TARGET_MET", "met", { stage: "term" });
  }
  run.note("term", showTerm, false, "TERM_AT_MAX", "term_at_max", run.current, { from });
  return undefined;
}

const showTerm = (m: Moment) => `${m.term} months`;

const maxMonths = (m: Moment) => (m.step as TermStep).maxMonths;

const withDeferred = (m: Moment) =>
  m.deferred > 0 ? ` with ${usd(m.deferred)} of principal deferred` : "";

export const TERM_SENTENCES = {
  term_already_at_max: (m) =>
    `the remaining term ${m.term} months is already ${maxMonths(m)} or more: no extension`,
  term_met: (m) =>
    `term extended from ${m.detail.from} to ${m.term} months: P&I ${usd(m.pi)} meets the target ${targetShown(m)}`,
  term_at_max: (m) =>
    `term extended to ${m.term} months: P&I ${usd(m.pi)} is still above the target ${targetShown(m)}`,
  term_closest: (m) =>
    `term ${m.term} months: P&I ${usd(m.pi)} ≥ target ${targetShown(m)}; ${m.detail.next} months would go below`,
  term_max_closest: (m) =>
    `term extended from ${m.detail.from} to ${m.term} months: P&I ${usd(m.pi)} ${m.detail.exact ? "equals" : "is still above"} the target ${targetShown(m)}`,
  term_straight_already: (m) =>
    `the term is already ${m.term} months: no extension; P&I ${usd(m.pi)} is above the target ${targetShown(m)}`,
  term_set_met: (m) =>
    `term ${m.term} months${withDeferred(m)}: P&I ${usd(m.pi)} meets the target ${targetShown(m)}`,
  term_set_short: (m) =>
    `term ${m.term} months${withDeferred(m)}: P&I ${usd(m.pi)} is still above the target ${targetShown(m)}`,
} satisfies Record<string, Sentence>;
