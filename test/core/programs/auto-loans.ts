import { strict as assert } from "node:assert";
import { evaluateProgram } from "../../../src/core/programs/registry";
import { WaterfallEvaluation } from "../../../src/core/programs/waterfall";
import { loan } from "./loan";

/** The loans of the AUTO tests, and AUTO run on one of them. */

export function auto(fields: Record<string, number | string | boolean>): WaterfallEvaluation {
  const r = evaluateProgram("AUTO", loan(fields));
  assert.ok(r.ok, JSON.stringify(r));
  return r.value as WaterfallEvaluation;
}

export const tried = (e: WaterfallEvaluation) => e.options.map((o) => `${o.ruleSet}:${o.works}`);

/** A seasoned GSE loan: originated 2019-03 (92 months before the evaluation), never modified or deferred. */
export const SEASONED = {
  origination_date: "2019-03-01",
  as_of_date: "2026-11-01",
  prior_modifications: 0,
  prior_deferred_months: 0,
};

/** 200,000 at 9% over 360 months (P&I 1,609.25), 3,000 of past-due interest, MIR 5%. */
export const GSE_LOAN = {
  upb: 200000,
  note_rate: 0.09,
  remaining_term: 360,
  pi_payment: 1609.25,
  escrow_payment: 300,
  past_due_interest: 3000,
  mod_rate: 0.05,
  months_delinquent: 3,
  hardship_resolved: false,
  ...SEASONED,
};

/** 150,000 at 7% over 360 months (P&I 997.95), 3,000 of arrears; partial claim 30% × 152,000 = 45,600. */
export const FHA_LOAN = {
  investor: "FHA",
  upb: 150000,
  note_rate: 0.07,
  remaining_term: 360,
  pi_payment: 997.95,
  escrow_payment: 250,
  past_due_interest: 3000,
  months_delinquent: 3,
  hardship_resolved: false,
  upb_at_default: 152000,
  prior_partial_claims: 0,
  "Market Rate": 0.05,
};

/** 200,000 at 6% over 360 months (P&I 1,199.10), escrow 400. */
export const VA_LOAN = {
  investor: "VA",
  upb: 200000,
  note_rate: 0.06,
  remaining_term: 360,
  pi_payment: 1199.1,
  escrow_payment: 400,
  months_delinquent: 3,
  hardship_resolved: false,
  upb_at_default: 200000,
};

/** HAMP-A: 200,000 at 7.5% over 360 months (P&I 1,398.43), escrow 250. */
export const HAMP_A = {
  upb: 200000,
  note_rate: 0.075,
  remaining_term: 360,
  pi_payment: 1398.43,
  escrow_payment: 250,
  months_delinquent: 3,
  hardship_resolved: false,
  PMMS: 0.06,
};
