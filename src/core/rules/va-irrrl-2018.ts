/**
 * VA Interest Rate Reduction Refinancing Loan (IRRRL) net tangible benefit and fee recoupment,
 * explained in docs/rules/refinance.md. Confirm in VA's current handbook and circulars before
 * relying on them.
 */
export const VA_IRRRL_2018 = {
  id: "VA-IRRRL-2018",
  version: "2018-05-24",
  effective: "2018-05-24",
  sources: [
    "38 U.S.C. 3709(a) fee recoupment, added by Pub. L. 115-174 section 309 (2018-05-24)",
    "38 U.S.C. 3709(b) net tangible benefit; 38 CFR 36.4306(a)(10) wording of the rate tests",
  ],
  params: {
    /** 38 U.S.C. 3709(a): fees and closing costs recouped through the lower payment within 36 months. */
    recoupMaxMonths: 36,
    /** 38 U.S.C. 3709(b)(2): fixed to fixed, the new rate at least 50 basis points lower. */
    fixedToFixedMinRateDrop: "0.005",
    /** 38 U.S.C. 3709(b)(3): fixed to adjustable, the new rate at least 200 basis points lower. */
    fixedToArmMinRateDrop: "0.02",
  },
} as const;

export interface VaIrrrlRules {
  readonly id: string;
  readonly params: {
    readonly recoupMaxMonths: number;
    readonly fixedToFixedMinRateDrop: string;
    readonly fixedToArmMinRateDrop: string;
  };
}
