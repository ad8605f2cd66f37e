/**
 * The investor's waterfall for a table's loans, as the Portfolio page's run counts them: the
 * option each loan's AUTO order recommends and the evaluations it made on the way.
 */
import { evaluateProgram } from "../../core/programs/registry";
import type { WaterfallEvaluation } from "../../core/programs/waterfall";
import type { Evaluation } from "../../core/programs/evaluation";
import type { Result } from "../../core/result";
import type { LoanRecord } from "../loan/parse-field";

/** The investor's waterfall for one loan: the first option that works, and every option tried. */
export function recommend(record: LoanRecord): Result<WaterfallEvaluation> {
  return evaluateProgram("AUTO", record) as Result<WaterfallEvaluation>;
}

/** The evaluations a waterfall made, by rule-set id, for the NPV test to reuse. */
export function waterfallEvaluations(w: WaterfallEvaluation): Record<string, Evaluation> {
  const out: Record<string, Evaluation> = {};
  for (const o of w.options) if (o.evaluation) out[o.ruleSet] = o.evaluation;
  return out;
}
