/**
 * A modification's terms before and after, line by line, as the offer shows them: the loan's
 * current terms from its record and the option's new terms from its evaluation.
 */
import type Decimal from "decimal.js";
import { frontEndDti, ltv } from "../../core/ratios";
import type { Evaluation } from "../../core/programs/evaluation";
import type { LoanRecord } from "../loan/parse-field";
import { date, money, percent } from "../format/amounts";
import type { TrialPlan } from "./trial-plan";

export interface TermLine {
  readonly term: string;
  readonly before: string;
  readonly after: string;
}

function ratio(r: { ok: true; value: Decimal } | { ok: false } | undefined): Decimal | undefined {
  return r && r.ok ? r.value : undefined;
}

export function termLines(record: LoanRecord, e: Evaluation, trial?: TrialPlan): TermLine[] {
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
    { term: "Maturity", before: "—", after: date(trial?.maturity) },
  ];
}
