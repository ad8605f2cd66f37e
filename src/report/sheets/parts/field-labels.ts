/**
 * A record field's name in plain words for a reader ("Unpaid principal balance" for upb), made from
 * the field's name with the abbreviations of the trade spelled out or capitalized.
 */
import type { FieldName } from "../../../core/record-fields";

const WORDS: Readonly<Record<string, string>> = {
  upb: "UPB",
  pi: "P&I",
  hoa: "HOA",
  fc: "foreclosure",
  id: "ID",
  mod: "modification",
};

const WHOLE: Readonly<Partial<Record<FieldName, string>>> = {
  upb: "Unpaid principal balance",
  pi_payment: "Monthly P&I",
  escrow_payment: "Monthly escrow",
  gross_monthly_income: "Gross monthly income",
  other_monthly_debt: "Other monthly debts",
  market_rate: "Market rate",
  mod_rate: "GSE modification rate",
  pre_hardship_pi: "Pre-hardship P&I",
  upb_at_default: "UPB at default",
};

export function fieldLabel(field: FieldName): string {
  const whole = WHOLE[field];
  if (whole) return whole;
  const words = field.split("_").map((w) => WORDS[w] ?? w);
  const text = words.join(" ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}
