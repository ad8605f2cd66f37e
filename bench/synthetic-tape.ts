import { seeded } from "./timing";

/**
 * A synthetic loan tape for benchmarks: every investor, and loans built to land on every branch of
 * the AUTO waterfall (repayment plan, deferral, the modification programs, short sale, deed-in-lieu)
 * and on the error paths (missing and malformed fields).
 */
export const TAPE_HEADERS = [
  "Loan Number",
  "Investor",
  "State",
  "UPB",
  "Note Rate",
  "Remaining Term",
  "P&I",
  "Escrow",
  "past_due_interest",
  "escrow_advances",
  "servicing_advances",
  "late_fees",
  "months_delinquent",
  "gross_monthly_income",
  "property_value",
  "origination_date",
  "as_of_date",
  "next_due_date",
  "prior_modifications",
  "prior_deferred_months",
  "upb_at_default",
  "prior_partial_claims",
  "mod_rate",
  "PMMS",
  "hardship_resolved",
  "can_resume_payment",
];

const INVESTORS = ["FNMA", "FHLMC", "FHA", "VA", "USDA", "PRIVATE"];
const STATES = ["CA", "TX", "FL", "NY", "IL", "OH", "GA", "NJ", "AZ", "WA"];

export function syntheticTape(rows: number, seed = 7): (string | number | boolean)[][] {
  const rnd = seeded(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  const out: (string | number | boolean)[][] = [];
  for (let i = 0; i < rows; i++) {
    const upb = Math.round((60_000 + rnd() * 640_000) * 100) / 100;
    const note = Math.round((3 + rnd() * 6) * 8) / 800; // 3% to 9% in 0.125% steps
    const term = 120 + Math.floor(rnd() * 241);
    const r = note / 12;
    const pi = Math.round(((upb * r) / (1 - Math.pow(1 + r, -term))) * 100) / 100;
    const escrow = Math.round((150 + rnd() * 900) * 100) / 100;
    const months = Math.floor(rnd() * 9); // 0 to 8 payments past due
    const ltv = 0.4 + rnd() * 0.9; // 40% to 130%
    const value = Math.round(upb / ltv);
    const incomeRatio = 0.2 + rnd() * 0.4; // housing ratio 20% to 60%
    const gmi = Math.round(((pi + escrow) / incomeRatio) * 100) / 100;
    const branch = i % 10;
    out.push([
      `L${String(i + 1).padStart(7, "0")}`,
      pick(INVESTORS),
      pick(STATES),
      upb,
      note,
      term,
      pi,
      escrow,
      Math.round(months * upb * r * 100) / 100,
      Math.round(rnd() * months * escrow * 100) / 100,
      Math.round(rnd() * 1500 * 100) / 100,
      Math.round(months * 45 * 100) / 100,
      months,
      branch === 9 ? "" : gmi, // some rows lack income (HAMP and VA need it)
      value,
      branch === 8 ? "2026-02-01" : "2018-06-01", // some loans too new for GSE programs
      "2026-11-01",
      "2026-08-01",
      Math.floor(rnd() * 4),
      branch === 7 ? "" : Math.floor(rnd() * 10),
      Math.round(upb * 1.02 * 100) / 100,
      Math.round(rnd() * 5000 * 100) / 100,
      Math.round((5.5 + rnd() * 1.5) * 8) / 800,
      Math.round((5.8 + rnd() * 1.2) * 100) / 10000,
      branch < 4, // hardship resolved on 40% of loans: repayment plans and deferrals
      branch % 3 === 0,
    ]);
    if (i % 997 === 0) out[i][4] = "n/a"; // a malformed note rate: rejected, with its field named
  }
  return out;
}
