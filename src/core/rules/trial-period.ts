import { RuleSet } from "./rule-set";

/**
 * Trial period plans: the trial payments a borrower makes before a permanent modification, one rule
 * set per program family. A trial payment is the estimated modified payment (P&I + escrow). Dates
 * count from the offer (the notice date): the first trial payment is due on `dueDay` of the month
 * `firstDueMonthsAfterOffer` months after it, the others a month apart, and the modified loan's
 * first payment `modificationFirstDueMonthsAfterLastTrial` months after the last trial payment.
 */
export interface TrialPeriodParams {
  /** The programs (rule-set ids) the trial applies to. */
  readonly programs: readonly string[];
  /** Trial payments of a delinquent borrower. */
  readonly payments: number;
  /** Trial payments of a borrower fewer than `currentBelowDaysDelinquent` days delinquent (imminent default). */
  readonly paymentsWhenCurrent: number;
  readonly currentBelowDaysDelinquent: number;
  readonly firstDueMonthsAfterOffer: number;
  /** Day of the month each trial payment is due. */
  readonly dueDay: number;
  readonly modificationFirstDueMonthsAfterLastTrial: number;
  /** Outcomes (evaluation reason codes) that change no loan term and take no trial. */
  readonly noTrialFor: readonly string[];
}

/** Our reading of the due dates, common to the families below (no guide text seen fixes them). */
const DATES = {
  // The first trial payment falls due on the 1st of the month after the offer; the modified
  // payment starts the month after the last trial payment (VA M26-4 says so for VA; our reading for
  // the others, which also allow an interim month).
  firstDueMonthsAfterOffer: 1,
  dueDay: 1,
  modificationFirstDueMonthsAfterLastTrial: 1,
} as const;

/** GSE Flex Modification (Fannie Mae and Freddie Mac). */
export const TRIAL_GSE: RuleSet<TrialPeriodParams> = {
  id: "TRIAL-GSE",
  version: "2024-12-01",
  effective: "2017-10-01",
  sources: [
    "Freddie Mac Guide 9206.11 (12/01/2018): the trial period plan is 3 monthly payments at the estimated modified payment; an interim month before the modification agreement is allowed",
    "Fannie Mae Servicing Guide D2-3.2-06 Flex Modification: 3 trial payments when 31 days or more delinquent, 4 when current or less (as quoted by a secondary source, 04/08/2026)",
  ],
  params: {
    programs: ["FLEX-2024", "FLEX-2017"],
    payments: 3,
    paymentsWhenCurrent: 4,
    currentBelowDaysDelinquent: 31,
    ...DATES,
    noTrialFor: [],
  },
};

/** FHA modifications (the combination of a modification and a partial claim). */
export const TRIAL_FHA: RuleSet<TrialPeriodParams> = {
  id: "TRIAL-FHA",
  version: "2025-10-01",
  effective: "2025-10-01",
  sources: [
    "HUD Mortgagee Letter 2009-23 (FHA-HAMP): a 3-month trial payment plan before the permanent modification",
    "HUD Mortgagee Letter 2025-14 (as reported by valuationreview.com): a borrower in imminent default completes a 4-month trial payment plan",
  ],
  params: {
    programs: ["FHA-2025"],
    payments: 3,
    paymentsWhenCurrent: 4,
    currentBelowDaysDelinquent: 31,
    ...DATES,
    // The standalone partial claim changes no term of the loan: it takes no trial.
    noTrialFor: ["STANDALONE_CLAIM"],
  },
};

/** VA Affordable Modification. */
export const TRIAL_VA: RuleSet<TrialPeriodParams> = {
  id: "TRIAL-VA",
  version: "2026-06-15",
  effective: "2017-04-01",
  sources: [
    "VA M26-4 chapter 5 (section 21.08 as published by acesiq): an escrow account before the trial; the agreement takes effect on the 1st of the month after the final trial month",
    "Assumption: 3 trial payments, as for the GSE and HAMP trials (the M26-4 text fixing the number was not available)",
  ],
  params: {
    programs: ["VA-2026"],
    payments: 3,
    paymentsWhenCurrent: 3,
    currentBelowDaysDelinquent: 31,
    ...DATES,
    noTrialFor: [],
  },
};

/** HAMP Tier 1 (and portfolio modifications that follow it). */
export const TRIAL_HAMP: RuleSet<TrialPeriodParams> = {
  id: "TRIAL-HAMP",
  version: "2016-12-31",
  effective: "2009-04-06",
  sources: [
    "Treasury Supplemental Directive 09-01: a trial period of three monthly payments at the modified payment before the permanent modification",
    "HAMP model trial period plan notice: a trial payment not received in the month it is due ends the offer",
  ],
  params: {
    programs: ["HAMP"],
    payments: 3,
    paymentsWhenCurrent: 3,
    currentBelowDaysDelinquent: 31,
    ...DATES,
    noTrialFor: [],
  },
};

/** Every trial period rule set. */
export const TRIAL_PERIODS: readonly RuleSet<TrialPeriodParams>[] = [
  TRIAL_GSE,
  TRIAL_FHA,
  TRIAL_VA,
  TRIAL_HAMP,
];
