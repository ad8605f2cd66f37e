import { LoanRecord, requireFields } from "../record";
import { Investor } from "../record-fields";
import { Result, failWith, fail, ok } from "../result";
import { AUTO, AutoParams } from "../rules/auto";
import { RuleSet } from "../rules/rule-set";
import { Evaluation } from "./evaluation";
import { ProgramDescriptor } from "./descriptor";
import { programById } from "./catalogue";
import { WaterfallEvaluation, walkWaterfall, works } from "./waterfall";

export { optionsFor } from "./catalogue";

/** One option of the investor's AUTO order, evaluated. */
export interface ComparedOption {
  /** The rule-set id the AUTO order names. */
  readonly id: string;
  /** Its 1-based place in the AUTO order. */
  readonly position: number;
  /** Its descriptor; undefined when the order names a program this version does not have. */
  readonly program?: ProgramDescriptor;
  /** Its evaluation, or the issues that kept it from being evaluated. */
  readonly result: Result<Evaluation>;
  /** Evaluated, eligible and offerable. */
  readonly works: boolean;
  /** The required fields the record lacks (NA issues), when it could not be evaluated for them. */
  readonly missing: readonly string[];
}

/** Every option of a loan's waterfall evaluated side by side, and what AUTO recommends. */
export interface OptionsComparison {
  readonly investor: Investor;
  /** Every option of the investor's AUTO order, in order, each evaluated (not stopping at the first that works). */
  readonly options: readonly ComparedOption[];
  /** The option AUTO recommends; undefined when AUTO recommends none (or could not decide). */
  readonly recommended?: ComparedOption;
  /** The AUTO evaluation itself, from the same evaluations (what LM.WATERFALL "AUTO" gives). */
  readonly auto: Result<WaterfallEvaluation>;
}

/**
 * The investor's options compared (the task pane's Options page, the program-comparison worksheet,
 * the evaluation notice, the portfolio report): every option of its AUTO order evaluated, whether
 * each works, and the one AUTO recommends, with the AUTO evaluation built from the same evaluations.
 */
export function compareOptions(
  record: LoanRecord,
  rules: RuleSet<AutoParams> = AUTO
): Result<OptionsComparison> {
  const missing = requireFields(record, ["investor"], rules.id);
  if (missing.length) return failWith(missing);
  const investor = record.investor!;
  const options: ComparedOption[] = rules.params.order[investor].map((id, i) => {
    const program = programById(id);
    const result: Result<Evaluation> = program
      ? program.evaluate(record)
      : fail("NA", `${id} is not available in this version`, "program", id);
    return {
      id,
      position: i + 1,
      program,
      result,
      works: result.ok && works(result.value),
      missing:
        result.ok || !program
          ? []
          : result.issues
              .filter((x) => x.code === "NA" && x.field !== undefined)
              .map((x) => x.field!),
    };
  });
  const byId = new Map(options.map((o) => [o.id, o]));
  const auto = walkWaterfall(
    record,
    (id) => (byId.get(id)?.program ? byId.get(id)!.result : undefined),
    rules
  );
  const recommended =
    auto.ok && auto.value.reasonCode !== "NO_OPTION" ? byId.get(auto.value.ruleSet) : undefined;
  return ok({ investor, options, recommended, auto });
}
