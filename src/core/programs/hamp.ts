import { HAMP } from "../rules/hamp";
import { ARREARS_FIELDS, FieldUse, HOUSING_FIELDS, TERMS_FIELDS } from "./descriptor";
import { Moment, capParameter, ladderProgram, wording, targetRatio, targetShown } from "./ladder";
import { pct, usd } from "./display";

const FIELDS: FieldUse = {
  required: [...TERMS_FIELDS, ...HOUSING_FIELDS, "property_value"],
  positive: ["property_value"],
  optional: [...ARREARS_FIELDS, "market_rate"],
};

const ratio = (m: Moment) => pct(targetRatio(m.run), 0);

/** How HAMP words its ladder: the ladder's own sentences but these. */
export const HAMP_WORDING = wording({
  program: "HAMP Tier 1 modification",
  sentences: {
    capitalized: (m) =>
      `capitalized ${usd(m.run.arrears)} (late fees ${usd(m.run.f.lateFees)} waived): gross UPB ${usd(m.run.gross)}; target P&I ${targetShown(m)} (${ratio(m)} of income ${usd(m.run.targetPitia)} less escrow ${usd(m.run.f.escrow)})`,
    forbearance_met: (m) =>
      `forbore ${usd(m.forbearance)}: P&I ${usd(m.pi)} reaches the target ${targetShown(m)}`,
    forbearance_capped: (m) =>
      `forbearance capped at ${usd(m.detail.limit!)} (the greater of ${pct(capParameter(m, "share_of_gross"), 0)} of gross UPB and the amount to ${pct(capParameter(m, "to_interest_bearing_mtmltv"), 0)} MTMLTV): P&I ${usd(m.pi)} is still above the target ${targetShown(m)}`,
    met: (m) => {
      switch (m.detail.stage) {
        case "capitalize":
          return `after capitalization the P&I ${usd(m.pi)} is already at or below the target ${targetShown(m)}`;
        case "forbearance":
          return `principal forbearance of ${usd(m.forbearance)} brings the P&I to ${usd(m.pi)}, within the target ${targetShown(m)}`;
        default: {
          const value = m.detail.stage === "rate" ? pct(m.rate) : `${m.term} months`;
          const step = m.detail.stage === "rate" ? "rate reduction" : "term extension";
          return `${step}: ${value} gives P&I ${usd(m.pi)}, the closest to the target ${targetShown(m)} without going below`;
        }
      }
    },
    exhausted: (m) =>
      `every step applied: P&I ${usd(m.pi)} cannot reach the target ${targetShown(m)}`,
  },
});

/**
 * HAMP Tier 1 standard waterfall (docs/rules/hamp.md; SD 09-01): the modification ladder over the
 * rule set's steps, each stopping at the value whose P&I is closest to the housing-ratio target
 * without going below it (HAMP-A: 4.375%, not 4.25%), then the rate step-up.
 */
export const HAMP_PROGRAM = ladderProgram({
  rules: HAMP,
  fields: FIELDS,
  words: HAMP_WORDING,
});

export const hampModification = HAMP_PROGRAM.evaluate;
