import Decimal from "decimal.js";
import { Cents } from "../verified-rounding";

/**
 * What every program evaluation returns (functions.md, "Result fields"), with the audit trail of
 * every step it tried: the parameter, the P&I it gave, pass or fail, and a reason code and sentence.
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

/**
 * A text: given as it is, or as a function of what it describes, called when the text is first read.
 * A loan's trail holds a dozen sentences; a tape run reads few of them, so they are made on demand.
 */
export type Text<A = undefined> = string | ((about: A) => string);

/**
 * One audit step. Its code, pass, P&I and the numbers it describes are kept; its parameter and
 * sentence are made the first time they are read, and kept (the same text however often it is read).
 */
export class TrailStep<A = undefined> implements AuditStep {
  private shownParameter: Text<A>;
  private shownReason: Text<A>;

  constructor(
    readonly option: string,
    readonly step: string,
    parameter: Text<A>,
    readonly pass: boolean,
    readonly code: string,
    reason: Text<A>,
    readonly pi: Cents | undefined,
    private readonly about: A
  ) {
    this.shownParameter = parameter;
    this.shownReason = reason;
  }

  get parameter(): string {
    const p = this.shownParameter;
    return typeof p === "string" ? p : (this.shownParameter = p(this.about));
  }

  get reason(): string {
    const r = this.shownReason;
    return typeof r === "string" ? r : (this.shownReason = r(this.about));
  }

  /** The step as plain data (what JSON and the faces see). */
  toJSON(): AuditStep {
    const { option, step, parameter, pi, pass, code, reason } = this;
    return pi === undefined
      ? { option, step, parameter, pass, code, reason }
      : { option, step, parameter, pi, pass, code, reason };
  }
}

/** Collects a program's audit steps under its rule-set id. */
export class Trail {
  readonly steps: AuditStep[] = [];
  constructor(readonly option: string) {}

  /** A step whose parameter and sentence are texts (strings, or functions called when first read). */
  add(step: string, parameter: Text, pass: boolean, code: string, reason: Text, pi?: Cents): this {
    this.steps.push(new TrailStep(this.option, step, parameter, pass, code, reason, pi, undefined));
    return this;
  }

  /** A step whose parameter and sentence are made from `about` when first read. */
  note<A>(
    step: string,
    parameter: (about: A) => string,
    pass: boolean,
    code: string,
    reason: (about: A) => string,
    pi: Cents | undefined,
    about: A
  ): this {
    this.steps.push(new TrailStep(this.option, step, parameter, pass, code, reason, pi, about));
    return this;
  }
}

/**
 * An evaluation whose `reason` is made from `about` when first read. The sentence is an own
 * property (a getter), so copies made by spreading carry the text.
 */
export function withReason<A>(
  fields: Omit<Evaluation, "reason">,
  say: (about: A) => string,
  about: A
): Evaluation {
  let text: string | undefined;
  return Object.defineProperty(fields, "reason", {
    get: () => (text ??= say(about)),
    enumerable: true,
  }) as Evaluation;
}
