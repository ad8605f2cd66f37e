/**
 * FHA streamline refinance net tangible benefit (docs/rules/refinance.md). Confirm in HUD Handbook
 * 4000.1 before relying on it.
 */
export const FHA_STREAMLINE_2015 = {
  id: "FHA-STREAMLINE-2015",
  version: "2015-09-14",
  effective: "2015-09-14",
  sources: [
    "HUD Handbook 4000.1 II.A.8.d, Streamline Refinance, net tangible benefit (in force for case numbers from 2015-09-14)",
  ],
  params: {
    /**
     * Fixed to fixed: the new combined rate (note rate + annual MIP rate) at least 0.5 percentage
     * point below the old combined rate (HUD 4000.1 II.A.8.d).
     */
    fixedToFixedMinCombinedRateDrop: "0.005",
  },
} as const;

export interface FhaStreamlineRules {
  readonly id: string;
  readonly params: { readonly fixedToFixedMinCombinedRateDrop: string };
}
