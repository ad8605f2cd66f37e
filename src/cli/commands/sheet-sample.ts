import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { fieldsNeededBy } from "../../core/programs/catalogue";
import { tapeValidator } from "../../core/tape";
import { SHEET_KINDS } from "../../report/sheets";
import { sampleTapePath } from "../project-files";
import { caseOfRow } from "./sheet-case";

let found: string | null | undefined;

/**
 * The first loan of the bundled sample tape for which every kind of worksheet can be made (with no
 * options: the row's own as-of date and rates), for the help's examples; undefined when the sample
 * cannot be read or has none.
 */
export function sampleLoanForEveryKind(): string | undefined {
  if (found === undefined) found = search() ?? null;
  return found ?? undefined;
}

function search(): string | undefined {
  try {
    const rows = parse(readFileSync(sampleTapePath(), "utf8"), {
      bom: true,
      relax_column_count: true,
    }) as string[][];
    const validator = tapeValidator(rows[0], { require: fieldsNeededBy("AUTO") });
    for (let i = 1; i < rows.length; i++) {
      const verdict = validator.row(i + 1, rows[i]);
      if (!verdict.ok) continue;
      const c = caseOfRow(i + 1, verdict.record, {});
      if (c.ok && SHEET_KINDS.every((k) => k.build(c.value).ok)) return c.value.loanId;
    }
  } catch {
    // no sample to name
  }
  return undefined;
}
