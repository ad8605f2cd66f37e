import Decimal from "decimal.js";
import { Cents } from "../verified-rounding";

/**
 * What every program evaluation returns (docs/functions.md, "Record-based functions"), with the
 * audit trail of every step it tried: the parameter, the P&I it gave, pass or fail, and a reason
 * code and sentence.
 */
export interface AuditStep {
  /** The option evaluated (a rule-set id), so a waterfall's trail says which option each step belongs to. */
  readonly option: string;
  /** The step: "capitalize", "rate", "term", "forbearance", "eligibility: loan age", ... */
  readonly step: string;
  /** The step's parameter as shown: "4.375%", "480 months", "$25,000.00". */
  readonly parameter: string;
  /** The P&I the step gave, when it computed one. */
  readonly pi?: Cents;
  readonly pass: boolean;
  readonly code: string;
  readonly reason: string;
}

/** One period of a rate step-up schedule (HAMP): months `fromMonth`..`toMonth` at `rate`. */
export interface StepUpPeriod {
  readonly fromMonth: number;
  readonly toMonth: number;
  readonly rate: Decimal;
  readonly pi: Cents;
}

export interface Evaluation {
  /** The option's plain name ("GSE Flex Modification"). */
  readonly program: string;
  readonly ruleSet: string;
  readonly ruleSetVersion: string;
  readonly eligible: boolean;
  readonly targetMet: boolean;
  /** Whether the option can be offered: it works for the borrower under the rule set. */
  readonly offerable: boolean;
  readonly capitalizedUpb?: Cents;
  readonly mtmltv?: Decimal;
  readonly newRate?: Decimal;
  readonly newTerm?: number;
  readonly forbearance?: Cents;
  readonly interestBearingUpb?: Cents;
  readonly partialClaim?: Cents;
  readonly newPi?: Cents;
  readonly newPitia?: Cents;
  /** (pre − new) / pre, unrounded. */
  readonly piReduction?: Decimal;
  /** New PITIA / gross monthly income, unrounded. */
  readonly dtiAfter?: Decimal;
  readonly reasonCode: string;
  readonly reason: string;
  readonly steps: readonly AuditStep[];
  /** Payment changes after the modification (HAMP step-up). */
  readonly stepUp?: readonly StepUpPeriod[];
  /** Other amounts an option produces (deferred balance, plan months, net proceeds ...), by name. */
  readonly amounts?: Readonly<Record<string, Cents>>;
}

export { Trail, TrailStep } from "./trail";
export type { Text } from "./trail";
export { Outcome, once, withReason } from "./outcome";
export type { EvaluationFields, RatioInputs } from "./outcome";
