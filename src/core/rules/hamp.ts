import { RuleSet } from "./rule-set";
import { LadderParams } from "./ladder";

/**
 * HAMP Tier 1 standard waterfall (Treasury SD 09-01; MHA Handbook ch. II §6; docs/rules/hamp.md).
 * The program closed in 2016; kept as the template for proprietary modifications and for legacy
 * step-up loans.
 */
export const HAMP: RuleSet<LadderParams> = {
  id: "HAMP",
  version: "2016-12-31",
  effective: "2009-04-06",
  sources: [
    "Treasury Supplemental Directive 09-01 (waterfall steps, 2.00% floor, 480 months, forbearance cap)",
    "MHA Handbook ch. II §6; HAMP NPV model documentation §IX (closest to 31% without going below)",
    "Freddie Mac blog 2014-09-23 and makinghomeaffordable.gov (step-up: 5 years, then at most 1 point a year to the cap)",
  ],
  params: {
    // Eligible only when the pre-modification front-end (housing) ratio exceeds the target ratio (SD 09-01).
    eligibility: { kind: "housing_ratio_above_target" },
    // Target: housing payment (PITIA) 31% of gross monthly income (SD 09-01); when escrow alone
    // reaches it no step is taken.
    target: { kind: "housing_ratio", ratio: "0.31", stopWhenEscrowReachesIt: true },
    offerable: "eligible_and_met",
    steps: [
      { kind: "capitalize", into: "upb", payment: true },
      // Rate down from the note rate in 0.125% steps to a 2.00% floor, closest to the target without going below.
      {
        kind: "rate",
        search: "steps",
        increment: "0.00125",
        floor: { rate: "0.02" },
        stop: "closest_not_below",
      },
      // Term month by month up to 480, the same stopping rule.
      { kind: "term", search: "months", maxMonths: 480, stop: "closest_not_below" },
      // Forbearance to reach the target exactly, at most the greater of 30% of gross UPB and the
      // amount bringing the interest-bearing MTMLTV to 100% (SD 09-01 FAQ).
      {
        kind: "forbearance",
        cap: {
          kind: "least_of",
          caps: [
            { kind: "needed" },
            {
              kind: "greatest_of",
              caps: [
                { kind: "share_of_gross", share: "0.30" },
                { kind: "to_interest_bearing_mtmltv", mtmltv: "1.00" },
              ],
            },
          ],
        },
      },
    ],
    // Step-up (Interest Rate Cap = round8(PMMS) at modification): fixed 5 years, then +1 point a year at most.
    stepUp: { capIncrement: "0.00125", fixedYears: 5, perYear: "0.01" },
  },
};
