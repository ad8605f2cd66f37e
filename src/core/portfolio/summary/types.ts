import { CalendarDate } from "../../calendar-date";
import { Cents } from "../../verified-rounding";
import { CalendarEntry } from "./calendar";
import { WorkoutClass } from "./workout";

/** A count of loans and their unpaid principal balance in cents. */
export interface Amount {
  count: number;
  upb: Cents;
}

/** One line of a summary table: a label, loans and UPB. */
export interface SummaryLine {
  readonly label: string;
  readonly count: number;
  readonly upb: Cents;
}

/** A group of a breakdown (an investor, a state, a delinquency bucket). */
export interface GroupLine extends SummaryLine {
  readonly key: string;
  /** Loans 30 or more days delinquent. */
  readonly delinquent: number;
  /** Loans at or beyond the seriously delinquent days (90 or more). */
  readonly serious: number;
  /** Loans by workout class, in WORKOUT_CLASSES order. */
  readonly classes: readonly number[];
  /** The NPV benefit the group's counted modifications add up to (see PortfolioSummary.npv). */
  readonly npvBenefit: Cents;
}

/** The counts of the run: rows read = evaluated + rejected; rejected = failed the check + not evaluable. */
export interface SummaryCounts {
  readonly read: number;
  readonly evaluated: number;
  readonly rejected: number;
  readonly blank: number;
  /** Rows that passed the tape check but the program could not evaluate (a field it needs is missing). */
  readonly notEvaluable: number;
  /** Rows the tape check rejected (rejected − notEvaluable). */
  readonly failedCheck: number;
}

/**
 * The portfolio report's figures, every one derivable from the per-loan rows (the counts of rows
 * not evaluated from the exceptions list). Money in whole cents.
 */
export interface PortfolioSummary {
  readonly rules: { readonly id: string; readonly version: string };
  readonly counts: SummaryCounts;
  /** The loans' as-of dates: first and last (the same date for a tape taken on one day). */
  readonly asOf?: { readonly first: CalendarDate; readonly last: CalendarDate };
  readonly loans: SummaryLine;
  /** Current, 30-59, 60-89, 90-119, 120+ days (then "not known" when any loan lacks the days). */
  readonly delinquency: readonly SummaryLine[];
  /** Loans 30 or more days delinquent, and seriously delinquent (90 or more). */
  readonly delinquent: SummaryLine;
  readonly seriouslyDelinquent: SummaryLine;
  /** The recommended workouts, class by class, most loans first within a class; no workout last. */
  readonly workouts: readonly (SummaryLine & {
    key: string;
    /** The option's rule-set id ("" for no workout). */
    ruleSet: string;
    workoutClass: WorkoutClass;
  })[];
  readonly classes: readonly (SummaryLine & { workoutClass: WorkoutClass })[];
  /**
   * The NPV benefit over foreclosure of the recommended workouts the NPV test values: summed over
   * the loans whose recommended workout is the investor's modification program (the option the
   * NPV test values) and whose NPV test ran on that same option.
   */
  readonly npv: {
    /** Loans recommended the investor's modification program (a modification, or FHA's standalone partial claim). */
    readonly modifications: SummaryLine;
    /** Of those, the loans whose NPV test valued that option. */
    readonly tested: SummaryLine;
    /** npv_mod − npv_fc summed over `tested`. */
    readonly benefit: Cents;
    readonly positive: { readonly count: number; readonly benefit: Cents };
    readonly notPositive: { readonly count: number; readonly benefit: Cents };
    /** Recommended modifications without an NPV of that modification (no PMMS, another program). */
    readonly untested: SummaryLine;
  };
  readonly byInvestor: readonly GroupLine[];
  readonly byState: readonly GroupLine[];
  readonly byBucket: readonly GroupLine[];
  readonly modifications: {
    readonly loans: SummaryLine;
    /** Each kind of change (a loan may have several), in MODIFICATION_CHANGES order. */
    readonly changes: readonly SummaryLine[];
    /** Each combination of changes, most loans first. */
    readonly combinations: readonly SummaryLine[];
    /** The OCC payment-change buckets of the monthly principal and interest. */
    readonly payment: readonly SummaryLine[];
    /** Monthly P&I before and after, summed over the modifications with both. */
    readonly piBefore: Cents;
    readonly piAfter: Cents;
    readonly withPayment: number;
  };
  readonly calendar: {
    readonly windowDays: number;
    /** Soonest first. */
    readonly entries: readonly CalendarEntry[];
    /** Entries by deadline, in DEADLINES order. */
    readonly byDeadline: readonly { readonly label: string; readonly count: number }[];
    /** Loans with at least one deadline in the window. */
    readonly loans: number;
  };
  /** Every rule set the loans' results name, with its version, and PORTFOLIO-METRICS. */
  readonly ruleSets: readonly { readonly id: string; readonly version: string }[];
}
