import { FLEX_2017 } from "../rules/flex-2017";
import { Moment, capParameter, ladderProgram, wording, mtmltvShown } from "./ladder";
import { FLEX_FIELDS } from "./flex-2024";
import { pct, usd } from "./display";

/** The 2017 forbearance: down to an interest-bearing MTMLTV, at most a share of gross UPB. */
function forborne(m: Moment): string {
  const ltv = pct(capParameter(m, "to_interest_bearing_mtmltv"), 0);
  return m.forbearance === 0
    ? `MTMLTV ${mtmltvShown(m)} is not above ${ltv}: nothing to forbear`
    : `forbore ${usd(m.forbearance)} (to ${ltv} interest-bearing MTMLTV, at most ${pct(capParameter(m, "share_of_gross"), 0)}): P&I ${usd(m.pi)}`;
}

/** How FLEX-2017 words its ladder: the ladder's own sentences but these. */
export const FLEX_2017_WORDING = wording({
  program: `GSE Flex Modification (${FLEX_2017.effective.slice(0, 4)} rules)`,
  stageNames: {
    capitalize: "capitalization",
    rate: "rate",
    term: "term",
    forbearance: "forbearance",
  },
  sentences: {
    capitalized: (m) =>
      `capitalized ${usd(m.run.arrears)} (late fees ${usd(m.run.f.lateFees)} waived): gross UPB ${usd(m.run.gross)}, MTMLTV ${mtmltvShown(m)}`,
    rate_below_min_mtmltv: (m) =>
      `MTMLTV ${mtmltvShown(m)} is below ${pct(m.step?.kind === "rate" ? m.step.minMtmltv! : "0", 0)}: the rate stays`,
    rate_not_above_floor: (m) =>
      `the note rate ${pct(m.rate)} is not above the modification rate: it stays`,
    term_straight_already: (m) => `the remaining term is already ${m.term} months`,
    term_set_met: (m) => `term set to ${m.term} months: P&I ${usd(m.pi)}`,
    term_set_short: (m) => `term set to ${m.term} months: P&I ${usd(m.pi)}`,
    forbearance_met: forborne,
    forbearance_capped: forborne,
    forbearance_none: forborne,
  },
});

/**
 * GSE Flex Modification as it stood from October 2017 to November 2024 (docs/rules/flex.md), for
 * back-testing: the modification ladder over FLEX-2017's steps (rate straight to the modification
 * rate, term straight to the maximum, forbearance to the MTMLTV cap), with its second target, a
 * housing ratio for loans less delinquent than its bound.
 */
export const FLEX_2017_PROGRAM = ladderProgram({
  rules: FLEX_2017,
  fields: FLEX_FIELDS,
  words: FLEX_2017_WORDING,
});

export const flexModification2017 = FLEX_2017_PROGRAM.evaluate;
