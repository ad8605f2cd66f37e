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

/** A text made the first time it is asked for, and kept. */
export function once(make: () => string): () => string {
  let text: string | undefined;
  return () => (text ??= make());
}

/** An evaluation's fields but its reason. */
export type EvaluationFields = Omit<Evaluation, "reason">;

type Writable<T> = { -readonly [K in keyof T]: T[K] };

// The class carries every field of Evaluation (declared there, once).
// eslint-disable-next-line @typescript-eslint/no-unused-vars
export interface Outcome<A> extends EvaluationFields {}

/**
 * An evaluation whose `reason` is made from `about` when first read, and kept. Its other fields are
 * its own properties, always in the same order; `toJSON` gives it as plain data, reason included.
 */
export class Outcome<A = unknown> implements Evaluation {
  private text?: string;

  /** `steps`, when given, replaces the fields' (a waterfall's whole trail). */
  constructor(
    f: EvaluationFields,
    private readonly say: (about: A) => string,
    private readonly about: A,
    steps: readonly AuditStep[] = f.steps
  ) {
    const self = this as Writable<EvaluationFields>;
    self.program = f.program;
    self.ruleSet = f.ruleSet;
    self.ruleSetVersion = f.ruleSetVersion;
    self.eligible = f.eligible;
    self.targetMet = f.targetMet;
    self.offerable = f.offerable;
    self.capitalizedUpb = f.capitalizedUpb;
    self.mtmltv = f.mtmltv;
    self.newRate = f.newRate;
    self.newTerm = f.newTerm;
    self.forbearance = f.forbearance;
    self.interestBearingUpb = f.interestBearingUpb;
    self.partialClaim = f.partialClaim;
    self.newPi = f.newPi;
    self.newPitia = f.newPitia;
    self.piReduction = f.piReduction;
    self.dtiAfter = f.dtiAfter;
    self.reasonCode = f.reasonCode;
    self.steps = steps;
    self.stepUp = f.stepUp;
    self.amounts = f.amounts;
  }

  get reason(): string {
    return (this.text ??= this.say(this.about));
  }

  /** The evaluation as plain data (what JSON and the faces see). */
  toJSON(): Evaluation {
    const { say: _say, about: _about, text: _text, ...fields } = this;
    return { ...fields, reason: this.reason };
  }
}

/** An evaluation whose reason is made from `about` when first read. */
export function withReason<A>(
  fields: EvaluationFields,
  say: (about: A) => string,
  about: A
): Evaluation {
  return new Outcome(fields, say, about);
}
