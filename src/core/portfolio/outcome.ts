import { LoanRecord } from "../record";
import { Result, ok } from "../result";
import { Evaluation } from "../programs/evaluation";
import { OptionOutcome } from "../programs/waterfall";
import { evaluateProgram } from "../programs/registry";
import { LoanNpv, loanNpv } from "../programs/loan-npv";
import { RegxDates, regxDates } from "../regx/deadlines";
import { NPV_2026, NpvAssumptions } from "../rules/npv-2026";

/** One loan's outcome: what every result column, report and worksheet reads. */
export interface LoanOutcome {
  /** The tape row the loan came from. */
  readonly row: number;
  readonly record: LoanRecord;
  /** The program asked for: AUTO or a rule-set id. */
  readonly program: string;
  /** The option chosen (AUTO), or the program's evaluation. */
  readonly evaluation: Evaluation;
  /** Every option AUTO tried, in order; absent for a single program. */
  readonly options?: readonly OptionOutcome[];
  /** The NPV test of the investor's modification, or why it could not be run. */
  readonly npv: Result<LoanNpv>;
  readonly regx: RegxDates;
}

export interface OutcomeOptions {
  /** AUTO (the investor's waterfall) or a rule-set id; AUTO when not given. */
  readonly program?: string;
  /** The NPV assumptions every loan starts from (settings); NPV-2026 when not given. */
  readonly assumptions?: NpvAssumptions;
}

/**
 * Evaluates one loan: the program (or AUTO's waterfall), the NPV test reusing every option already
 * evaluated, and the Reg X dates. Fails only when the program cannot evaluate the loan at all (a
 * field it needs is missing); an NPV that cannot be run is part of the outcome.
 */
export function evaluateLoan(
  row: number,
  record: LoanRecord,
  options: OutcomeOptions = {}
): Result<LoanOutcome> {
  const program = (options.program ?? "AUTO").trim().toUpperCase();
  const evaluated = evaluateProgram(program, record);
  if (!evaluated.ok) return evaluated;
  const evaluation = evaluated.value;
  const tried = "options" in evaluation ? evaluation.options : undefined;
  const known: Record<string, Evaluation> = {};
  if (tried) {
    for (const o of tried) if (o.evaluation) known[o.ruleSet] = o.evaluation;
  } else {
    known[evaluation.ruleSet] = evaluation;
  }
  const npv = loanNpv(record, options.assumptions ?? NPV_2026, known);
  return ok({
    row,
    record,
    program,
    evaluation,
    ...(tried ? { options: tried } : {}),
    npv,
    regx: regxDates(record),
  });
}
