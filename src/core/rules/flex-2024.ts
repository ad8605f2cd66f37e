import { RuleSet } from "./rule-set";
import { LadderParams } from "./ladder";

/**
 * GSE Flex Modification as rewritten for 2024-12-01 (Fannie Mae LL-2024-02, Freddie Mac Bulletin
 * 2024-E; Servicing Guide D2-3.2-06 and F-1-27; docs/rules/flex.md): capitalize, then lower the
 * rate, extend the term and forbear principal, in that order, stopping at the first step that meets
 * the target.
 */
export const FLEX_2024: RuleSet<LadderParams> = {
  id: "FLEX-2024",
  version: "2024-12-01",
  effective: "2024-12-01",
  sources: [
    "Fannie Mae Lender Letter LL-2024-02; Servicing Guide D2-3.2-06, F-1-27 (11/13/2024)",
    "Freddie Mac Bulletin 2024-E; Guide chapter 9206",
    "FHFA release 2024-05-29 (forbearance only when MTMLTV > 50%)",
  ],
  params: {
    // Eligibility (reported): ≥ 60 days delinquent or imminent default; loan age ≥ 12 months; < 3
    // prior modifications (Freddie Mac Guide 9206.5, Fannie Mae D2-3.2-06). A payment past due
    // counts 30 days (the MBA method the guides' "60 days delinquent" follows).
    eligibility: {
      kind: "gse",
      minMonthsDelinquent: 2,
      minLoanAgeMonths: 12,
      maxPriorModifications: 2,
    },
    daysPerPaymentPastDue: 30,
    // Target: P&I reduction strictly greater than 20% of the pre-modification P&I (LL-2024-02).
    target: { kind: "reduction", from: "pi_payment", share: "0.20", strictly: true },
    // Offerable when the new P&I is not above the pre-modification P&I, target met or not
    // (docs/rules/flex.md).
    offerable: "payment_not_above_pre",
    steps: [
      // Step 1: capitalize (D2-3.2-06).
      { kind: "capitalize", into: "upb", payment: true },
      // Step 2: rate, only when post-capitalization MTMLTV ≥ 50% (Bulletin 2024-E); 0.125% steps,
      // never below the GSE modification interest rate (the GSEs' implementations of F-1-27;
      // D2-3.2-06).
      {
        kind: "rate",
        search: "steps",
        increment: "0.00125",
        floor: { field: "mod_rate" },
        stop: "first_meeting",
        minMtmltv: "0.50",
      },
      // Step 3: term, extended month by month to at most 480 months (D2-3.2-06).
      { kind: "term", search: "months", maxMonths: 480, stop: "first_meeting" },
      // Step 4: principal forbearance only when MTMLTV > 50% (FHFA 2024-05-29), the least of (a) what
      // reaches the target, (b) what brings the interest-bearing MTMLTV down to 50% (a secondary
      // source; a parameter), (c) 30% of gross post-capitalization UPB (Freddie Mac Flex page, 2017 onward).
      {
        kind: "forbearance",
        aboveMtmltv: "0.50",
        cap: {
          kind: "least_of",
          caps: [
            { kind: "needed" },
            { kind: "to_interest_bearing_mtmltv", mtmltv: "0.50" },
            { kind: "share_of_gross", share: "0.30" },
          ],
        },
      },
    ],
  },
};
