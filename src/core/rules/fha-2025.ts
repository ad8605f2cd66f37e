import { RuleSet } from "./rule-set";
import { LadderParams } from "./ladder";

/**
 * FHA loss mitigation as rewritten for 2025-10-01 (ML 2025-06, ML 2025-12; HUD Handbook 4000.1
 * III.A.2 as revised; docs/rules/fha.md): standalone partial claim, then the combination of a
 * modification and a partial claim. The 2025 handbook text of the modification rate and target was
 * not retrievable; those values come from the COVID-19 Recovery options the permanent combination
 * is modeled on (ML 2021-18, ML 2022-07, ML 2023-06) and stay parameters.
 */
export const FHA_2025: RuleSet<LadderParams> = {
  id: "FHA-2025",
  version: "2025-10-01",
  effective: "2025-10-01",
  sources: [
    "HUD Mortgagee Letter 2025-12 (permanent options effective 2025-10-01) and its 2025-09-24 update (combination modification + partial claim, III.A.2.i.v(G))",
    "HUD Handbook 4000.1 as revised 2025-11-26: no financial documentation may disqualify the borrower (NCLC, 'Seven key changes to the revised FHA waterfall')",
    "HUD Mortgagee Letter 2016-14: partial claim available = 30% of UPB at default less prior partial claims",
    "HUD Mortgagee Letters 2021-18 (25% P&I reduction, rate round8(PMMS), 360 months), 2022-07 and 2023-06 (480 months)",
  ],
  params: {
    // No financial documentation may disqualify the borrower under the 2025 handbook: no DTI test.
    eligibility: { kind: "no_financial_test", source: "HUD Handbook 4000.1, 2025" },
    // Target: P&I at least 25% below the pre-hardship P&I (ML 2021-18 Recovery Modification; ML 2024-02
    // Payment Supplement). Not restated for the 2025 permanent combination, so a parameter.
    target: { kind: "reduction", from: "pre_hardship_pi", share: "0.25", strictly: false },
    // Statutory partial-claim maximum: 30% of the UPB as of the date of default, less prior partial
    // claims (ML 2016-14; ML 2009-23; Payment Supplement, ABA Banking Journal 2024-02).
    partialClaimMaxShareOfDefaultUpb: "0.30",
    offerable: "payment_not_above_pre",
    steps: [
      { kind: "claim_available" },
      // Option 1: the standalone partial claim, when the borrower can resume the pre-hardship payment.
      { kind: "standalone_claim" },
      // Option 2, the combination: (1) arrears into the partial claim (what it cannot hold is capitalized);
      { kind: "capitalize", into: "partial_claim", payment: false },
      // (2) the market rate over 360 months. When the record gives PMMS itself: rounded to the
      // nearest 0.125% plus this add-on; ML 2021-18 used round8(PMMS) with no add-on, ML 2013-17
      // allowed up to 25 bp;
      {
        kind: "modify",
        rate: { pmmsAddOn: "0", pmmsIncrement: "0.00125" },
        termMonths: 360,
      },
      // (3) principal deferred into what is left of the partial claim, as much as the target needs;
      { kind: "partial_claim" },
      // (4) 480 months (ML 2023-06 raised the maximum to 480), the deferral sized again within the claim.
      { kind: "term", search: "straight", maxMonths: 480 },
    ],
  },
};
