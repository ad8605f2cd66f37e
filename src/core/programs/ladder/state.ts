import Decimal from "decimal.js";
import { Cents } from "../../verified-rounding";
import { Cap, LadderParams, LadderStep, OfferRate } from "../../rules/ladder";
import { RuleSet } from "../../rules/rule-set";
import { LoanFacts } from "../loan-facts";
import { StepUpPeriod, Trail } from "../evaluation";
import { ceilShare, floorShare } from "../cent-shares";
import { pi } from "../modification";
import { LadderEvent, STEP_NAMES, Sentence, StepName, Wording } from "./wording";

/** A step kind of the ladder, as the rule set declares it. */
export type StepKind = LadderStep["kind"];

/** What a step adds to the moment it describes, beyond the ladder's state. */
export interface MomentDetail {
  /** The term a term step started from. */
  readonly from?: number;
  /** How many rate steps were taken. */
  readonly steps?: number;
  /** The next value of a search, the one that would go below the target. */
  readonly next?: Decimal | number;
  /** What the target needs (forbearance, partial claim). */
  readonly needed?: Cents;
  /** An amount's cap without what the target needs. */
  readonly limit?: Cents;
  /** The cap that set the amount. */
  readonly binding?: Cap;
  /** The P&I equals the target exactly. */
  readonly exact?: boolean;
  /** The step that met the target (for the evaluation's reason). */
  readonly stage?: StepKind;
}

const NO_DETAIL: MomentDetail = {};

/**
 * One run of the ladder over a loan: the facts, the rule set, the target, and the terms as the steps
 * change them. Steps read and change it; sentences read moments of it.
 */
export class LadderRun {
  readonly p: LadderParams;
  readonly trail: Trail;
  /** The evaluation's plain name; the standalone partial claim has its own. */
  program: string;
  eligible = true;

  /** The P&I a reduction is measured against. */
  pre: Cents = 0;
  /** The target P&I: the new P&I must be at most this. */
  target: Cents = 0;
  /** The target housing payment (PITIA) of a housing-ratio target. */
  targetPitia: Cents = 0;
  /** The target P&I used to size an amount: a housing-ratio target below zero counts as zero. */
  sizing: Cents = 0;
  /** Whether the housing-ratio limit applies as a second target. */
  limitApplies = false;

  /** Capitalizable arrears; the principal after capitalization (the modified UPB). */
  arrears: Cents = 0;
  gross: Cents = 0;
  /** The principal the MTMLTV is of (the gross UPB), once capitalization has set it. */
  mtmltvPrincipal?: Cents;

  /** The partial claim: its statutory maximum, what prior claims leave, and what holds arrears. */
  statutory: Cents = 0;
  available: Cents = 0;
  toClaim: Cents = 0;
  capitalized: Cents = 0;
  left: Cents = 0;

  /** The step running, and the offer rate of the modify step (the market rate and its cap). */
  step?: LadderStep;
  offer?: OfferRate;
  market?: Decimal;
  rateCap?: Decimal;
  /** The arrears went into the partial claim (so a claim with nothing left is exhausted, not used up). */
  claimHoldsArrears = false;
  /** The HAMP step-up: the interest-rate cap and the schedule (made when read). */
  stepUpCap?: Decimal;
  stepUpSchedule?: () => readonly StepUpPeriod[];

  rate: Decimal;
  term: number;
  forbearance: Cents = 0;
  deferred: Cents = 0;
  current: Cents = 0;
  /** A payment computed and not yet tested against the target, and the step that computed it. */
  pending?: StepKind;

  constructor(
    readonly f: LoanFacts,
    readonly rules: RuleSet<LadderParams>,
    readonly words: Wording
  ) {
    this.p = rules.params;
    this.trail = new Trail(rules.id);
    this.program = words.program;
    this.rate = f.noteRate;
    this.term = f.remainingTerm;
  }

  /** The interest-bearing principal: the gross UPB less principal forbearance and principal deferred. */
  get interestBearing(): Cents {
    return this.gross - this.forbearance - this.deferred;
  }

  /** Prices the terms now: the P&I of the interest-bearing principal at the rate and term, made current. */
  reprice(): Cents {
    return (this.current = pi(this.interestBearing, this.rate, this.term));
  }

  /** MTMLTV < `share`, exactly: gross < ⌈share × value⌉ in cents (no division). */
  mtmltvBelow(share: string): boolean {
    return this.gross < ceilShare(this.f.value!, share);
  }

  /** MTMLTV > `share`, exactly: gross > ⌊share × value⌋ in cents. */
  mtmltvAbove(share: string): boolean {
    return this.gross > floorShare(this.f.value!, share);
  }

  /** The sentence of an event: the program's own wording, else the ladder's. */
  say(event: LadderEvent): Sentence {
    return this.words.sentences[event] ?? this.words.fallback[event];
  }

  /** The step's name in the audit trail. */
  stepName(name: StepName): string {
    return this.words.stepNames?.[name] ?? STEP_NAMES[name];
  }

  /** Adds an audit step about this moment, its parameter and sentence made when first read. */
  note(
    name: StepName,
    parameter: (m: Moment) => string,
    pass: boolean,
    code: string,
    event: LadderEvent,
    pi: Cents | undefined | (() => Cents),
    detail: MomentDetail = NO_DETAIL
  ): void {
    this.trail.note(
      this.stepName(name),
      parameter,
      pass,
      code,
      this.say(event),
      pi,
      new Moment(this, detail)
    );
  }
}

/** The ladder's terms at one point, with what the step adds: what a sentence describes. */
export class Moment {
  readonly rate: Decimal;
  readonly term: number;
  readonly pi: Cents;
  readonly forbearance: Cents;
  readonly deferred: Cents;
  /** The step this moment belongs to, as the rule set declares it. */
  readonly step?: LadderStep;

  constructor(
    readonly run: LadderRun,
    readonly detail: MomentDetail = NO_DETAIL
  ) {
    this.rate = run.rate;
    this.term = run.term;
    this.pi = run.current;
    this.forbearance = run.forbearance;
    this.deferred = run.deferred;
    this.step = run.step;
  }
}
