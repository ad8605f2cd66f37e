import { LoanRecord } from "../../core/record";
import { loanIdColumn, loanIdOf, tapeValidator } from "../../core/tape";
import { inputError } from "../cli-error";
import { fieldsNeededBy } from "../../core/programs/catalogue";
import { readRows } from "../pipeline/run-tape";
import { OpenedTape } from "../tape/open-tape";
import { problemLine, tapeName } from "./tape-run";

export interface FoundLoan {
  /** The loan's row, as the file or sheet numbers it. */
  readonly row: number;
  /** The row read and checked as a tape row: the loan's own values, nothing filled in. */
  readonly record: LoanRecord;
}

/**
 * One loan of a tape by its id (exactly as the tape holds it, trimmed): its row checked as a tape
 * row, with the fields every program needs required. The rest of the tape is read for the id
 * alone, so a loan id on two rows is refused as `check` refuses it: which row is right cannot be
 * told. An unknown id, a repeated one, or a row that fails its check (every problem listed with
 * field, value and reason) is an input error (exit 1).
 */
export async function lookupLoan(opened: OpenedTape, loanId: string): Promise<FoundLoan> {
  const name = JSON.stringify(tapeName(opened));
  const id = JSON.stringify(loanId);
  let validator: ReturnType<typeof tapeValidator> | undefined;
  let idColumn = -1;
  let rows = 0;
  let found: FoundLoan | undefined;
  const others: number[] = [];
  for await (const r of readRows(opened.file)) {
    if (!validator) {
      validator = tapeValidator(r.cells, {
        headerRow: r.row,
        require: fieldsNeededBy("AUTO"),
      });
      if (validator.headerIssues.length)
        throw inputError(
          `cannot look up loan ${id}: the header row of ${name} has problems`,
          validator.headerIssues.map(problemLine)
        );
      idColumn = loanIdColumn(r.cells);
      continue;
    }
    rows++;
    if (r.unreadable !== undefined || loanIdOf(r.cells[idColumn]) !== loanId) continue;
    if (found) {
      others.push(r.row);
      continue;
    }
    const verdict = validator.row(r.row, r.cells);
    if (!verdict.ok)
      throw inputError(
        `loan ${id} (row ${r.row} of ${name}) failed its check, so nothing is written:`,
        verdict.issues.map(problemLine)
      );
    found = { row: r.row, record: verdict.record };
  }
  if (!validator)
    throw inputError(`cannot use the tape ${name}: it has no rows, not even a header row`);
  if (!found)
    throw inputError(`no loan ${id} in ${name} (${rows.toLocaleString("en-US")} rows read)`);
  if (others.length) {
    const rows = [found.row, ...others];
    throw inputError(
      `loan ${id} is on rows ${rows.slice(0, -1).join(", ")} and ${rows[rows.length - 1]} of ${name}: which row is right cannot be told, so nothing is written (\`lm-workbench check\` lists every repeated id)`
    );
  }
  return found;
}
