/**
 * Default assumptions of our NPV comparison (docs/rules/npv.md):
 * workout against foreclosure, our model, not Treasury's HAMP NPV model.
 *
 * Every value below is a default the user can override field by field (`withOverrides` in
 * ../npv.ts). Each carries its source, or says it is our assumption. Values are fractions
 * (0.025 = 2.5%) and whole months.
 *
 * State foreclosure timelines: months from the due date of the last paid installment (LPI) to the
 * foreclosure sale, from Fannie Mae's "Foreclosure Time Frames and Compensatory Fee Allowable
 * Delays" exhibit (Servicing Guide E-3.2-15: the maximum allowable days for a routine, uncontested
 * foreclosure, LPI to sale). Days are turned into months as ceil(days / 30). The exhibit does not
 * count post-sale redemption or confirmation periods. These are the GSEs' allowed maxima, not
 * observed averages; they are assumptions to override with the user's own timelines. Each state's
 * row names which source it comes from (see TIMELINE_SOURCES); read the caveats there.
 */

export type ForeclosureMethod = "JUDICIAL" | "NON_JUDICIAL" | "UNKNOWN";

export interface StateTimeline {
  /** Months from LPI to the foreclosure sale: ceil(days / 30). */
  readonly months: number;
  /** The exhibit's days, when the row comes from an exhibit. */
  readonly days: number | null;
  /** The exhibit's preferred method of foreclosure for the jurisdiction. */
  readonly method: ForeclosureMethod;
  /** A key of TIMELINE_SOURCES, or "override". */
  readonly source: string;
}

/** Where each state's timeline comes from. */
export const TIMELINE_SOURCES: Readonly<Record<string, string>> = {
  "FNMA-2019":
    "Fannie Mae, Foreclosure Time Frames and Compensatory Fee Allowable Delays Exhibit (12/19/2018), effective " +
    "2019-01-01, as published at servicing-guide.fanniemae.com (seen). Used only for jurisdictions that Lender Letter " +
    "LL-2025-01 did not revise; a revision between 2019 and 2025 by another announcement was not ruled out.",
  "FNMA-2025-T":
    "Fannie Mae, Foreclosure Time Frames and Compensatory Fee Allowable Delays Exhibit (06/18/2025), for foreclosure " +
    "sales on or after 2025-07-01 (Lender Letter LL-2025-01, 2025-04-09, which revised 22 jurisdictions). The exhibit " +
    "itself was NOT seen: values as transcribed by a secondary source, checked against the list of jurisdictions " +
    "LL-2025-01 raised (CA CO CT GA IL IN KS KY MD MN MS NC OH OK PA TX WV) and lowered (FL MA NJ NV OR), and against " +
    "the 2019 exhibit (every comparable value moved in the stated direction; AZ and NY unchanged).",
  CATEGORY:
    "Our assumption: no dated value was found for this jurisdiction. Judicial states take 27 months (795 days, the " +
    "median of the judicial rows above, rounded up); non-judicial states 16 months (480 days, the median of the " +
    "non-judicial rows). The method is the preferred method in Fannie Mae's exhibit (an undated pre-2015 copy of it " +
    "for most of these states; the 2019 exhibit for OK and OR). Override with the user's own timeline.",
  "NO-SOURCE":
    "Our assumption: the territory is in none of the exhibits seen, so neither its method nor its timeline has a " +
    "source; it takes the judicial median, 27 months, the longer of the two. Override with the user's own timeline.",
};

const J = "JUDICIAL" as const;
const NJ = "NON_JUDICIAL" as const;
const months = (days: number): number => Math.ceil(days / 30);
const fnma2019 = (days: number, method: ForeclosureMethod): StateTimeline => ({
  months: months(days),
  days,
  method,
  source: "FNMA-2019",
});
const fnma2025 = (days: number, method: ForeclosureMethod): StateTimeline => ({
  months: months(days),
  days,
  method,
  source: "FNMA-2025-T",
});
const category = (method: ForeclosureMethod): StateTimeline => ({
  months: method === NJ ? 16 : 27,
  days: null,
  method,
  source: "CATEGORY",
});
const noSource: StateTimeline = { months: 27, days: null, method: "UNKNOWN", source: "NO-SOURCE" };

/**
 * Foreclosure timelines by USPS code, for every code in STATE_CODES (record-fields.ts).
 * New York: the exhibit gives 1,740 days for the state and 2,190 (73 months) for New York City;
 * a state code cannot tell them apart, so NY takes the state figure: override NY with 73 for NYC loans.
 */
export const STATE_TIMELINES: Readonly<Record<string, StateTimeline>> = {
  AL: fnma2019(420, NJ),
  AK: fnma2019(480, NJ),
  AZ: fnma2019(450, NJ), // also 450 in the 2025 transcription
  AR: fnma2019(420, NJ),
  CA: fnma2025(600, NJ),
  CO: fnma2025(540, NJ),
  CT: fnma2025(780, J),
  DE: fnma2019(720, J),
  DC: fnma2019(1230, J),
  FL: fnma2025(720, J),
  GA: fnma2025(480, NJ),
  HI: fnma2019(900, J),
  ID: fnma2019(630, NJ),
  IL: fnma2025(720, J),
  IN: category(J), // revised by LL-2025-01 (raised); value not seen
  IA: category(J),
  KS: category(J), // revised by LL-2025-01 (raised); value not seen
  KY: category(J), // revised by LL-2025-01 (raised); value not seen
  LA: category(J),
  ME: category(J),
  MD: fnma2025(780, NJ),
  MA: fnma2025(810, J),
  MI: fnma2025(390, NJ),
  MN: fnma2025(420, NJ),
  MS: category(NJ), // revised by LL-2025-01 (raised); value not seen
  MO: category(NJ),
  MT: category(NJ),
  NE: fnma2019(480, NJ),
  NV: fnma2025(750, NJ),
  NH: fnma2019(480, NJ),
  NJ: fnma2025(810, J),
  NM: fnma2019(930, J),
  NY: fnma2019(1740, J), // New York City: 2,190 days (73 months), same in the 2025 transcription
  NC: fnma2025(690, NJ),
  ND: fnma2019(630, J),
  OH: fnma2025(690, J),
  OK: category(J), // 570 days in 2019, raised by LL-2025-01; new value not seen
  OR: category(NJ), // 960 days in 2019 (non-judicial, with a judicial exception), lowered by LL-2025-01; new value not seen
  PA: fnma2025(780, J),
  RI: category(NJ),
  SC: category(J),
  SD: category(J),
  TN: category(NJ),
  TX: fnma2025(480, NJ),
  UT: category(NJ),
  VT: category(J),
  VA: fnma2025(450, NJ),
  WA: fnma2025(630, NJ),
  WV: category(NJ), // revised by LL-2025-01 (raised); value not seen
  WI: category(J),
  WY: category(NJ),
  PR: fnma2019(810, J),
  VI: category(J),
  GU: fnma2019(500, NJ), // 500 days → 17 months
  AS: noSource,
  MP: noSource,
};

/** The named, overridable scalar assumptions (snake_case: the names shown to users and in issues). */
export interface NpvParams {
  /** Added to PMMS for the annual discount rate; monthly d = (PMMS + spread) / 12. */
  readonly spread: string;
  /** Haircut of an REO sale price against the current value. */
  readonly reo_discount: string;
  /** Annual home-price change g, applied as (1 + g)^(m/12). */
  readonly home_price_change: string;
  /** Foreclosure and REO sale costs as a fraction of the current value, paid at the REO sale. */
  readonly fc_cost_rate: string;
  /** Default monthly carry (taxes + insurance + HOA advanced) = value × carry_rate / 12. */
  readonly carry_rate: string;
  /** Probability p that the modification redefaults. */
  readonly redefault_probability: string;
  /** Months k from the modification to the redefault. */
  readonly redefault_months: number;
  /** Months from the foreclosure sale to the REO sale. */
  readonly reo_marketing_months: number;
  /** Months s to close a short sale. */
  readonly short_sale_months: number;
}

export interface NpvAssumptions {
  readonly id: string;
  readonly version: string;
  readonly effective: string;
  readonly sources: readonly string[];
  readonly params: NpvParams;
  /** Where each param's value comes from: shown beside the value in every result. */
  readonly paramSources: { readonly [K in keyof NpvParams]: string };
  readonly stateTimelines: Readonly<Record<string, StateTimeline>>;
  /** Names of the params and `state_timeline_months.XX` entries replaced by the user. */
  readonly overridden: readonly string[];
}

export const NPV_2026: NpvAssumptions = {
  id: "NPV-2026",
  version: "2026-11-27",
  effective: "2026-11-27",
  sources: [
    "Assumption: LM Workbench's own NPV comparison of a workout against foreclosure, not Treasury's HAMP NPV model",
    "Treasury HAMP NPV guidance (Supplemental Directive 09-01 FAQ): discount rate at most PMMS + 250 bp",
    "Fannie Mae Foreclosure Time Frames and Compensatory Fee Allowable Delays Exhibit, 12/19/2018 (effective 2019-01-01) and 06/18/2025 (sales on or after 2025-07-01, LL-2025-01)",
  ],
  params: {
    /**
     * Treasury's ceiling for the HAMP NPV discount rate, PMMS + 250 bp; the engine takes the
     * ceiling.
     */
    spread: "0.025",
    /** Our assumption: REO sells 15% below the current value. */
    reo_discount: "0.15",
    /** Our assumption: flat home prices; set it from the user's own forecast. */
    home_price_change: "0",
    /**
     * Our assumption: 10% of value, about a 6% sale commission (the customary ceiling, Fannie Mae
     * Announcement 09-03) plus legal, property-preservation and closing costs.
     */
    fc_cost_rate: "0.10",
    /** Our assumption: taxes, insurance and HOA of 2% of value a year, advanced monthly while foreclosing. */
    carry_rate: "0.02",
    /** Our assumption: one modification in four redefaults. */
    redefault_probability: "0.25",
    /** Our assumption: a redefault comes 12 months after the modification. */
    redefault_months: 12,
    /** Our assumption: 6 months from the foreclosure sale to the REO sale. */
    reo_marketing_months: 6,
    /** Our assumption: 4 months to close a short sale. */
    short_sale_months: 4,
  },
  paramSources: {
    spread: "NPV-2026: Treasury's HAMP NPV ceiling, PMMS + 250 bp",
    reo_discount: "NPV-2026: our assumption",
    home_price_change: "NPV-2026: our assumption (flat prices)",
    fc_cost_rate:
      "NPV-2026: our assumption (about 6% commission plus legal, preservation and closing costs)",
    carry_rate: "NPV-2026: our assumption (taxes, insurance and HOA, 2% of value a year)",
    redefault_probability: "NPV-2026: our assumption",
    redefault_months: "NPV-2026: our assumption",
    reo_marketing_months: "NPV-2026: our assumption",
    short_sale_months: "NPV-2026: our assumption",
  },
  stateTimelines: STATE_TIMELINES,
  overridden: [],
};
