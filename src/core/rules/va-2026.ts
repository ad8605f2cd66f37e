import { RuleSet } from "./rule-set";
import { LadderParams } from "./ladder";

/** One step of VA's loss-mitigation waterfall; `option` is null where the sources read do not name it. */
export interface VaWaterfallStep {
  readonly step: number;
  readonly option: string | null;
  readonly source: string;
}

export interface Va2026Params extends LadderParams {
  readonly waterfall: readonly VaWaterfallStep[];
}

/** The longest term, for the modification and the 40-year step (Circular 26-24-8). */
const MAX_TERM_MONTHS = 480;

/**
 * VA loss mitigation for 2026 (docs/rules/va.md): the VA Affordable Modification (Circular
 * 26-17-10; M26-4 §5.08), the VA partial claim (VA Home Loan Program Reform Act, H.R. 1815, 2025;
 * M26-4 chapter 22, live 2026-06-15) and the 480-month term (Circular 26-24-8).
 */
export const VA_2026: RuleSet<Va2026Params> = {
  id: "VA-2026",
  version: "2026-06-15",
  effective: "2026-06-15",
  sources: [
    "VA Circular 26-17-10 and M26-4 §5.08 (VA Affordable Modification: PITIA ≤ 31% of GMI; fixed rate ≤ round8(PMMS) + 50 bp and ≤ note rate + 1 point)",
    "VA Circular 26-24-8 (2024-04-17): term up to 480 months",
    "VA Home Loan Program Reform Act (H.R. 1815, Public Law 119-31, 2025-07-30): partial claim program",
    "M26-4 chapter 22 and chapter 5 (effective 2026-06-01, live 2026-06-15): 6-step waterfall, partial claim at step 5 ahead of the 40-year modification (ABA Banking Journal, June 2026)",
  ],
  params: {
    eligibility: { kind: "none" },
    // New PITIA ≤ 31% of gross monthly income (Circular 26-17-10; M26-4 §5.08). VA's test is
    // affordability, not a reduction: the payment may rise.
    target: { kind: "housing_ratio", ratio: "0.31", stopWhenEscrowReachesIt: false },
    // Offerable when it meets the target (the rate may rise up to the note rate + 1 point), or
    // otherwise when the new P&I is not above the current P&I.
    offerable: "met_or_payment_not_above_pre",
    // Partial-claim cap as a share of the UPB at default, less prior partial claims. The sources
    // conflict: 25% of UPB, or 30% for certain defaults of March 2020 to May 2025 (secondary
    // summaries of H.R. 1815: nolo, allthingshomes, jprobinsonlaw); the engine keeps 30% pending
    // M26-4 ch. 22.
    partialClaimMaxShareOfDefaultUpb: "0.30",
    steps: [
      { kind: "capitalize", into: "upb", payment: false },
      { kind: "target" },
      // A fixed rate ≤ latest PMMS 30-year fixed rounded to the nearest 0.125%, plus 50 bp, and ≤ 1.00
      // percentage point above the existing note rate (Circular 26-17-10); 360 months, or the
      // remaining term when longer (M26-4 §5.08 practice), never beyond 480 (Circular 26-24-8).
      {
        kind: "modify",
        rate: { pmmsAddOn: "0.005", pmmsIncrement: "0.00125", maxAboveNoteRate: "0.01" },
        termMonths: 360,
        remainingUpToMonths: MAX_TERM_MONTHS,
      },
      // The VA partial claim defers principal, ahead of the 40-year modification.
      { kind: "partial_claim" },
      { kind: "term", search: "straight", maxMonths: MAX_TERM_MONTHS },
    ],
    // The 2026 waterfall order, as far as the sources read say: six steps (two removed from the
    // eight-step March 2026 draft), the partial claim moved up to step 5, ahead of the 40-year
    // modification (ABA Banking Journal, June 2026; creditandcollectionnews.com).
    waterfall: [
      { step: 1, option: null, source: "not named in the sources read (M26-4 §5.01, 2026)" },
      { step: 2, option: null, source: "not named in the sources read (M26-4 §5.01, 2026)" },
      { step: 3, option: null, source: "not named in the sources read (M26-4 §5.01, 2026)" },
      { step: 4, option: null, source: "not named in the sources read (M26-4 §5.01, 2026)" },
      {
        step: 5,
        option: "VA partial claim",
        source: "ABA Banking Journal, June 2026: moved up to step 5",
      },
      {
        step: 6,
        option: "40-year (480-month) modification",
        source:
          "ABA Banking Journal, June 2026: the partial claim is ahead of the 40-year modification",
      },
    ],
  },
};
