/**
 * Regulation X early-intervention and loss-mitigation timelines (12 CFR 1024.39, 1024.41), as in force
 * since the CFPB's 2016 mortgage servicing amendments (81 FR 72160) took effect on 2017-10-19; the day
 * counts themselves date from the 2014 rules. See docs/rules/regx.md.
 */
export const REGX_2017 = {
  id: "REGX-2017",
  version: "2017-10-19",
  effective: "2017-10-19",
  sources: [
    "12 CFR 1024.39(a), (b) early intervention",
    "12 CFR 1024.41(b)(2), (b)(3), (c), (e), (f), (h) loss mitigation procedures",
    "12 CFR 1024.31 'delinquency' (81 FR 72160, effective 2017-10-19)",
    "Supplement I to Part 1024, comment 31 (Delinquency)-2 and comment 39(a)-1.i.A: the due date is day 0",
  ],
  params: {
    /** 1024.39(a): live contact no later than the 36th day of delinquency. */
    liveContactDay: 36,
    /** 1024.39(b)(1): written notice no later than the 45th day of delinquency ... */
    writtenNoticeDay: 45,
    /** ... and not more than once in any 180-day period. */
    writtenNoticeIntervalDays: 180,
    /** 1024.41(b)(2)(i)(B): acknowledge within 5 days (excluding legal public holidays, Saturdays, Sundays) ... */
    acknowledgeBusinessDays: 5,
    /** ... an application received 45 days or more before a foreclosure sale. */
    acknowledgeMinDaysBeforeSale: 45,
    /** 1024.41(c)(1): evaluate within 30 days a complete application received ... */
    evaluateDays: 30,
    /** ... more than 37 days before a foreclosure sale. */
    evaluateMoreThanDaysBeforeSale: 37,
    /** 1024.41(e)(1): acceptance no earlier than 14 days after the offer when complete ≥ 90 days before sale ... */
    acceptanceDaysEarly: 14,
    acceptanceEarlyMinDaysBeforeSale: 90,
    /** ... 7 days when complete less than 90 but more than 37 days before sale. */
    acceptanceDaysLate: 7,
    acceptanceLateMoreThanDaysBeforeSale: 37,
    /** 1024.41(h)(1): appeal available when the complete application came 90 days or more before sale ... */
    appealMinDaysBeforeSale: 90,
    /** 1024.41(h)(2): 14 days to appeal after the (c)(1)(ii) notice ... */
    appealDays: 14,
    /** 1024.41(h)(4): ... decided within 30 days of the appeal. */
    appealDecisionDays: 30,
    /** 1024.41(f)(1)(i): no first notice or filing unless more than 120 days delinquent. */
    firstFilingMoreThanDaysDelinquent: 120,
  },
} as const;

/** The shape of a Reg X rule set: the same parameters, any values (for tests and future amendments). */
export interface RegxRules {
  readonly id: string;
  readonly params: { readonly [K in keyof (typeof REGX_2017)["params"]]: number };
}
