import { VA_2026 } from "../rules/va-2026";
import { ARREARS_FIELDS, FieldUse, HOUSING_FIELDS, TERMS_FIELDS } from "./descriptor";
import { Moment, ladderProgram, wording, mtmltvShown, targetShown } from "./ladder";
import { pct, usd } from "./display";

const FIELDS: FieldUse = {
  required: [
    ...TERMS_FIELDS,
    ...HOUSING_FIELDS,
    "market_rate",
    "upb_at_default",
    "prior_partial_claims",
  ],
  optional: [...ARREARS_FIELDS, "property_value"],
};

/** The partial claim available, as VA's step states it. */
function available(m: Moment): string {
  const r = m.run;
  return `${pct(r.p.partialClaimMaxShareOfDefaultUpb!, 0)} of the UPB at default ${usd(r.f.upbAtDefault!)} (${usd(r.statutory)}) less prior partial claims ${usd(r.f.priorPartialClaims)}: ${usd(r.available)} available`;
}

/** How VA-2026 words its ladder: the ladder's own sentences but these. */
export const VA_2026_WORDING = wording({
  program: "VA Affordable Modification",
  stageNames: { partial_claim: "VA partial claim" },
  sentences: {
    capitalized: (m) => {
      const r = m.run;
      const shown = r.f.value! > 0 ? `, MTMLTV ${mtmltvShown(m)}` : "";
      return `capitalized ${usd(r.arrears)} of arrears (late fees ${usd(r.f.lateFees)} waived): UPB ${usd(r.gross)}${shown}`;
    },
    claim_none_left: (m) => `${available(m)}: no principal can be deferred`,
    claim_met: (m) =>
      `${available(m)}; deferred ${usd(m.deferred)} of principal into it: P&I ${usd(m.pi)} meets the target ${targetShown(m)}`,
    claim_exhausted: (m) =>
      `${available(m)}; deferred all ${usd(m.deferred)} (the target needs ${usd(m.detail.needed!)}): P&I ${usd(m.pi)} is still above the target ${targetShown(m)}`,
  },
});

/**
 * VA Affordable Modification with the VA partial claim, VA-2026 (docs/rules/va.md; Circular
 * 26-17-10, M26-4 §5.08 and chapter 22, Circular 26-24-8): the modification ladder over the rule
 * set's steps: capitalize; a fixed rate, the lesser of the market rate and the note rate plus the
 * allowed points, over the base term (or the remaining term when longer); principal deferred into the
 * VA partial claim; then the longest term; stopping at the first step that meets the housing-ratio
 * target.
 *
 * The partial claim is a separate non-interest-bearing VA lien: the deferred principal leaves the
 * first lien (interest-bearing UPB = capitalized UPB − deferred principal). VA's test is
 * affordability, not a reduction: the modification is offerable when it meets the target (the
 * payment may rise), or otherwise when the new P&I is not above the current P&I.
 */
export const VA_2026_PROGRAM = ladderProgram({
  rules: VA_2026,
  fields: FIELDS,
  words: VA_2026_WORDING,
});

export const vaAffordableModification2026 = VA_2026_PROGRAM.evaluate;
