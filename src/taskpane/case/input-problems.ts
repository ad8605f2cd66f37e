/**
 * A worksheet's inputs as a page's fields: the text typed in each (a blank field is not given, so
 * the builder's default applies), and the input parser's issues placed beside the field they name,
 * said with the field's label.
 */
import { relabel, type Issue, type Result } from "../../core/result";
import type { SheetInputs } from "../../report/sheets/inputs";

export type InputTexts = Readonly<Record<string, string>>;

/** The inputs given: the fields not left blank, as typed. */
export function givenInputs(texts: InputTexts): SheetInputs {
  return Object.fromEntries(Object.entries(texts).filter(([, v]) => v.trim() !== ""));
}

/** Each issue under the input it names, said with the field's label. */
export function problemsByInput(
  issues: readonly Issue[],
  labels: Readonly<Record<string, string>>
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const i of issues) {
    if (!i.field || !(i.field in labels) || out[i.field]) continue;
    out[i.field] = relabel(i, labels[i.field]);
  }
  return out;
}

/** The issues no field shows, in one sentence. */
export function otherProblems(
  issues: readonly Issue[],
  labels: Readonly<Record<string, string>>
): string | undefined {
  const rest = issues.filter((i) => !i.field || !(i.field in labels));
  return rest.length ? rest.map((i) => i.reason).join("; ") : undefined;
}

/** Why a document's figures could not be worked out, in one sentence; undefined when they were. */
export function reasonsOf(r: Result<unknown>): string | undefined {
  return r.ok ? undefined : r.issues.map((i) => i.reason).join("; ");
}
