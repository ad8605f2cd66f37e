/**
 * The loans the worksheet tests build documents for, each read through the real record parser, and
 * their cases. Figures each test asserts are worked out in the test, independently of the code.
 */
import { strict as assert } from "node:assert";
import { D } from "../../../src/core/money";
import { Cell, LoanRecord, readLoanRecord } from "../../../src/core/record";
import { CaseSettings } from "../../../src/report/sheets/case/settings";
import { LoanCase, loanCase } from "../../../src/report/sheets/case/loan-case";

export const AS_OF = { year: 2026, month: 11, day: 2 };

export function record(fields: Record<string, Cell>): LoanRecord {
  const reading = readLoanRecord(Object.keys(fields), Object.values(fields));
  assert.deepEqual(reading.issues, [], "the test loan reads cleanly");
  return reading.record;
}

export function caseOf(
  fields: Record<string, Cell>,
  settings: Partial<CaseSettings> = {}
): LoanCase {
  const c = loanCase(record(fields), { asOf: AS_OF, ...settings });
  assert.ok(c.ok, JSON.stringify(!c.ok && c.issues));
  return c.value;
}

/**
 * HAMP-A, the worked example of docs/rules/hamp.md (inputs and P&I published by
 * silvermortgage.blogspot.com, Example 1): 200,000 at 7.5% over 360 months, P&I 1,398.43, taxes
 * and insurance 250, income 4,000, value 250,000, PMMS 6%. A portfolio loan: its order is
 * repayment plan, HAMP, short sale, deed-in-lieu.
 */
export const HAMP_A: Record<string, Cell> = {
  loan_id: "HAMP-A",
  borrower_name: "Avery Example",
  investor: "PRIVATE",
  property_state: "TX",
  occupancy: "PRIMARY",
  upb: 200000,
  note_rate: 0.075,
  remaining_term: 360,
  pi_payment: 1398.43,
  escrow_payment: 250,
  gross_monthly_income: 4000,
  property_value: 250000,
  value_date: "2026-10-01",
  months_delinquent: 3,
  next_due_date: "2026-08-01",
  hardship_resolved: false,
  hardship: "Reduction in income: hours cut at work",
  application_received_date: "2026-09-10",
  application_complete_date: "2026-09-20",
};

export const HAMP_A_SETTINGS: Partial<CaseSettings> = { pmms: new D("0.06") };

/**
 * A Fannie Mae loan whose repayment plan is the worked example of docs/rules/repayment.md: 4,500.00
 * of arrears (3 missed payments of 1,200.00 P&I + 300.00 escrow) on a contractual payment of
 * 1,500.00.
 */
export const REPAY_6: Record<string, Cell> = {
  loan_id: "RP-6",
  borrower_name: "Jordan Sample",
  investor: "FNMA",
  property_state: "OH",
  occupancy: "PRIMARY",
  upb: 180000,
  note_rate: 0.065,
  remaining_term: 300,
  pi_payment: 1200,
  escrow_payment: 300,
  gross_monthly_income: 6000,
  property_value: 260000,
  value_date: "2026-10-01",
  months_delinquent: 3,
  next_due_date: "2026-08-01",
  late_fees: 180,
  hardship_resolved: true,
  hardship: "Medical leave, now back at work",
  origination_date: "2018-05-01",
  prior_modifications: 0,
  mod_rate: 0.0675,
  application_received_date: "2026-10-05",
  application_complete_date: "2026-10-12",
};

/**
 * A Fannie Mae short sale, the LM.SHORTSALENET example of docs/functions.md (Fannie Mae's
 * short-sale limits): 250,000.00 at a 6% commission, 4,000.00 of closing costs, 6,000.00 to a
 * second lien and 7,500.00 relocation → net 217,500.00. The debt is 240,000.00 UPB + 9,000.00
 * interest + 2,500.00 escrow advances + 1,200.00 servicing advances = 252,700.00.
 */
export const SHORT_GSE: Record<string, Cell> = {
  loan_id: "SS-GSE",
  borrower_name: "Riley Seller",
  investor: "FNMA",
  property_state: "FL",
  occupancy: "PRIMARY",
  upb: 240000,
  note_rate: 0.055,
  remaining_term: 320,
  escrow_payment: 420,
  past_due_interest: 9000,
  escrow_advances: 2500,
  servicing_advances: 1200,
  late_fees: 300,
  months_delinquent: 8,
  next_due_date: "2026-03-01",
  gross_monthly_income: 2500,
  property_value: 250000,
  value_date: "2026-10-15",
  origination_date: "2015-06-01",
  prior_modifications: 2,
  mod_rate: 0.0675,
  hardship: "Job loss; relocating for new work",
  subordinate_liens: 6000,
  application_complete_date: "2026-10-20",
};

/**
 * An FHA pre-foreclosure sale: list price 205,000.00 after 45 marketing days (the 86% tier of the
 * 210,000.00 as-is value: minimum net 180,600.00); commission 6% = 12,300.00, seller closing costs
 * 2% = 4,100.00, second lien 2,000.00 paid up to the 1,500.00 limit, consideration 1,000.00 →
 * net 186,100.00; debt 200,000.00 + 5,000.00 interest = 205,000.00 → deficiency 18,900.00, 9.45%.
 */
export const SHORT_FHA: Record<string, Cell> = {
  loan_id: "SS-FHA",
  borrower_name: "Casey Owner",
  investor: "FHA",
  property_state: "GA",
  occupancy: "PRIMARY",
  upb: 200000,
  note_rate: 0.045,
  remaining_term: 300,
  escrow_payment: 350,
  past_due_interest: 5000,
  months_delinquent: 6,
  next_due_date: "2026-05-01",
  property_value: 210000,
  value_date: "2026-09-30",
  list_price: 205000,
  subordinate_liens: 2000,
  marketing_days: 45,
  application_complete_date: "2026-10-01",
};

/** HAMP-A with an income of 8,000.00: P&I + escrow 1,648.43 is 20.61% of it, not above 31%, so HAMP is denied. */
export const HAMP_LOW_DTI: Record<string, Cell> = {
  ...HAMP_A,
  loan_id: "HAMP-LOW",
  gross_monthly_income: 8000,
};

/**
 * FHA-PC-1 (HUD counselor example for ML 2016-14): 30% × 56,000.00 = 16,800.00 − 3,000.00 prior
 * claims = 13,800.00 available; arrears 6,250.00 interest + 1,500.00 escrow advances = 7,750.00; the
 * borrower can resume the payment → a standalone partial claim of 7,750.00, the P&I 400.00 unchanged.
 */
export const FHA_PC_1: Record<string, Cell> = {
  loan_id: "FHA-PC-1",
  borrower_name: "Morgan Insured",
  investor: "FHA",
  property_state: "NC",
  occupancy: "PRIMARY",
  upb: 52000,
  note_rate: 0.05,
  remaining_term: 300,
  pi_payment: 400,
  escrow_payment: 150,
  past_due_interest: 6250,
  escrow_advances: 1500,
  months_delinquent: 14,
  next_due_date: "2025-09-01",
  hardship_resolved: false,
  upb_at_default: 56000,
  prior_partial_claims: 3000,
  market_rate: 0.06,
  can_resume_payment: true,
  property_value: 90000,
  application_complete_date: "2026-10-01",
};

/**
 * An FHA borrower current on the loan (imminent default), who cannot resume the payment: the
 * combination modifies 150,000.00 at round8(PMMS 6%) = 6% over 360 months: P&I 899.33, within the
 * target floor(0.75 × 1,200.00) = 900.00; with escrow 300.00 the trial payment is 1,199.33, and a
 * borrower fewer than 31 days delinquent makes 4 of them (TRIAL-FHA).
 */
export const FHA_CURRENT: Record<string, Cell> = {
  loan_id: "FHA-CUR",
  investor: "FHA",
  property_state: "OH",
  occupancy: "PRIMARY",
  upb: 150000,
  note_rate: 0.07,
  remaining_term: 300,
  pi_payment: 1200,
  escrow_payment: 300,
  months_delinquent: 0,
  next_due_date: "2026-12-01",
  upb_at_default: 150000,
  prior_partial_claims: 0,
  can_resume_payment: false,
  property_value: 200000,
  gross_monthly_income: 5000,
};

/** A loan whose text fields look like formulas: they must arrive as text. */
export const FORMULA_TEXT: Record<string, Cell> = {
  ...HAMP_A,
  loan_id: "=1+2",
  borrower_name: '=HYPERLINK("http://example.com","click")',
  hardship: "@SUM(A1:A2) -5 +7",
};
