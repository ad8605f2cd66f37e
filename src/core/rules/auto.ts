import { Investor } from "../record-fields";
import { RuleSet } from "./rule-set";

/**
 * AUTO: each investor's order of options (docs/rules/README.md, "The investor's waterfall":
 * repayment plan → deferral → modification programs → short sale → deed-in-lieu), stopping at the
 * first that works. Each entry is a rule-set id of the program registry.
 */
export const AUTO: RuleSet<AutoParams> = {
  id: "AUTO",
  version: "2026-11-01",
  effective: "2026-11-01",
  sources: [
    "Fannie Mae Servicing Guide D2-3.2 (repayment plan, payment deferral, Flex Modification, then liquidation options)",
    "HUD Handbook 4000.1 III.A.2 as revised effective 2025-10-01 (ML 2025-12)",
    "VA M26-4 chapter 5 and chapter 22 (2026 waterfall; partial claim before the 40-year modification)",
    "HAMP Tier 1 as the template for portfolio (private) loans",
  ],
  params: {
    order: {
      FNMA: ["REPAY-FNMA", "DEFERRAL", "FLEX-2024", "SHORT-SALE-GSE", "DIL-GSE"],
      FHLMC: ["REPAY-FNMA", "DEFERRAL", "FLEX-2024", "SHORT-SALE-GSE", "DIL-GSE"],
      FHA: ["REPAY-FNMA", "FHA-2025", "SHORT-SALE-FHA", "DIL-FHA"],
      VA: ["REPAY-FNMA", "VA-2026", "SHORT-SALE-VA", "DIL-VA"],
      USDA: ["REPAY-FNMA", "HAMP", "SHORT-SALE-GSE", "DIL-GSE"],
      PRIVATE: ["REPAY-FNMA", "HAMP", "SHORT-SALE-GSE", "DIL-GSE"],
    },
  },
};

export interface AutoParams {
  readonly order: { readonly [I in Investor]: readonly string[] };
}
