import { RuleSet } from "./rule-set";

/**
 * GSE Flex Modification, October 2017 to November 2024, for back-testing old modifications
 * (Freddie Mac Flex page; Fannie Mae retention options; cnycn.org summary), programs.md section 3.
 */
export const FLEX_2017: RuleSet<Flex2017Params> = {
  id: "FLEX-2017",
  version: "2017-10-01",
  effective: "2017-10-01",
  sources: [
    "Freddie Mac Flex Modification page (2017): rate to the lesser of note rate and modification rate when MTMLTV ≥ 80%; term 480; forbear to 100% MTMLTV, at most 30%",
    "Fannie Mae retention options page: 20% P&I reduction and HTI ≤ 40% for loans under 90 days delinquent",
  ],
  params: {
    targetReduction: "0.20",
    rateReductionMinMtmltv: "0.80",
    termMonths: 480,
    forbearanceFloorIbMtmltv: "1.00",
    forbearanceMaxShareOfUpb: "0.30",
    // HTI ≤ 40% is a second target for loans less than 90 days (3 payments) delinquent.
    maxHousingRatio: "0.40",
    housingRatioBelowMonthsDelinquent: 3,
    minMonthsDelinquent: 2,
    minLoanAgeMonths: 12,
    maxPriorModifications: 2,
  },
};

export interface Flex2017Params {
  readonly targetReduction: string;
  readonly rateReductionMinMtmltv: string;
  readonly termMonths: number;
  readonly forbearanceFloorIbMtmltv: string;
  readonly forbearanceMaxShareOfUpb: string;
  readonly maxHousingRatio: string;
  readonly housingRatioBelowMonthsDelinquent: number;
  readonly minMonthsDelinquent: number;
  readonly minLoanAgeMonths: number;
  readonly maxPriorModifications: number;
}
