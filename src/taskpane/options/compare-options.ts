/**
 * Every option of the investor's AUTO order evaluated for one loan, the recommended one (the first
 * that works, as the waterfall picks it) first. The pane's one door to the program engine.
 */
import { AUTO } from "../../core/rules/auto";
import { evaluateProgram } from "../../core/programs/registry";
import { works, type WaterfallEvaluation } from "../../core/programs/waterfall";
import { MODIFICATION_FOR } from "../../core/programs/loan-npv";
import type { Evaluation } from "../../core/programs/evaluation";
import type { Issue, Result } from "../../core/result";
import type { LoanRecord } from "../loan/parse-field";

export type { Evaluation };

export interface OptionRow {
  /** The rule-set id ("FLEX-2024"). */
  readonly ruleSet: string;
  /** The option's plain name, or its id when it could not be evaluated. */
  readonly program: string;
  readonly works: boolean;
  readonly recommended: boolean;
  /** Why it works or not, in one sentence. */
  readonly reason: string;
  readonly evaluation?: Evaluation;
  /** The fields it lacks, when it could not be evaluated. */
  readonly issues?: readonly Issue[];
}

export interface OptionComparison {
  readonly investor: string;
  /** The investor's order as the rule set gives it. */
  readonly order: readonly string[];
  readonly orderRuleSet: string;
  /** The recommended option first, then the others in the investor's order. */
  readonly rows: readonly OptionRow[];
  readonly recommended?: OptionRow;
}

export function compareOptions(record: LoanRecord): Result<OptionComparison> {
  if (record.investor === undefined) {
    return {
      ok: false,
      issues: [
        {
          code: "NA",
          field: "investor",
          reason: "investor is required to list the options but missing",
        },
      ],
    };
  }
  const order = AUTO.params.order[record.investor];
  const rows: OptionRow[] = order.map((id) => row(id, record));
  const first = rows.findIndex((r) => r.works);
  const marked = rows.map((r, i) => (i === first ? { ...r, recommended: true } : r));
  const recommended = first >= 0 ? marked[first] : undefined;
  return {
    ok: true,
    value: {
      investor: record.investor,
      order,
      orderRuleSet: `${AUTO.id} ${AUTO.version}`,
      rows: recommended ? [recommended, ...marked.filter((r) => r !== recommended)] : marked,
      recommended,
    },
  };
}

function row(id: string, record: LoanRecord): OptionRow {
  const r = evaluateProgram(id, record);
  if (!r.ok) {
    return {
      ruleSet: id,
      program: id,
      works: false,
      recommended: false,
      reason: `cannot be evaluated: ${r.issues.map((i) => i.reason).join("; ")}`,
      issues: r.issues,
    };
  }
  const e = r.value;
  return {
    ruleSet: e.ruleSet,
    program: e.program,
    works: works(e),
    recommended: false,
    reason: e.reason,
    evaluation: e,
  };
}

/** The evaluations by rule-set id, for the NPV test to reuse. */
export function evaluationsById(c: OptionComparison): Record<string, Evaluation> {
  const out: Record<string, Evaluation> = {};
  for (const r of c.rows) if (r.evaluation) out[r.ruleSet] = r.evaluation;
  return out;
}

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

const MODIFICATIONS: ReadonlySet<string> = new Set(Object.values(MODIFICATION_FOR));

/** Whether an option is a loan modification (offered with a trial period plan). */
export function isModification(ruleSet: string): boolean {
  return MODIFICATIONS.has(ruleSet);
}
