import Decimal from "decimal.js";
import { D } from "../money";
import { Cents } from "../verified-rounding";
import { mtmltvOf } from "./modification";

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
  private payment: Cents | undefined | (() => Cents);

  /** `pi` may be a function, for a P&I made only when read (a step-up schedule's last payment). */
  constructor(
    readonly option: string,
    readonly step: string,
    parameter: Text<A>,
    readonly pass: boolean,
    readonly code: string,
    reason: Text<A>,
    pi: Cents | undefined | (() => Cents),
    private readonly about: A
  ) {
    this.shownParameter = parameter;
    this.shownReason = reason;
    this.payment = pi;
  }

  get pi(): Cents | undefined {
    const p = this.payment;
    return typeof p === "function" ? (this.payment = p()) : p;
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
    pi: Cents | undefined | (() => Cents),
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

/** The ratios an evaluation makes when first read, from its cents. */
type Ratios = "mtmltv" | "piReduction" | "dtiAfter" | "stepUp";

/**
 * What an evaluation's ratios are made of, in cents: MTMLTV = principal / value (when the value is
 * positive); P&I reduction = (pre − new P&I) / pre (when pre is positive); housing ratio after =
 * new PITIA / gross monthly income (when the income is positive). A ratio given in the fields is
 * taken as it is.
 */
export interface RatioInputs {
  readonly principal?: Cents;
  readonly value?: Cents;
  readonly pre?: Cents;
  readonly gmi?: Cents;
  /** The step-up schedule, made when first read (in place of the fields' `stepUp`). */
  readonly stepUp?: () => readonly StepUpPeriod[];
}

type Writable<T> = { -readonly [K in keyof T]: T[K] };

// The class carries every field of Evaluation (declared there, once); the ratios are getters.
// eslint-disable-next-line @typescript-eslint/no-unused-vars
export interface Outcome<A> extends Omit<EvaluationFields, Ratios> {}

/**
 * An evaluation whose `reason` is made from `about` when first read, and kept; so are its ratios
 * (Decimal divisions), from its cents. Its other fields are its own properties, always in the same
 * order; `toJSON` gives it as plain data, reason and ratios included.
 */
export class Outcome<A = unknown> implements Evaluation {
  private text?: string;
  private made?: readonly [Decimal | undefined, Decimal | undefined, Decimal | undefined];
  private readonly given: Pick<EvaluationFields, Ratios>;

  /** `steps`, when given, replaces the fields' (a waterfall's whole trail). */
  constructor(
    f: EvaluationFields,
    private readonly say: (about: A) => string,
    private readonly about: A,
    steps: readonly AuditStep[] = f.steps,
    readonly ratios: RatioInputs = NO_RATIOS
  ) {
    const self = this as Writable<Omit<EvaluationFields, Ratios>>;
    self.program = f.program;
    self.ruleSet = f.ruleSet;
    self.ruleSetVersion = f.ruleSetVersion;
    self.eligible = f.eligible;
    self.targetMet = f.targetMet;
    self.offerable = f.offerable;
    self.capitalizedUpb = f.capitalizedUpb;
    self.newRate = f.newRate;
    self.newTerm = f.newTerm;
    self.forbearance = f.forbearance;
    self.interestBearingUpb = f.interestBearingUpb;
    self.partialClaim = f.partialClaim;
    self.newPi = f.newPi;
    self.newPitia = f.newPitia;
    self.reasonCode = f.reasonCode;
    self.steps = steps;
    self.amounts = f.amounts;
    this.given = f;
  }

  get reason(): string {
    return (this.text ??= this.say(this.about));
  }

  get mtmltv(): Decimal | undefined {
    return (this.made ??= this.makeRatios())[0];
  }

  get piReduction(): Decimal | undefined {
    return (this.made ??= this.makeRatios())[1];
  }

  get dtiAfter(): Decimal | undefined {
    return (this.made ??= this.makeRatios())[2];
  }

  get stepUp(): readonly StepUpPeriod[] | undefined {
    return this.ratios.stepUp ? this.ratios.stepUp() : this.given.stepUp;
  }

  private makeRatios() {
    const g = this.given;
    const r = this.ratios;
    const mtmltv =
      g.mtmltv ?? (r.principal === undefined ? undefined : mtmltvOf(r.principal, r.value));
    const newPi = this.newPi ?? 0;
    const piReduction =
      g.piReduction ?? (r.pre! > 0 ? new D(r.pre! - newPi).div(r.pre!) : undefined);
    const dtiAfter = g.dtiAfter ?? (r.gmi ? new D(this.newPitia ?? 0).div(r.gmi) : undefined);
    return [mtmltv, piReduction, dtiAfter] as const;
  }

  /** The evaluation as plain data (what JSON and the faces see). */
  toJSON(): Evaluation {
    const {
      say: _say,
      about: _about,
      text: _text,
      made: _made,
      given: _given,
      ratios: _ratios,
      ...fields
    } = this;
    return {
      ...fields,
      mtmltv: this.mtmltv,
      piReduction: this.piReduction,
      dtiAfter: this.dtiAfter,
      stepUp: this.stepUp,
      reason: this.reason,
    };
  }
}

const NO_RATIOS: RatioInputs = {};

/** An evaluation whose reason is made from `about` when first read. */
export function withReason<A>(
  fields: EvaluationFields,
  say: (about: A) => string,
  about: A,
  ratios?: RatioInputs
): Evaluation {
  return new Outcome(fields, say, about, fields.steps, ratios);
}
