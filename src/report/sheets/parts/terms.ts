/**
 * A modification's terms beside the loan's current terms, row by row (rate, term, maturity,
 * balances, payments, ratios), for the offer and the negotiation summary.
 */
import Decimal from "decimal.js";
import { D } from "../../../core/money";
import type { CalendarDate } from "../../../core/calendar-date";
import type { Evaluation } from "../../../core/programs/evaluation";
import { CellInput, GridBlock, cell } from "../../model";
import type { LoanCase } from "../case/loan-case";
import { currentMaturity } from "../case/due-dates";
import { centsRatio, counted, dash, date, money, rate, ratio } from "./values";

type Row = GridBlock["rows"][number];

function row(label: string, before: CellInput, after: CellInput, change: CellInput = ""): Row {
  return { label, values: [before, after, change] };
}

/** after − before in cents, as signed money; blank when nothing changes. */
function moneyChange(before: number | undefined, after: number | undefined): CellInput {
  if (before === undefined || after === undefined) return "";
  return after === before
    ? ""
    : cell.money((after - before) / 100, { numberFormat: "+#,##0.00;-#,##0.00" });
}

function pointsChange(before: Decimal | undefined, after: Decimal | undefined): CellInput {
  if (!before || !after || before.eq(after)) return "";
  const places = Math.max(2, Math.min(8, after.minus(before).decimalPlaces() - 2));
  return cell.percent(after.minus(before).toNumber(), places, {
    numberFormat: `+0.${"0".repeat(places)}%;-0.${"0".repeat(places)}%`,
  });
}

/** The current loan's housing payment ratio: (P&I + escrow) / gross monthly income. */
export function housingRatioBefore(c: LoanCase): CellInput {
  const r = c.record;
  return centsRatio((r.pi_payment ?? 0) + (r.escrow_payment ?? 0), r.gross_monthly_income);
}

/**
 * Rows of current against modified terms. `maturity` is the modified loan's last due date, when
 * the document knows its first one.
 */
export function termRows(c: LoanCase, e: Evaluation, maturity?: CalendarDate): Row[] {
  const r = c.record;
  const upb = r.upb;
  const pi = r.pi_payment;
  const escrow = r.escrow_payment ?? 0;
  const gross = e.capitalizedUpb ?? upb;
  const capitalized = gross !== undefined && upb !== undefined ? gross - upb : undefined;
  const pitiaBefore = pi === undefined ? undefined : pi + escrow;
  const ltvBefore =
    upb !== undefined && r.property_value ? new D(upb).div(r.property_value) : undefined;
  return [
    row("Interest rate", rate(r.note_rate), rate(e.newRate), pointsChange(r.note_rate, e.newRate)),
    row(
      "Term (months)",
      counted(r.remaining_term, "months"),
      counted(e.newTerm, "months"),
      e.newTerm !== undefined && r.remaining_term !== undefined && e.newTerm !== r.remaining_term
        ? cell.whole(e.newTerm - r.remaining_term, { numberFormat: "+#,##0;-#,##0" })
        : ""
    ),
    row("Maturity date", date(currentMaturity(c)), maturity ? date(maturity) : dash()),
    row("Principal balance", money(upb), money(gross), moneyChange(upb, gross)),
    row("Arrears capitalized", dash(), capitalized ? money(capitalized) : money(0)),
    row(
      "Forbearance (no interest)",
      money(0),
      money(e.forbearance ?? 0),
      moneyChange(0, e.forbearance ?? 0)
    ),
    row(
      "Partial claim (no interest)",
      dash(),
      e.partialClaim === undefined ? dash() : money(e.partialClaim)
    ),
    row(
      "Interest-bearing principal",
      money(upb),
      money(e.interestBearingUpb),
      moneyChange(upb, e.interestBearingUpb)
    ),
    row("Monthly P&I", money(pi), money(e.newPi), moneyChange(pi, e.newPi)),
    row("Monthly escrow", money(escrow), money(escrow)),
    row(
      "Monthly payment (PITIA)",
      money(pitiaBefore),
      money(e.newPitia),
      moneyChange(pitiaBefore, e.newPitia)
    ),
    row("P&I reduction", dash(), e.piReduction ? ratio(e.piReduction) : dash()),
    row("Housing ratio (DTI)", housingRatioBefore(c), e.dtiAfter ? ratio(e.dtiAfter) : dash()),
    row(
      "Mark-to-market LTV",
      ltvBefore ? ratio(ltvBefore) : dash(),
      e.mtmltv ? ratio(e.mtmltv) : dash()
    ),
  ];
}

export const TERM_HEADERS = ["Term", "Current", "Modified", "Change"] as const;
