import type { Moment, StepKind } from "./state";
import type { CAPITALIZE_SENTENCES } from "./capitalize";
import type { PARTIAL_CLAIM_SENTENCES } from "./partial-claim";
import type { MODIFY_SENTENCES } from "./modify";
import type { RATE_SENTENCES } from "./rate";
import type { TERM_SENTENCES } from "./term";
import type { FORBEARANCE_SENTENCES } from "./forbearance";
import type { STEP_UP_SENTENCES } from "./finish";
import type { REASON_SENTENCES } from "./reasons";

/**
 * What the ladder can say happened, one sentence each: the events of every step, named by the
 * step's own sentences (each step's file words its events). A program may word any of them its own
 * way. Every number a sentence shows comes from the moment it describes or from the rule set, never
 * a literal.
 */
export type LadderEvent = keyof (typeof CAPITALIZE_SENTENCES &
  typeof PARTIAL_CLAIM_SENTENCES &
  typeof MODIFY_SENTENCES &
  typeof RATE_SENTENCES &
  typeof TERM_SENTENCES &
  typeof FORBEARANCE_SENTENCES &
  typeof STEP_UP_SENTENCES &
  typeof REASON_SENTENCES);

export type Sentence = (m: Moment) => string;
export type Sentences = { readonly [E in LadderEvent]: Sentence };

/** The audit trail's name of each step, and of the parts of a step that have their own line. */
export type StepName = StepKind | "arrears_to_claim" | "step_up";

/** The audit trail's names of the steps. */
export const STEP_NAMES: { readonly [S in StepName]: string } = {
  claim_available: "partial claim available",
  standalone_claim: "standalone partial claim",
  capitalize: "capitalize",
  arrears_to_claim: "arrears to partial claim",
  target: "target",
  modify: "modify",
  rate: "rate",
  term: "term",
  forbearance: "forbearance",
  partial_claim: "partial claim",
  step_up: "step-up",
};

/** How a program words its ladder: its plain names, and what it words its own way. */
export interface WordingOf {
  /** The evaluation's plain name ("GSE Flex Modification"). */
  readonly program: string;
  /** The standalone partial claim's plain name, for a ladder that has one. */
  readonly standaloneProgram?: string;
  /** Audit step names, where the program names a step its own way. */
  readonly stepNames?: Partial<Record<StepName, string>>;
  /** How the evaluation's reason names the step that met the target ("rate reduction"). */
  readonly stageNames?: Partial<Record<StepKind, string>>;
  readonly sentences?: Partial<Sentences>;
}

/** A program's wording with the ladder's own sentences for every event it does not word. */
export interface Wording extends WordingOf {
  readonly sentences: Partial<Sentences>;
  readonly fallback: Sentences;
}
