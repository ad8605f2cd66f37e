/**
 * What each option came to, in words: the result a document shows for it and the reason, taken from
 * the option's evaluation (its reason, or the checks it failed) or from the fields it lacked.
 */
import type { CaseOption, LoanCase } from "../case/loan-case";
import { whyText } from "../case/why";

export { failedSteps, missingFields, notEvaluatedText, whyText } from "../case/why";

export type OptionResult = "Recommended" | "Works" | "Does not work" | "Not evaluated";

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
