import { marketRate } from "../../market-rate";
import { ModifyStep, OfferRate } from "../../rules/ladder";
import { Evaluation } from "../evaluation";
import { pct, usd } from "../display";
import { LadderRun, Moment } from "./state";
import { Sentence } from "./wording";
import { meets } from "./targets";
import { finish } from "./finish";

/**
 * The modify step of the government modifications (docs/rules/fha.md, va.md): rate and term set
 * in one move. The rate is the market rate from the record's `market_rate` (taken as given when it is
 * the market rate; rounded to the nearest increment plus the add-on when the column holds PMMS
 * itself), never more than the rule set allows above the note rate; the term is the rule set's, or
 * the remaining term when that is longer, up to a maximum.
 */
export function modify(run: LadderRun, s: ModifyStep): Evaluation | undefined {
  const f = run.f;
  run.offer = s.rate;
  run.market = offerRate(run, s.rate);
  const above = s.rate.maxAboveNoteRate;
  run.rateCap = above === undefined ? undefined : f.noteRate.plus(above);
  run.rate = run.rateCap === undefined || run.market.lte(run.rateCap) ? run.market : run.rateCap;
  run.term =
    s.remainingUpToMonths === undefined
      ? s.termMonths
      : Math.min(Math.max(s.termMonths, f.remainingTerm), s.remainingUpToMonths);
  run.reprice();
  const show = (m: Moment) => `${pct(m.rate)}, ${m.term} months`;
  if (meets(run, run.current)) {
    run.note("modify", show, true, "TARGET_MET", "modify_met", run.current);
    return finish(run, true, "TARGET_MET", "met", { stage: "modify" });
  }
  run.note("modify", show, false, "ABOVE_TARGET", "modify_above_target", run.current);
  return undefined;
}

function offerRate(run: LadderRun, o: OfferRate) {
  const given = run.f.marketRate!;
  return run.f.marketRateIsPmms ? marketRate(given, o.pmmsAddOn, o.pmmsIncrement) : given;
}

/** Where the market rate comes from: the record's market rate, or PMMS rounded plus the add-on. */
function basis(m: Moment): string {
  const r = m.run;
  const given = r.f.marketRate!;
  const o = r.offer!;
  return r.f.marketRateIsPmms
    ? `PMMS ${pct(given)} rounded to the nearest ${pct(o.pmmsIncrement)} plus ${pct(o.pmmsAddOn)}: ${pct(r.market!)}`
    : `the record's market rate ${pct(given)}`;
}

/** Why the rate is what it is: the basis, and the cap above the note rate when there is one. */
function rateWhy(m: Moment): string {
  const r = m.run;
  if (r.rateCap === undefined) return basis(m);
  const note = `the note rate ${pct(r.f.noteRate)} + ${pct(r.offer!.maxAboveNoteRate!, 2)}`;
  return r.market!.lte(r.rateCap)
    ? `rate ${basis(m)} (not above ${note})`
    : `rate ${note} = ${pct(r.rateCap)} (below ${basis(m)})`;
}

export const MODIFY_SENTENCES = {
  modify_met: (m) =>
    `${rateWhy(m)}; ${usd(m.run.gross)} over ${m.term} months: P&I ${usd(m.pi)} meets the target ${usd(m.run.target)}`,
  modify_above_target: (m) =>
    `${rateWhy(m)}; ${usd(m.run.gross)} over ${m.term} months: P&I ${usd(m.pi)} is above the target ${usd(m.run.target)}`,
} satisfies Record<string, Sentence>;
