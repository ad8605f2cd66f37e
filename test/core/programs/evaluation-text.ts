import Decimal from "decimal.js";
import { AuditStep, Evaluation } from "../../../src/core/programs/evaluation";
import { WaterfallEvaluation } from "../../../src/core/programs/waterfall";
import { Issue, Result } from "../../../src/core/result";

/**
 * An evaluation as lines of text: every result field, every audit step (option, step, parameter,
 * P&I, pass, code, reason), the step-up periods, the amounts and the options a waterfall tried; the
 * issues of a record that cannot be evaluated; an exception, as such. Two evaluations are the same
 * when their lines are (the result hash and the field tests compare them).
 */
const dec = (d: Decimal | undefined) => (d === undefined ? "" : d.toString());
const opt = (x: unknown) => (x === undefined ? "" : String(x));
const SEP = "\u241f";

export function stepText(s: AuditStep): string {
  return [s.option, s.step, s.parameter, opt(s.pi), String(s.pass), s.code, s.reason].join(SEP);
}

export function evaluationText(e: Evaluation): string[] {
  const lines = [
    [
      e.program,
      e.ruleSet,
      e.ruleSetVersion,
      String(e.eligible),
      String(e.targetMet),
      String(e.offerable),
      opt(e.capitalizedUpb),
      dec(e.mtmltv),
      dec(e.newRate),
      opt(e.newTerm),
      opt(e.forbearance),
      opt(e.interestBearingUpb),
      opt(e.partialClaim),
      opt(e.newPi),
      opt(e.newPitia),
      dec(e.piReduction),
      dec(e.dtiAfter),
      e.reasonCode,
      e.reason,
    ].join(SEP),
  ];
  for (const s of e.steps) lines.push(`step ${stepText(s)}`);
  for (const p of e.stepUp ?? [])
    lines.push(`step-up ${p.fromMonth} ${p.toMonth} ${p.rate.toString()} ${p.pi}`);
  for (const k of Object.keys(e.amounts ?? {}).sort()) lines.push(`amount ${k} ${e.amounts![k]}`);
  const w = e as Partial<WaterfallEvaluation>;
  for (const o of w.options ?? [])
    lines.push(`option ${o.ruleSet} ${o.works} ${o.evaluation?.ruleSet ?? ""} ${o.reason}`);
  return lines;
}

export function issueText(issues: readonly Issue[]): string[] {
  return issues.map(
    (i) => `issue ${i.code} ${opt(i.field)} ${JSON.stringify(i.value) ?? ""} ${i.reason}`
  );
}

/** A run's result as lines: its value's, its issues', or the exception it threw. */
export function resultText<T>(run: () => Result<T>, show: (v: T) => string[]): string[] {
  try {
    const r = run();
    return r.ok ? show(r.value) : issueText(r.issues);
  } catch (e) {
    return [`THROWS ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`];
  }
}
