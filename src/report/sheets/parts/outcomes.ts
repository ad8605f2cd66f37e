/**
 * What each option came to, in words: the result a document shows for it and the reason, taken from
 * the option's evaluation (its reason, or the checks it failed) or from the fields it lacked.
 */
import type { Issue } from "../../../core/result";
import type { AuditStep } from "../../../core/programs/evaluation";
import type { CaseOption, LoanCase } from "../case/loan-case";

export type OptionResult = "Recommended" | "Works" | "Does not work" | "Not evaluated";

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

export function resultOf(c: LoanCase, o: CaseOption): OptionResult {
  if (!o.evaluation) return "Not evaluated";
  if (o === c.recommended) return "Recommended";
  return o.works ? "Works" : "Does not work";
}

/** The plain name of an option with its rule set: "GSE Flex Modification (FLEX-2024)". */
export function optionTitle(o: CaseOption): string {
  return o.name === o.id ? o.id : `${o.name} (${o.id})`;
}

/** What AUTO concluded, in a sentence. */
export function recommendationText(c: LoanCase): string {
  if (c.recommended) return `${optionTitle(c.recommended)}: ${whyText(c.recommended)}`;
  if (!c.auto.ok) return `no recommendation: ${c.auto.issues.map((i) => i.reason).join("; ")}`;
  return `no option of the ${c.investor} order works for this loan`;
}
