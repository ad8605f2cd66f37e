import { LoanRecord, requireFields } from "../record";
import { Issue, Result, failWith, ok } from "../result";
import { AUTO, AutoParams } from "../rules/auto";
import { RuleSet } from "../rules/rule-set";
import { AuditStep, Evaluation } from "./evaluation";

/** A program: one loan record in, its evaluation (or the fields it lacks) out. */
export type Program = (record: LoanRecord) => Result<Evaluation>;

export interface WaterfallEvaluation extends Evaluation {
  /** Every option tried, in order, including the one chosen. */
  readonly options: readonly OptionOutcome[];
}

export interface OptionOutcome {
  readonly ruleSet: string;
  readonly works: boolean;
  readonly reason: string;
  readonly evaluation?: Evaluation;
}

/** An option works when the borrower is eligible and the option can be offered. */
export function works(e: Evaluation): boolean {
  return e.eligible && e.offerable;
}

/**
 * AUTO: the investor's options in order, stopping at the first that works; every option passed
 * over keeps its reasons (its audit steps stay in the trail).
 */
export function evaluateWaterfall(
  record: LoanRecord,
  programs: Readonly<Record<string, Program>>,
  rules: RuleSet<AutoParams> = AUTO
): Result<WaterfallEvaluation> {
  const missing = requireFields(record, ["investor"], rules.id);
  if (missing.length) return failWith(missing);
  const order = rules.params.order[record.investor!];
  const options: OptionOutcome[] = [];
  const steps: AuditStep[] = [];
  for (const id of order) {
    const program = programs[id];
    if (!program) {
      options.push({ ruleSet: id, works: false, reason: `${id} is not available` });
      steps.push({
        option: id,
        step: "option",
        parameter: id,
        pass: false,
        code: "NOT_AVAILABLE",
        reason: `${id} is not available in this version`,
      });
      continue;
    }
    const r = program(record);
    // An option that cannot be evaluated is never passed over for a later one: the fields it lacks decide.
    if (!r.ok) return failWith(stoppedAt(id, order.indexOf(id) + 1, record.investor!, r.issues));
    const e = r.value;
    steps.push(...e.steps);
    const ok2 = works(e);
    const reason = ok2
      ? e.reason
      : !e.eligible
        ? `not eligible: ${failedEligibility(e)}`
        : `not offerable: ${e.reason}`;
    options.push({ ruleSet: id, works: ok2, reason, evaluation: e });
    steps.push({
      option: id,
      step: "option",
      parameter: e.program,
      pi: e.newPi,
      pass: ok2,
      code: ok2 ? "CHOSEN" : "PASSED_OVER",
      reason: ok2 ? `chosen: ${e.reason}` : `passed over: ${reason}`,
    });
    if (ok2) return ok({ ...e, steps, options });
  }
  return ok({
    program: "No workout",
    ruleSet: rules.id,
    ruleSetVersion: rules.version,
    eligible: false,
    targetMet: false,
    offerable: false,
    reasonCode: "NO_OPTION",
    reason: `no option in the ${record.investor} waterfall works: ${options.map((o) => `${o.ruleSet}: ${o.reason}`).join(" | ")}`,
    steps,
    options,
  });
}

/**
 * The issues of an AUTO run stopped at an option it cannot evaluate: one per kind (NA for missing
 * fields, VALUE for malformed ones), each naming its fields.
 */
function stoppedAt(
  id: string,
  position: number,
  investor: string,
  issues: readonly Issue[]
): Issue[] {
  const out: Issue[] = [];
  for (const code of [...new Set(issues.map((i) => i.code))]) {
    const same = issues.filter((i) => i.code === code);
    out.push({
      code,
      field: same[0].field,
      value: same[0].value,
      reason: `AUTO stops at ${id}, option ${position} of the ${investor} waterfall, which cannot be evaluated: ${same.map((i) => i.reason).join("; ")}`,
    });
  }
  return out;
}

function failedEligibility(e: Evaluation): string {
  const failed = e.steps
    .filter((s) => s.step.startsWith("eligibility") && !s.pass)
    .map((s) => s.reason);
  return failed.length ? failed.join("; ") : e.reason;
}
