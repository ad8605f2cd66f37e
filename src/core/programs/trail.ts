import { Cents } from "../verified-rounding";
import type { AuditStep } from "./evaluation";

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
