import { LoanRecord } from "../record";
import { Result, fail } from "../result";
import { AUTO, AutoParams } from "../rules/auto";
import { RuleSet } from "../rules/rule-set";
import { Evaluation } from "./evaluation";
import { WaterfallEvaluation, walkWaterfall } from "./waterfall";
import { CATALOGUE, programById } from "./catalogue";

/** The ids LM.WATERFALL accepts: AUTO, then every program's. */
export const PROGRAM_IDS: readonly string[] = ["AUTO", ...CATALOGUE.map((d) => d.id)];

/**
 * AUTO: the investor's options in the order of `rules` (AUTO's), each evaluated by the catalogue's
 * program of that id; an id the catalogue lacks is an option not available.
 */
export function evaluateWaterfall(
  record: LoanRecord,
  rules: RuleSet<AutoParams> = AUTO
): Result<WaterfallEvaluation> {
  return walkWaterfall(record, (id) => programById(id)?.evaluate(record), rules);
}

/** Evaluates one loan under a rule set, or under the investor's whole waterfall for `AUTO`. */
export function evaluateProgram(
  id: string,
  record: LoanRecord
): Result<Evaluation | WaterfallEvaluation> {
  const key = id.trim().toUpperCase();
  if (key === "AUTO") return evaluateWaterfall(record);
  const program = programById(key);
  if (!program)
    return fail(
      "VALUE",
      `unknown program "${id}"; use one of ${PROGRAM_IDS.join(", ")}`,
      "program",
      id
    );
  return program.evaluate(record);
}
