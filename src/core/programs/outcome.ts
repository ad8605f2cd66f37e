import Decimal from "decimal.js";
import { D } from "../money";
import { Cents } from "../verified-rounding";
import { mtmltvOf } from "./modification";
import type { AuditStep, Evaluation, StepUpPeriod } from "./evaluation";

/** A text made the first time it is asked for, and kept. */
export function once(make: () => string): () => string {
  let text: string | undefined;
  return () => (text ??= make());
}

/** An evaluation's fields but its reason. */
export type EvaluationFields = Omit<Evaluation, "reason">;

/** The ratios an evaluation makes when first read, from its cents. */
type Ratios = "mtmltv" | "piReduction" | "dtiAfter" | "stepUp";

/** The ratios that are Decimal fractions, and their place among those made. */
export type RatioName = "mtmltv" | "piReduction" | "dtiAfter";
const RATIO_INDEX: Readonly<Record<RatioName, number>> = { mtmltv: 0, piReduction: 1, dtiAfter: 2 };

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

  /**
   * A ratio as the number a cell holds, the double nearest its Decimal, without making the Decimal
   * when it is a quotient of whole cents a / b: the double a / b is that number. It is the correctly
   * rounded quotient, and the Decimal quotient (34 digits, within 5e-34 of a / b relative) lies on the
   * same side of every midpoint between doubles as a / b does: for |a|, |b| < 2^53 such a midpoint
   * is at least 2^-107 of a / b away from it, and a / b is never one (ratio-numbers.test.ts).
   */
  ratioNumber(name: RatioName): number | undefined {
    const made = this.made;
    if (made !== undefined) return made[RATIO_INDEX[name]]?.toNumber();
    const g = this.given;
    const given = g instanceof Outcome ? g.ratioNumber(name) : g[name]?.toNumber();
    if (given !== undefined) return given;
    const r = this.ratios;
    let num: number;
    let den: number;
    if (name === "mtmltv") {
      if (r.principal === undefined || !r.value || r.value <= 0) return undefined;
      num = r.principal;
      den = r.value;
    } else if (name === "piReduction") {
      if (!(r.pre! > 0)) return undefined;
      num = r.pre! - (this.newPi ?? 0);
      den = r.pre!;
    } else {
      if (!r.gmi) return undefined;
      num = this.newPitia ?? 0;
      den = r.gmi;
    }
    return Number.isSafeInteger(num) && Number.isSafeInteger(den)
      ? num / den
      : this[name]?.toNumber();
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
