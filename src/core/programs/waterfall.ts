import { LoanRecord, requireFields } from "../record";
import { Issue, Result, failWith, ok } from "../result";
import { AUTO, AutoParams } from "../rules/auto";
import { RuleSet } from "../rules/rule-set";
import { AuditStep, Evaluation, EvaluationFields, Outcome, TrailStep, once } from "./evaluation";

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
 * over keeps its reasons (its audit steps stay in the trail). An option that cannot be evaluated
 * (fields missing or malformed) is never passed over for a later one: the result is then its
 * issues, naming the fields. Options are evaluated by `evaluate` (undefined: the option is not
 * available), so that options already evaluated (a comparison of every option) are not evaluated
 * again; registry.ts's evaluateWaterfall evaluates them by the catalogue.
 */
export function walkWaterfall(
  record: LoanRecord,
  evaluate: (id: string) => Result<Evaluation> | undefined,
  rules: RuleSet<AutoParams> = AUTO
): Result<WaterfallEvaluation> {
  const missing = requireFields(record, ["investor"], rules.id);
  if (missing.length) return failWith(missing);
  const investor = record.investor!;
  const order = rules.params.order[investor];
  const options: OptionOutcome[] = [];
  const steps: AuditStep[] = [];
  for (let i = 0; i < order.length; i++) {
    const id = order[i];
    const r = evaluate(id);
    if (r === undefined) {
      options.push(outcome(id, false, () => `${id} is not available`));
      steps.push(
        optionStep(id, id, false, "NOT_AVAILABLE", () => `${id} is not available in this version`)
      );
      continue;
    }
    if (!r.ok) return failWith(stoppedAt(id, i + 1, investor, r.issues));
    const e = r.value;
    for (const s of e.steps) steps.push(s);
    const chosen = works(e);
    const why = once(() =>
      chosen
        ? e.reason
        : !e.eligible
          ? `not eligible: ${failedEligibility(e)}`
          : `not offerable: ${e.reason}`
    );
    options.push(outcome(id, chosen, why, e));
    steps.push(
      optionStep(
        id,
        e.program,
        chosen,
        chosen ? "CHOSEN" : "PASSED_OVER",
        () => (chosen ? `chosen: ${e.reason}` : `passed over: ${why()}`),
        e.newPi
      )
    );
    if (chosen) return ok(withTrail(e, steps, options));
  }
  return ok(
    new WaterfallOutcome(
      {
        program: "No workout",
        ruleSet: rules.id,
        ruleSetVersion: rules.version,
        eligible: false,
        targetMet: false,
        offerable: false,
        reasonCode: "NO_OPTION",
        steps,
      },
      options,
      () =>
        `no option in the ${investor} waterfall works: ${options.map((o) => `${o.ruleSet}: ${o.reason}`).join(" | ")}`
    )
  );
}

/** A waterfall's evaluation: the chosen option's (or "No workout"), with every option tried. */
class WaterfallOutcome extends Outcome<undefined> implements WaterfallEvaluation {
  constructor(
    fields: EvaluationFields,
    readonly options: readonly OptionOutcome[],
    say: () => string,
    steps?: readonly AuditStep[]
  ) {
    super(fields, say, undefined, steps);
  }
}

/** An option tried, its reason made when first read. */
class TriedOption implements OptionOutcome {
  private text?: string;
  constructor(
    readonly ruleSet: string,
    readonly works: boolean,
    private readonly why: () => string,
    readonly evaluation?: Evaluation
  ) {}

  get reason(): string {
    return (this.text ??= this.why());
  }

  toJSON(): OptionOutcome {
    const { ruleSet, works, reason, evaluation } = this;
    return { ruleSet, works, reason, evaluation };
  }
}

function outcome(
  ruleSet: string,
  works: boolean,
  why: () => string,
  evaluation?: Evaluation
): OptionOutcome {
  return new TriedOption(ruleSet, works, why, evaluation);
}

function optionStep(
  id: string,
  parameter: string,
  pass: boolean,
  code: string,
  reason: () => string,
  pi?: number
): AuditStep {
  return new TrailStep(id, "option", parameter, pass, code, reason, pi, undefined);
}

/** The chosen option's evaluation with the whole waterfall's trail and options (its reason still made when read). */
function withTrail(
  e: Evaluation,
  steps: readonly AuditStep[],
  options: readonly OptionOutcome[]
): WaterfallEvaluation {
  return new WaterfallOutcome(e, options, () => e.reason, steps);
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
