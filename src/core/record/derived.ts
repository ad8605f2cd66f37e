import Decimal from "decimal.js";
import { levelPaymentCents } from "../schedule";
import { Cents } from "../verified-rounding";
import { FieldName } from "../record-fields";

type MutableFields = { -readonly [F in FieldName]?: unknown };

const ESCROW_PARTS = ["taxes_monthly", "insurance_monthly", "hoa_monthly"] as const;

/**
 * Computes what a record may leave out, from fields already read (and checked):
 * - escrow_payment = taxes_monthly + insurance_monthly + hoa_monthly, from whichever parts are given;
 * - pi_payment = the level payment on upb at note_rate over remaining_term, half-up to cents;
 * - pre_hardship_pi defaults to pi_payment.
 * A field is derived only when it is absent and its inputs read cleanly (none is in `failed`).
 * Returns the fields derived, in that order.
 */
export function deriveFields(fields: MutableFields, failed: ReadonlySet<string>): FieldName[] {
  const derived: FieldName[] = [];
  if (fields.escrow_payment === undefined && !failed.has("escrow_payment")) {
    let sum: Cents | undefined;
    let clean = true;
    for (const p of ESCROW_PARTS) {
      if (failed.has(p)) clean = false;
      else if (fields[p] !== undefined) sum = (sum ?? 0) + (fields[p] as Cents);
    }
    if (clean && sum !== undefined) {
      fields.escrow_payment = sum;
      derived.push("escrow_payment");
    }
  }
  if (
    fields.pi_payment === undefined &&
    !failed.has("pi_payment") &&
    fields.upb !== undefined &&
    fields.note_rate !== undefined &&
    fields.remaining_term !== undefined
  ) {
    // The record holds upb within MAX_MONEY, a note rate from 0 to 1 and 1 to 1200 months: a payment exists.
    fields.pi_payment = levelPaymentCents(
      fields.upb as Cents,
      (fields.note_rate as Decimal).toNumber(),
      fields.remaining_term as number
    );
    derived.push("pi_payment");
  }
  if (
    fields.pre_hardship_pi === undefined &&
    !failed.has("pre_hardship_pi") &&
    fields.pi_payment !== undefined
  ) {
    fields.pre_hardship_pi = fields.pi_payment;
    derived.push("pre_hardship_pi");
  }
  return derived;
}
