import { FHA_2025 } from "../rules/fha-2025";
import { ARREARS_FIELDS, FieldUse, TERMS_FIELDS } from "./descriptor";
import { ladderProgram, wording } from "./ladder";

const FIELDS: FieldUse = {
  required: [
    ...TERMS_FIELDS,
    "pre_hardship_pi",
    "upb_at_default",
    "prior_partial_claims",
    "market_rate",
  ],
  optional: [
    "pi_payment",
    "escrow_payment",
    ...ARREARS_FIELDS,
    "gross_monthly_income",
    "property_value",
    "can_resume_payment",
  ],
};

/** How FHA-2025 words its ladder: the ladder's own sentences but these. */
export const FHA_2025_WORDING = wording({
  program: "FHA combination modification and partial claim",
  standaloneProgram: "FHA standalone partial claim",
  stepNames: { partial_claim: "principal deferral" },
});

/**
 * FHA loss mitigation, FHA-2025 (docs/rules/fha.md; ML 2025-12, HUD Handbook 4000.1 III.A.2):
 * the standalone partial claim when the borrower can resume the pre-hardship payment, else the
 * combination: arrears into the partial claim, the UPB modified at the market rate, principal
 * deferred into what is left of the claim, then the longer term, stopping at the first step that
 * meets the target. No DTI test: under the 2025 handbook no financial documentation may disqualify
 * the borrower.
 *
 * The partial claim is a separate zero-interest HUD lien: the principal deferred into it leaves the
 * first lien, so the interest-bearing UPB is the modified UPB less the deferred principal, and
 * `partialClaim` is the whole claim used (arrears + deferred principal). Arrears beyond the partial
 * claim available are capitalized into the modified UPB (our reading; the audit says so).
 */
export const FHA_2025_PROGRAM = ladderProgram({
  rules: FHA_2025,
  fields: FIELDS,
  words: FHA_2025_WORDING,
  name: "FHA partial claim and combination modification",
});

export const fhaLossMitigation2025 = FHA_2025_PROGRAM.evaluate;
