import { LoanOutcome, evaluateLoan, resolveSettings } from "../../core/portfolio";
import { loanIdColumn, loanIdOf, tapeValidator } from "../../core/tape";
import { inputError } from "../cli-error";
import { fieldsNeededBy } from "../../core/programs/catalogue";
import { readRows } from "../pipeline/run-tape";
import { RunOptions } from "../run-options";
import { OpenedTape } from "../tape/open-tape";
import { problemLine, tapeName } from "./tape-run";

/**
 * One loan of a tape by its id, in one pass that stops reading at the loan's row: the row checked as
 * a tape row (with the run's settings), then evaluated. An unknown id, a row that fails its check
 * (every problem listed with field, value and reason) or a loan its program cannot evaluate is an
 * input error (exit 1). One pass cannot see a later row repeating the id: `check` finds those.
 */
export async function lookupLoan(
  opened: OpenedTape,
  loanId: string,
  options: RunOptions
): Promise<LoanOutcome> {
  const settings = resolveSettings(options.settings);
  const defaults = settings.ok ? settings.value.defaults : [];
  const name = JSON.stringify(tapeName(opened));
  let validator: ReturnType<typeof tapeValidator> | undefined;
  let idColumn = -1;
  let rows = 0;
  for await (const r of readRows(opened.file)) {
    if (!validator) {
      validator = tapeValidator(r.cells, {
        headerRow: r.row,
        require: fieldsNeededBy(options.program),
        defaults,
      });
      if (validator.headerIssues.length)
        throw inputError(
          `cannot look up loan ${JSON.stringify(loanId)}: the header row of ${name} has problems`,
          validator.headerIssues.map(problemLine)
        );
      idColumn = loanIdColumn(r.cells);
      continue;
    }
    rows++;
    if (r.unreadable !== undefined || loanIdOf(r.cells[idColumn]) !== loanId) continue;
    const verdict = validator.row(r.row, r.cells);
    if (!verdict.ok)
      throw inputError(
        `loan ${JSON.stringify(loanId)} (row ${r.row} of ${name}) failed its check, so nothing is written:`,
        verdict.issues.map(problemLine)
      );
    const outcome = evaluateLoan(r.row, verdict.record, {
      program: options.program,
      assumptions: settings.ok ? settings.value.assumptions : undefined,
    });
    if (!outcome.ok)
      throw inputError(
        `loan ${JSON.stringify(loanId)} (row ${r.row}) cannot be evaluated under ${options.program}:`,
        outcome.issues.map((i) => `  field ${i.field ?? "program"}: ${i.reason}`)
      );
    return outcome.value;
  }
  if (!validator)
    throw inputError(`cannot use the tape ${name}: it has no rows, not even a header row`);
  throw inputError(
    `no loan ${JSON.stringify(loanId)} in ${name} (${rows.toLocaleString("en-US")} rows read)`
  );
}
