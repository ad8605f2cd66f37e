/**
 * A modification's terms before and after, line by line, as the offer shows them: the loan's
 * current terms from its case and the option's new terms from its evaluation.
 */
import type Decimal from "decimal.js";
import type { CalendarDate } from "../../core/calendar-date";
import { frontEndDti, ltv } from "../../core/ratios";
import type { Evaluation } from "../../core/programs/evaluation";
import type { LoanCase } from "../../report/sheets/case/loan-case";
import { currentMaturity } from "../../report/sheets/case/due-dates";
import { date, money, percent } from "../format/amounts";

export interface TermLine {
  readonly term: string;
  readonly before: string;
  readonly after: string;
}

function ratio(r: { ok: true; value: Decimal } | { ok: false } | undefined): Decimal | undefined {
  return r && r.ok ? r.value : undefined;
}

/** `maturity`: the modified loan's last due date, when the offer knows its first one. */
export function termLines(c: LoanCase, e: Evaluation, maturity?: CalendarDate): TermLine[] {
  const record = c.record;
  const pi = record.pi_payment;
  const escrow = record.escrow_payment;
  const pitia = pi !== undefined && escrow !== undefined ? pi + escrow : pi;
  const dtiBefore =
    record.gross_monthly_income && pi
      ? ratio(frontEndDti(record.gross_monthly_income, { pi, taxes: escrow ?? 0 }))
      : undefined;
  const ltvBefore =
    record.upb && record.property_value ? ratio(ltv(record.upb, record.property_value)) : undefined;
  return [
    { term: "Interest rate", before: percent(record.note_rate, 3), after: percent(e.newRate, 3) },
    {
      term: "Term",
      before: record.remaining_term === undefined ? "—" : `${record.remaining_term} mo.`,
      after: e.newTerm === undefined ? "—" : `${e.newTerm} mo.`,
    },
    { term: "P&I", before: money(pi), after: money(e.newPi) },
    { term: "PITIA", before: money(pitia), after: money(e.newPitia) },
    { term: "Housing DTI", before: percent(dtiBefore), after: percent(e.dtiAfter) },
    { term: "MTMLTV", before: percent(ltvBefore), after: percent(e.mtmltv) },
    { term: "Principal balance", before: money(record.upb), after: money(e.capitalizedUpb) },
    { term: "Interest-bearing", before: money(record.upb), after: money(e.interestBearingUpb) },
    { term: "Forbearance", before: "—", after: money(e.forbearance) },
    { term: "Partial claim", before: "—", after: money(e.partialClaim) },
    { term: "Maturity", before: date(currentMaturity(c)), after: date(maturity) },
  ];
}
