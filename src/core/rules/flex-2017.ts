import { RuleSet } from "./rule-set";
import { LadderParams } from "./ladder";

/**
 * GSE Flex Modification, October 2017 to November 2024, for back-testing old modifications
 * (Freddie Mac Flex page; Fannie Mae retention options; cnycn.org summary; docs/rules/flex.md).
 * The steps are applied in order and stop once the targets are met.
 */
export const FLEX_2017: RuleSet<LadderParams> = {
  id: "FLEX-2017",
  version: "2017-10-01",
  effective: "2017-10-01",
  sources: [
    "Freddie Mac Flex Modification page (2017): rate to the lesser of note rate and modification rate when MTMLTV ≥ 80%; term 480; forbear to 100% MTMLTV, at most 30%",
    "Fannie Mae retention options page: 20% P&I reduction and HTI ≤ 40% for loans under 90 days delinquent",
  ],
  params: {
    // As FLEX-2024: ≥ 60 days delinquent or imminent default, loan age ≥ 12 months, < 3 prior modifications.
    eligibility: {
      kind: "gse",
      minMonthsDelinquent: 2,
      minLoanAgeMonths: 12,
      maxPriorModifications: 2,
    },
    daysPerPaymentPastDue: 30,
    // P&I more than 20% lower (Fannie Mae retention options page) ...
    target: { kind: "reduction", from: "pi_payment", share: "0.20", strictly: true },
    // ... and a housing ratio ≤ 40% for loans less than 90 days (3 payments) delinquent.
    housingRatioLimit: { maxRatio: "0.40", belowMonthsDelinquent: 3 },
    offerable: "payment_not_above_pre",
    steps: [
      { kind: "capitalize", into: "upb", payment: true },
      // The lesser of the note rate and the modification rate, only when MTMLTV ≥ 80%.
      { kind: "rate", search: "straight", floor: { field: "mod_rate" }, minMtmltv: "0.80" },
      // The term straight to 480 months.
      { kind: "term", search: "straight", maxMonths: 480 },
      // Forbear down to 100% interest-bearing MTMLTV, at most 30% of gross UPB.
      {
        kind: "forbearance",
        cap: {
          kind: "least_of",
          caps: [
            { kind: "to_interest_bearing_mtmltv", mtmltv: "1.00" },
            { kind: "share_of_gross", share: "0.30" },
          ],
        },
      },
    ],
  },
};
