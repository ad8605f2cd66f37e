import { LoanRecord } from "../record";
import { TapeIssue } from "../tape";
import { LoanOutcome, OutcomeOptions, evaluateLoan } from "./outcome";

export type TapeLoanVerdict =
  | { readonly ok: true; readonly outcome: LoanOutcome }
  | { readonly ok: false; readonly issues: readonly TapeIssue[] };

/**
 * One accepted row of a tape through its program: the loan's outcome, or, when the program cannot
 * evaluate it (a field only that program needs is missing), the row's exceptions naming the
 * program, each field and the reason. The command line and the task pane word them alike.
 */
export function evaluateTapeLoan(
  row: number,
  record: LoanRecord,
  options: OutcomeOptions & { readonly program: string }
): TapeLoanVerdict {
  const outcome = evaluateLoan(row, record, options);
  if (outcome.ok) return { ok: true, outcome: outcome.value };
  return {
    ok: false,
    issues: outcome.issues.map((i) => ({
      row,
      loanId: record.loan_id,
      code: i.code,
      field: i.field ?? "program",
      value: i.value,
      reason: `cannot be evaluated under ${options.program}: ${i.reason}`,
    })),
  };
}
