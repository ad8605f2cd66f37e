/**
 * The vocabulary a modification rule set declares its ladder in: the target, the steps in order
 * (capitalize, rate, term, principal forbearance, partial claim ...), each with its bounds,
 * increment, stop rule, caps and preconditions. One algorithm (programs/ladder) runs any such list;
 * every number it uses and every number its sentences show comes from here.
 */

/** The P&I a modification aims at. */
export type LadderTarget =
  /**
   * P&I reduced from the pre-modification P&I (`from`) by more than `share` (`strictly`: the
   * largest cent strictly below (1 − share) × pre) or by at least `share` (⌊(1 − share) × pre⌋).
   */
  | {
      readonly kind: "reduction";
      readonly from: "pi_payment" | "pre_hardship_pi";
      readonly share: string;
      readonly strictly: boolean;
    }
  /**
   * Housing payment (PITIA) at most `ratio` of gross monthly income: target P&I = ⌊ratio × GMI⌉
   * (cents, half-up) − escrow. `stopWhenEscrowReachesIt`: when escrow alone reaches the target no
   * step is taken at all.
   */
  | {
      readonly kind: "housing_ratio";
      readonly ratio: string;
      readonly stopWhenEscrowReachesIt: boolean;
    };

/** A second test every step must also pass: the housing ratio, for loans less delinquent than a bound. */
export interface HousingRatioLimit {
  readonly maxRatio: string;
  /** The limit applies to loans with fewer payments past due than this. */
  readonly belowMonthsDelinquent: number;
}

/**
 * Where a search stops: at the first value whose P&I meets the target, or at the value whose P&I is
 * closest to the target without going below it (the last value still at or above the target).
 */
export type StopRule = "first_meeting" | "closest_not_below";

/** Amount caps, combined: the least of, the greatest of. */
export type Cap =
  /**
   * What brings the P&I to the target (the max principal the target carries,
   * docs/rules/conventions.md).
   */
  | { readonly kind: "needed" }
  /** A share of the gross (capitalized) UPB, floored to cents. */
  | { readonly kind: "share_of_gross"; readonly share: string }
  /** What brings the interest-bearing MTMLTV down to `mtmltv` and not below. */
  | { readonly kind: "to_interest_bearing_mtmltv"; readonly mtmltv: string }
  | { readonly kind: "least_of"; readonly caps: readonly Cap[] }
  | { readonly kind: "greatest_of"; readonly caps: readonly Cap[] };

/** The rate floor: a record field (the GSE modification rate) or a rule-set rate. */
export type RateFloor = { readonly field: "mod_rate" } | { readonly rate: string };

/** The market rate a government modification is offered at, from the record's `market_rate`. */
export interface OfferRate {
  /** When the record gives PMMS itself: rounded to the nearest `increment`, plus `addOn`. */
  readonly pmmsAddOn: string;
  readonly pmmsIncrement: string;
  /** Never more than this above the note rate. */
  readonly maxAboveNoteRate?: string;
}

/** Shows the partial claim available: a share of the UPB at default less prior partial claims. */
export interface ClaimAvailableStep {
  readonly kind: "claim_available";
}

/** The partial claim alone, arrears only and the payment unchanged, for a borrower who can resume it. */
export interface StandaloneClaimStep {
  readonly kind: "standalone_claim";
}

/**
 * Arrears capitalized into the UPB (`upb`; the P&I at the note rate and remaining term is then known
 * when `payment`) or moved into the partial claim, any excess capitalized (`partial_claim`).
 */
export interface CapitalizeStep {
  readonly kind: "capitalize";
  readonly into: "upb" | "partial_claim";
  readonly payment: boolean;
}

/** Shows the target. */
export interface TargetStep {
  readonly kind: "target";
}

/**
 * Rate and term set in one move: the offer rate over `termMonths`, or over the remaining term when
 * that is longer, up to `remainingUpToMonths`, when that is given.
 */
export interface ModifyStep {
  readonly kind: "modify";
  readonly rate: OfferRate;
  readonly termMonths: number;
  readonly remainingUpToMonths?: number;
}

/**
 * The rate lowered toward `floor`: in `increment` steps (`search: "steps"`) or straight to the floor
 * (`"straight"`), only when the MTMLTV is at least `minMtmltv` and the note rate is above the floor.
 * The rate never goes up.
 */
export interface RateStep {
  readonly kind: "rate";
  readonly search: "steps" | "straight";
  readonly increment?: string;
  readonly floor: RateFloor;
  /** For `"steps"`; `"straight"` stops at the floor. */
  readonly stop?: StopRule;
  readonly minMtmltv?: string;
}

/**
 * The term extended month by month (`"months"`) or straight (`"straight"`) to `maxMonths`. A
 * principal deferral into the partial claim made before is sized again at the new term.
 */
export interface TermStep {
  readonly kind: "term";
  readonly search: "months" | "straight";
  readonly maxMonths: number;
  /** For `"months"`; `"straight"` stops at `maxMonths`. */
  readonly stop?: StopRule;
}

/** Non-interest-bearing principal forbearance of `cap`, only when the MTMLTV is above `aboveMtmltv`. */
export interface ForbearanceStep {
  readonly kind: "forbearance";
  readonly cap: Cap;
  readonly aboveMtmltv?: string;
}

/** Principal deferred into what is left of the partial claim, as much as the target needs. */
export interface PartialClaimStep {
  readonly kind: "partial_claim";
}

export type LadderStep =
  | ClaimAvailableStep
  | StandaloneClaimStep
  | CapitalizeStep
  | TargetStep
  | ModifyStep
  | RateStep
  | TermStep
  | ForbearanceStep
  | PartialClaimStep;

/** The HAMP rate step-up after a modification below the interest-rate cap. */
export interface StepUp {
  /** The cap: the market rate, or PMMS rounded to the nearest `capIncrement`. */
  readonly capIncrement: string;
  readonly fixedYears: number;
  readonly perYear: string;
}

/** When a modification can be offered. */
export type Offerable =
  /** Its P&I is not above the pre-modification P&I. */
  | "payment_not_above_pre"
  /** The borrower is eligible and the target is met. */
  | "eligible_and_met"
  /** The target is met, or else its P&I is not above the pre-modification P&I. */
  | "met_or_payment_not_above_pre";

/** Who may be offered the modification, reported step by step and never applied silently. */
export type Eligibility =
  /** GSE Flex: delinquent (or imminent default), seasoned, not modified too often. */
  | {
      readonly kind: "gse";
      readonly minMonthsDelinquent: number;
      readonly minLoanAgeMonths: number;
      readonly maxPriorModifications: number;
    }
  /** The pre-modification housing ratio above the target ratio. */
  | { readonly kind: "housing_ratio_above_target" }
  /** No financial test may disqualify the borrower; `source` says where that rule is. */
  | { readonly kind: "no_financial_test"; readonly source: string }
  | { readonly kind: "none" };

export interface LadderParams {
  readonly eligibility: Eligibility;
  /** Days a payment past due counts for, where a rule speaks of days delinquent (60 days = 2 payments). */
  readonly daysPerPaymentPastDue?: number;
  readonly target: LadderTarget;
  readonly housingRatioLimit?: HousingRatioLimit;
  /** The partial claim's statutory maximum: this share of the UPB at default, less prior partial claims. */
  readonly partialClaimMaxShareOfDefaultUpb?: string;
  readonly offerable: Offerable;
  readonly steps: readonly LadderStep[];
  readonly stepUp?: StepUp;
}
