/**
 * Why an option of a case works or does not, in words: its evaluation's reason, the eligibility
 * checks it failed, or the fields it lacked.
 */
import type { Issue } from "../../../core/result";
import type { AuditStep } from "../../../core/programs/evaluation";
import type { CaseOption } from "./loan-case";

/** The record fields an option lacked, named in its issues. */
export function missingFields(issues: readonly Issue[]): string[] {
  return [...new Set(issues.map((i) => i.field).filter((f): f is string => f !== undefined))];
}

/** "not evaluated: missing mod_rate, property_value", or the issues' own sentences. */
export function notEvaluatedText(o: CaseOption): string {
  const fields = missingFields(o.issues.filter((i) => i.code === "NA"));
  if (fields.length) return `not evaluated: missing ${fields.join(", ")}`;
  return `not evaluated: ${o.issues.map((i) => i.reason).join("; ")}`;
}

/** The checks an option failed, in order. */
export function failedSteps(o: CaseOption): AuditStep[] {
  return (o.evaluation?.steps ?? []).filter((s) => !s.pass && s.option === o.id);
}

/** Why an option works or does not, in one sentence or a few joined. */
export function whyText(o: CaseOption): string {
  const e = o.evaluation;
  if (!e) return notEvaluatedText(o);
  if (o.works || e.eligible) return e.reason;
  const failed = failedSteps(o)
    .filter((s) => s.step.startsWith("eligibility"))
    .map((s) => s.reason);
  return failed.length ? failed.join("; ") : e.reason;
}
