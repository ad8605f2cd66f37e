import Decimal from "decimal.js";
import { RateStep } from "../../rules/ladder";
import { Evaluation } from "../evaluation";
import { pi } from "../modification";
import { paramDecimal } from "../cent-shares";
import { pct, usd } from "../display";
import { LadderRun, Moment } from "./state";
import { Sentence } from "./wording";
import { RateLadder, firstPassing } from "./search";
import { meets, targetShown } from "./targets";
import { mtmltvShown } from "./capitalize";
import { finish } from "./finish";

/**
 * The rate step (docs/rules/flex.md, hamp.md): only when the MTMLTV is at least the rule set's
 * minimum and the note rate is above the floor (the GSE modification rate, or a rule-set rate). In
 * steps of the increment down to the floor, stopping at the first step that meets the target or at
 * the one closest to it without going below; or straight to the floor. The rate never goes up.
 */
export function lowerRate(run: LadderRun, s: RateStep): Evaluation | undefined {
  const floor = floorOf(run, s);
  const byField = "field" in s.floor;
  const straight = s.search === "straight";
  if (s.minMtmltv !== undefined && run.mtmltvBelow(s.minMtmltv)) {
    const code = straight ? "RATE_KEPT" : "RATE_SKIPPED_MTMLTV";
    run.note("rate", showRate, false, code, "rate_below_min_mtmltv", run.current);
    return undefined;
  }
  if (!run.rate.gt(floor)) {
    const code = straight ? "RATE_KEPT" : byField ? "NOTE_AT_OR_BELOW_MIR" : "RATE_AT_FLOOR";
    run.note("rate", showRate, false, code, "rate_not_above_floor", run.current);
    return undefined;
  }
  const atFloor = byField ? "RATE_AT_MIR" : "RATE_AT_FLOOR";
  const principal = run.interestBearing;
  const term = run.term;
  if (straight) {
    run.rate = floor;
    run.reprice();
    const ok = meets(run, run.current);
    run.note("rate", showRate, ok, ok ? "TARGET_MET" : atFloor, "rate_set", run.current);
    return ok ? finish(run, true, "TARGET_MET", "met", { stage: "rate" }) : undefined;
  }
  const ladder = new RateLadder(run.rate, paramDecimal(s.increment!), floor);
  const last = ladder.steps;
  if (s.stop === "closest_not_below") {
    const target = run.target;
    const below = firstPassing(1, last, (k) => pi(principal, ladder.number(k), term) < target);
    if (below <= last) {
      run.rate = ladder.at(below - 1);
      run.reprice();
      run.note("rate", showRate, true, "TARGET_MET", "rate_closest", run.current, {
        next: ladder.at(below),
      });
      return finish(run, true, "TARGET_MET", "met", { stage: "rate" });
    }
    run.rate = ladder.at(last);
    run.reprice();
    const exact = run.current === target;
    const code = exact ? "TARGET_MET" : atFloor;
    run.note("rate", showRate, exact, code, "rate_floor_closest", run.current, { exact });
    return exact ? finish(run, true, "TARGET_MET", "met", { stage: "rate" }) : undefined;
  }
  const k = firstPassing(1, last, (i) => meets(run, pi(principal, ladder.number(i), term)));
  run.rate = ladder.at(Math.min(k, last));
  run.reprice();
  if (k <= last) {
    run.note("rate", showRate, true, "TARGET_MET", "rate_met", run.current, { steps: k });
    return finish(run, true, "TARGET_MET", "met", { stage: "rate" });
  }
  run.note("rate", showRate, false, atFloor, "rate_at_floor", run.current);
  return undefined;
}

function floorOf(run: LadderRun, s: RateStep): Decimal {
  return "field" in s.floor ? run.f.modRate! : paramDecimal(s.floor.rate);
}

const showRate = (m: Moment) => pct(m.rate);

const rateStep = (m: Moment) => m.step as RateStep;

/** "the modification rate 4.5%" or "the 2% floor". */
function floorName(m: Moment): string {
  const s = rateStep(m);
  return "field" in s.floor
    ? `the modification rate ${pct(m.run.f.modRate!)}`
    : `the ${pct(s.floor.rate)} floor`;
}

export const RATE_SENTENCES = {
  rate_below_min_mtmltv: (m) =>
    `MTMLTV ${mtmltvShown(m)} is below ${pct(rateStep(m).minMtmltv!, 0)}: the rate is not reduced`,
  rate_not_above_floor: (m) =>
    "field" in rateStep(m).floor
      ? `the note rate ${pct(m.run.f.noteRate)} is not above ${floorName(m)}: the rate stays`
      : `the note rate ${pct(m.run.f.noteRate)} is not above ${floorName(m)}`,
  rate_met: (m) =>
    `rate lowered ${m.detail.steps} step(s) of ${pct(rateStep(m).increment!)} from ${pct(m.run.f.noteRate)} to ${pct(m.rate)}: P&I ${usd(m.pi)} meets the target ${targetShown(m)}`,
  rate_at_floor: (m) =>
    `rate lowered to ${floorName(m)}: P&I ${usd(m.pi)} is still above the target ${targetShown(m)}`,
  rate_closest: (m) =>
    `rate ${pct(m.rate)}: P&I ${usd(m.pi)} ≥ target ${targetShown(m)}; one more step (${pct(m.detail.next as Decimal)}) would go below`,
  rate_floor_closest: (m) =>
    `rate lowered to ${floorName(m)}: P&I ${usd(m.pi)} ${m.detail.exact ? "equals" : "is still above"} the target ${targetShown(m)}`,
  rate_set: (m) => `rate set to the modification rate ${pct(m.rate)}: P&I ${usd(m.pi)}`,
} satisfies Record<string, Sentence>;
