import { RuleSet } from "./rule-set";

/**
 * HAMP Tier 1 standard waterfall (Treasury SD 09-01; MHA Handbook ch. II §6), programs.md section 4.
 * The program closed in 2016; kept as the template for proprietary modifications and for legacy
 * step-up loans.
 */
export const HAMP: RuleSet<HampParams> = {
  id: "HAMP",
  version: "2016-12-31",
  effective: "2009-04-06",
  sources: [
    "Treasury Supplemental Directive 09-01 (waterfall steps, 2.00% floor, 480 months, forbearance cap)",
    "MHA Handbook ch. II §6; NPV model documentation §IX (closest to 31% without going below)",
    "Freddie Mac blog 2014-09-23 and makinghomeaffordable.gov (step-up: 5 years, then at most 1 point a year to the cap)",
  ],
  params: {
    // Target and eligibility: front-end (housing) ratio 31% of gross monthly income (SD 09-01).
    targetHousingRatio: "0.31",
    rateStep: "0.00125",
    rateFloor: "0.02",
    maxTermMonths: 480,
    // Forbearance at most the greater of 30% of gross UPB and the amount bringing IB MTMLTV to 100% (SD 09-01 FAQ).
    forbearanceMaxShareOfUpb: "0.30",
    forbearanceToIbMtmltv: "1.00",
    // Step-up (Interest Rate Cap = round8(PMMS) at modification): fixed 5 years, then +1 point a year at most.
    stepUpFixedYears: 5,
    stepUpPerYear: "0.01",
    capIncrement: "0.00125",
  },
};

export interface HampParams {
  readonly targetHousingRatio: string;
  readonly rateStep: string;
  readonly rateFloor: string;
  readonly maxTermMonths: number;
  readonly forbearanceMaxShareOfUpb: string;
  readonly forbearanceToIbMtmltv: string;
  readonly stepUpFixedYears: number;
  readonly stepUpPerYear: string;
  readonly capIncrement: string;
}
