import { LoanRecord } from "../record";
import { Result, fail } from "../result";
import { Evaluation } from "./evaluation";
import { Program, WaterfallEvaluation, evaluateWaterfall } from "./waterfall";
import { CATALOGUE } from "./catalogue";

/** Every program by its rule-set id: what LM.WATERFALL's `program` argument and the AUTO order name. */
export const PROGRAMS: Readonly<Record<string, Program>> = Object.fromEntries(
  CATALOGUE.map((d) => [d.id, d.evaluate])
);

/** The ids LM.WATERFALL accepts: AUTO, then every program's. */
export const PROGRAM_IDS: readonly string[] = ["AUTO", ...CATALOGUE.map((d) => d.id)];

/** Evaluates one loan under a rule set, or under the investor's whole waterfall for `AUTO`. */
export function evaluateProgram(
  id: string,
  record: LoanRecord
): Result<Evaluation | WaterfallEvaluation> {
  const key = id.trim().toUpperCase();
  if (key === "AUTO") return evaluateWaterfall(record, PROGRAMS);
  const program = PROGRAMS[key];
  if (!program)
    return fail(
      "VALUE",
      `unknown program "${id}"; use one of ${PROGRAM_IDS.join(", ")}`,
      "program",
      id
    );
  return program(record);
}
