import { RuleSet } from "./rule-set";

/**
 * GSE Flex Modification as rewritten for 2024-12-01 (Fannie Mae LL-2024-02, Freddie Mac Bulletin
 * 2024-E; Servicing Guide D2-3.2-06 and F-1-27), programs.md section 3.
 */
export const FLEX_2024: RuleSet<FlexParams> = {
  id: "FLEX-2024",
  version: "2024-12-01",
  effective: "2024-12-01",
  sources: [
    "Fannie Mae Lender Letter LL-2024-02; Servicing Guide D2-3.2-06, F-1-27 (11/13/2024)",
    "Freddie Mac Bulletin 2024-E; Guide chapter 9206",
    "FHFA release 2024-05-29 (forbearance only when MTMLTV > 50%)",
  ],
  params: {
    // Target: P&I reduction strictly greater than 20% of the pre-modification P&I (LL-2024-02).
    targetReduction: "0.20",
    // Rate reduction only when post-capitalization MTMLTV ≥ 50% (Bulletin 2024-E).
    rateReductionMinMtmltv: "0.50",
    // 0.125% steps, never below the GSE modification interest rate (F-1-27 implementations; programs.md §3).
    rateStep: "0.00125",
    // Term extended month by month to at most 480 months (D2-3.2-06).
    maxTermMonths: 480,
    // Principal forbearance only when MTMLTV > 50% (FHFA 2024-05-29).
    forbearanceMinMtmltv: "0.50",
    // Forbearance cap (b): down to this interest-bearing MTMLTV (secondary source; a parameter).
    forbearanceFloorIbMtmltv: "0.50",
    // Forbearance cap (c): 30% of gross post-capitalization UPB (Freddie Mac Flex page, 2017 onward).
    forbearanceMaxShareOfUpb: "0.30",
    // Eligibility (reported): ≥ 60 days delinquent or imminent default; loan age ≥ 12 months; < 3 prior mods.
    minMonthsDelinquent: 2,
    minLoanAgeMonths: 12,
    maxPriorModifications: 2,
  },
};

export interface FlexParams {
  readonly targetReduction: string;
  readonly rateReductionMinMtmltv: string;
  readonly rateStep: string;
  readonly maxTermMonths: number;
  readonly forbearanceMinMtmltv: string;
  readonly forbearanceFloorIbMtmltv: string;
  readonly forbearanceMaxShareOfUpb: string;
  readonly minMonthsDelinquent: number;
  readonly minLoanAgeMonths: number;
  readonly maxPriorModifications: number;
}
