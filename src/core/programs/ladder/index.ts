import { LoanRecord, requireFields } from "../../record";
import { Result, failWith, ok } from "../../result";
import { LadderParams } from "../../rules/ladder";
import { RuleSet } from "../../rules/rule-set";
import { Evaluation } from "../evaluation";
import { loanFacts } from "../loan-facts";
import { FieldUse, ProgramDescriptor, describeProgram, fieldIssues } from "../descriptor";
import { runLadder } from "./run";
import { Sentences, Wording, WordingOf } from "./wording";
import { CAPITALIZE_SENTENCES } from "./capitalize";
import { PARTIAL_CLAIM_SENTENCES } from "./partial-claim";
import { MODIFY_SENTENCES } from "./modify";
import { RATE_SENTENCES } from "./rate";
import { TERM_SENTENCES } from "./term";
import { FORBEARANCE_SENTENCES } from "./forbearance";
import { STEP_UP_SENTENCES } from "./finish";
import { REASON_SENTENCES } from "./reasons";

export { runLadder };
export type { Moment } from "./state";
export type { Sentences, WordingOf, Wording } from "./wording";
export { mtmltvShown } from "./capitalize";
export { capName, capParameter } from "./forbearance";
export { housingRatioShown, targetRatio, targetShown, targetsText } from "./targets";

/** The ladder's own sentence for every event, each from its step's file. */
const LADDER_SENTENCES: Sentences = {
  ...CAPITALIZE_SENTENCES,
  ...PARTIAL_CLAIM_SENTENCES,
  ...MODIFY_SENTENCES,
  ...RATE_SENTENCES,
  ...TERM_SENTENCES,
  ...FORBEARANCE_SENTENCES,
  ...STEP_UP_SENTENCES,
  ...REASON_SENTENCES,
};

/** A program's wording: its names and own sentences, the ladder's for the rest. */
export function wording(own: WordingOf): Wording {
  return { ...own, sentences: own.sentences ?? {}, fallback: LADDER_SENTENCES };
}

/**
 * A modification program's evaluation: the fields it needs (NA naming each one missing), then the
 * ladder. A housing-ratio limit that applies needs the income and escrow it is measured on.
 */
export function evaluateLadder(
  record: LoanRecord,
  rules: RuleSet<LadderParams>,
  words: Wording,
  use: FieldUse
): Result<Evaluation> {
  const issues = fieldIssues(record, use, rules.id);
  if (issues.length) return failWith(issues);
  const facts = loanFacts(record);
  const limit = rules.params.housingRatioLimit;
  if (
    limit &&
    facts.gmi === undefined &&
    (facts.monthsDelinquent ?? 0) < limit.belowMonthsDelinquent
  ) {
    const days = rules.params.daysPerPaymentPastDue;
    const below = limit.belowMonthsDelinquent;
    const loans =
      days === undefined
        ? `fewer than ${below} payments past due`
        : `under ${below * days} days delinquent`;
    const missing = requireFields(
      record,
      ["gross_monthly_income", "escrow_payment"],
      `${rules.id} (loans ${loans})`
    );
    if (missing.length) return failWith(missing);
  }
  return ok(runLadder(facts, rules, words));
}

/**
 * A modification program's descriptor: a workout whose modification the NPV test values, evaluated
 * by the ladder over its rule set in its wording.
 */
export function ladderProgram(d: {
  readonly rules: RuleSet<LadderParams>;
  readonly fields: FieldUse;
  readonly words: Wording;
  /** The plain name, when it is not the evaluation's. */
  readonly name?: string;
}): ProgramDescriptor {
  const words = d.words;
  return describeProgram({
    name: d.name ?? words.program,
    kind: "workout",
    rules: d.rules,
    ...d.fields,
    npv: "modification",
    evaluate: (record) => evaluateLadder(record, d.rules, words, d.fields),
  });
}
