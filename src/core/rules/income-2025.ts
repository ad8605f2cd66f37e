/**
 * Borrower income conventions (docs/rules/income.md): the gross-up of non-taxable income.
 */
export const INCOME_2025 = {
  id: "INCOME-2025",
  version: "2025-04-09",
  effective: "2025-04-09",
  sources: [
    "Fannie Mae Servicing Guide, borrower response package income rules (version of 2025-04-09, secondary summary): non-taxable income grossed up by 25%",
    "Treasury HAMP Supplemental Directive 09-01 income guidance (Oct 2009): net or non-taxed income × 1.25",
  ],
  params: {
    /** Non-taxable income is grossed up by adding 25% of it (Fannie Mae Servicing Guide; HAMP SD 09-01). */
    nonTaxableGrossUp: "0.25",
  },
} as const;

export interface IncomeRules {
  readonly id: string;
  readonly params: { readonly nonTaxableGrossUp: string };
}
