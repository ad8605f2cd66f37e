/**
 * The loan form: every field of the loan record, in the groups a specialist fills them (Form 710's
 * order: borrower and property, the loan, delinquency and arrears, income, market inputs), each with
 * the label the pane shows. The field's kind, aliases and meaning come from the record's own table.
 */
import { FIELD_NAMES, type FieldName } from "./field-table";

export type FormGroupId = "borrower" | "loan" | "delinquency" | "income" | "market";

export interface FormGroup {
  readonly id: FormGroupId;
  readonly title: string;
  readonly fields: readonly FieldName[];
}

export const FORM_GROUPS: readonly FormGroup[] = [
  {
    id: "borrower",
    title: "Borrower and property",
    fields: [
      "loan_id",
      "borrower_name",
      "investor",
      "occupancy",
      "property_state",
      "property_value",
      "value_date",
      "hardship",
      "hardship_resolved",
      "can_resume_payment",
    ],
  },
  {
    id: "loan",
    title: "Loan",
    fields: [
      "upb",
      "note_rate",
      "remaining_term",
      "pi_payment",
      "escrow_payment",
      "taxes_monthly",
      "insurance_monthly",
      "hoa_monthly",
      "origination_date",
      "prior_modifications",
      "prior_deferred_months",
      "pre_hardship_pi",
      "upb_at_default",
      "prior_partial_claims",
    ],
  },
  {
    id: "delinquency",
    title: "Delinquency and arrears",
    fields: [
      "months_delinquent",
      "next_due_date",
      "past_due_interest",
      "escrow_advances",
      "servicing_advances",
      "late_fees",
      "application_received_date",
      "application_complete_date",
      "fc_sale_date",
    ],
  },
  {
    id: "income",
    title: "Income",
    fields: ["gross_monthly_income", "other_monthly_debt"],
  },
  {
    id: "market",
    title: "Market inputs",
    fields: ["market_rate", "mod_rate", "as_of_date"],
  },
];

export const FIELD_LABELS: { readonly [F in FieldName]: string } = {
  loan_id: "Loan ID",
  investor: "Investor",
  property_state: "Property state",
  occupancy: "Occupancy",
  upb: "Unpaid principal balance",
  note_rate: "Note rate",
  remaining_term: "Remaining term (months)",
  pi_payment: "Monthly P&I",
  escrow_payment: "Monthly escrow",
  taxes_monthly: "Taxes a month",
  insurance_monthly: "Insurance a month",
  hoa_monthly: "HOA dues a month",
  past_due_interest: "Past-due interest",
  escrow_advances: "Escrow advances",
  servicing_advances: "Servicing advances",
  late_fees: "Late fees",
  months_delinquent: "Payments past due",
  next_due_date: "Next due date",
  gross_monthly_income: "Gross monthly income",
  other_monthly_debt: "Other monthly debts",
  property_value: "Property value",
  value_date: "Valuation date",
  origination_date: "Origination date",
  prior_modifications: "Prior modifications",
  prior_deferred_months: "Months already deferred",
  pre_hardship_pi: "Pre-hardship P&I",
  upb_at_default: "UPB at default",
  prior_partial_claims: "Prior partial claims",
  market_rate: "PMMS",
  mod_rate: "GSE modification rate",
  application_received_date: "Application received",
  application_complete_date: "Application complete",
  fc_sale_date: "Foreclosure sale date",
  as_of_date: "As-of date",
  hardship_resolved: "Hardship resolved",
  can_resume_payment: "Can resume payment",
  hardship: "Hardship",
  borrower_name: "Borrower",
};

/** Fields of the record the form does not list (none: a test holds the form to the record). */
export function fieldsNotInForm(): FieldName[] {
  const listed = new Set(FORM_GROUPS.flatMap((g) => g.fields));
  return FIELD_NAMES.filter((f) => !listed.has(f));
}

/** What a kind of field accepts, said under the input. */
export const KIND_HINTS: Readonly<Record<string, string>> = {
  money: "Dollars: 1250.50 or $1,250.50",
  rate: "6.5% or 0.065",
  date: "YYYY-MM-DD",
  months: "Whole months",
  count: "A whole number",
  state: "Two letters, e.g. FL",
};
