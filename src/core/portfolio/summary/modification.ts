import { RowFacts } from "./row-facts";

/**
 * What a recommended modification changes, by the kinds of change the OCC's modification report
 * counts under 12 U.S.C. 1715z-25 (capitalization of delinquent amounts, rate reduction, term
 * extension, principal deferral, and their combinations), each read from the loan's result row:
 *
 * - capitalization: the capitalized UPB is above the UPB (arrears added to the balance);
 * - rate reduced / rate increased: the new rate is below / above the note rate;
 * - term extended: the new term is longer than the remaining term;
 * - principal forbearance: a non-interest-bearing balance is deferred to the loan's payoff;
 * - partial claim: part of the debt moves to the insurer's or guarantor's subordinate lien.
 *
 * No program of this version forgives principal, so principal reduction is never counted.
 */
export const MODIFICATION_CHANGES = [
  { key: "capitalization", label: "Capitalization of arrears" },
  { key: "rateReduced", label: "Rate reduced" },
  { key: "rateIncreased", label: "Rate increased" },
  { key: "termExtended", label: "Term extended" },
  { key: "forbearance", label: "Principal forbearance" },
  { key: "partialClaim", label: "Partial claim" },
] as const;

export type ModificationChange = (typeof MODIFICATION_CHANGES)[number]["key"];

/** The label of a modification that changes none of the above (the payment alone). */
export const NO_LISTED_CHANGE = "None of these";

/** Whether each change applies, in MODIFICATION_CHANGES order. */
export function modificationChanges(f: RowFacts): boolean[] {
  const rate = f.newRate !== undefined && f.noteRate !== undefined;
  return [
    f.capitalizedUpb !== undefined && f.capitalizedUpb > f.upb,
    rate && f.newRate! < f.noteRate!,
    rate && f.newRate! > f.noteRate!,
    f.newTerm !== undefined && f.remainingTerm !== undefined && f.newTerm > f.remainingTerm,
    (f.forbearance ?? 0) > 0,
    (f.partialClaim ?? 0) > 0,
  ];
}

/** Whether changes (modificationChanges's) touch the note itself: arrears capitalized, the rate or the term changed, principal deferred. */
export function changesTerms(c: readonly boolean[]): boolean {
  return c[0] || c[1] || c[2] || c[3] || c[4];
}

/** The combination as one label: "Capitalization of arrears + Term extended", or NO_LISTED_CHANGE. */
export function combinationLabel(changes: readonly boolean[]): string {
  const on = MODIFICATION_CHANGES.filter((_, i) => changes[i]).map((c) => c.label);
  return on.length ? on.join(" + ") : NO_LISTED_CHANGE;
}
