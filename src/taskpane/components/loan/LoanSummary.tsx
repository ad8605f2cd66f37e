import * as React from "react";
import { FIELD_LABELS } from "../../loan/form-groups";
import type { FieldName } from "../../loan/field-table";
import { recordValueText } from "../../loan/parse-field";
import { useLoan } from "../../workbench/loan-context";
import { Facts, type Fact } from "../Facts";
import { Section } from "../Section";

const SHOWN: readonly FieldName[] = [
  "borrower_name",
  "investor",
  "occupancy",
  "property_state",
  "upb",
  "note_rate",
  "remaining_term",
  "pi_payment",
  "escrow_payment",
  "months_delinquent",
  "next_due_date",
  "property_value",
  "gross_monthly_income",
  "hardship",
];

/** The loan at a glance, as the core read it (values typed in the form included). */
export const LoanSummary: React.FC = () => {
  const { reading } = useLoan();
  if (!reading) return null;
  const r = reading.record;
  const facts: Fact[] = SHOWN.filter((f) => r[f] !== undefined).map((f) => ({
    term: FIELD_LABELS[f],
    value: recordValueText(f, r[f]),
    strong: f === "upb" || f === "months_delinquent",
  }));
  if (facts.length === 0) return null;
  return (
    <Section id="loan-summary" title="At a glance">
      <Facts label="The loan at a glance" facts={facts} />
    </Section>
  );
};
