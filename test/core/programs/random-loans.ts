import { Cell, HeaderMap, LoanRecord, mapHeaders, readRow } from "../../../src/core/record";
import { seeded } from "../../../scripts/sample-loans";

/**
 * Seeded random loan records for the program tests and the result hash (scripts/result-hash.ts):
 * every investor, and values spread to reach every branch of every program: loans current and
 * delinquent, new and seasoned, under water and with equity, incomes above and below the housing
 * targets, escrow alone above them, notes above and below the modification rate, terms past 480
 * months, partial claims used up, fields missing and zero, and the pass-through columns of the
 * liquidation options, now and then malformed. Each record is read through the real record parser;
 * the numbers come from the sample tape's seeded generator (mulberry32).
 */

/** The record's columns; `market_rate` is headed PMMS on one header row and Market Rate on the other. */
const COLUMNS = [
  "loan_id",
  "investor",
  "property_state",
  "occupancy",
  "upb",
  "note_rate",
  "remaining_term",
  "pi_payment",
  "escrow_payment",
  "taxes_monthly",
  "insurance_monthly",
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
  "pre_hardship_pi",
  "upb_at_default",
  "prior_partial_claims",
  "MARKET",
  "mod_rate",
  "hardship_resolved",
  "can_resume_payment",
  "offer_price",
  "list_price",
  "subordinate_liens",
  "marketing_days",
] as const;

type Column = (typeof COLUMNS)[number];

const HEADER_MAPS: Readonly<Record<"PMMS" | "MARKET_RATE", HeaderMap>> = {
  PMMS: mapHeaders(COLUMNS.map((c) => (c === "MARKET" ? "PMMS" : c))),
  MARKET_RATE: mapHeaders(COLUMNS.map((c) => (c === "MARKET" ? "Market Rate" : c))),
};

const INVESTORS = ["FNMA", "FHLMC", "FHA", "VA", "USDA", "PRIVATE"];
const STATES = ["CA", "TX", "FL", "NY", "IL", "OH", "GA", "NJ", "AZ", "WA", "PR"];
const OCCUPANCIES = ["PRIMARY", "SECOND", "INVESTMENT"];

export interface RandomLoan {
  readonly headers: readonly string[];
  readonly values: readonly Cell[];
  readonly record: LoanRecord;
}

/**
 * `count` loans from `seed`; rows that do not read cleanly (a malformed cell) are kept out, so every
 * loan is a record the programs evaluate.
 */
export function randomLoans(count: number, seed = 20261101): RandomLoan[] {
  const rnd = seeded(seed);
  const out: RandomLoan[] = [];
  while (out.length < count) {
    const loan = randomLoan(rnd, out.length);
    if (loan) out.push(loan);
  }
  return out;
}

const cents = (x: number) => Math.round(x * 100) / 100;

function randomLoan(rnd: () => number, index: number): RandomLoan | undefined {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const chance = (p: number) => rnd() < p;
  const row: Partial<Record<Column, Cell>> = {};
  const set = (c: Column, v: Cell, pBlank = 0) => {
    if (!chance(pBlank)) row[c] = v;
  };

  const size = rnd();
  const upb =
    size < 0.02
      ? cents(rnd() * 5000)
      : size < 0.95
        ? cents(40_000 + rnd() * 760_000)
        : cents(rnd() * 3e6);
  // Rates in 0.125% steps mostly; some at odd decimals; a few at 0.
  const rate = (lo: number, hi: number) =>
    chance(0.85)
      ? Math.round((lo + rnd() * (hi - lo)) * 800) / 80000
      : chance(0.9)
        ? Math.round((lo + rnd() * (hi - lo)) * 100000) / 10_000_000
        : 0;
  const note = rate(1.5, 11);
  const termDraw = rnd();
  const term =
    termDraw < 0.05
      ? 1 + Math.floor(rnd() * 40)
      : termDraw < 0.9
        ? 60 + Math.floor(rnd() * 301)
        : 360 + Math.floor(rnd() * 200);
  const r = note / 12;
  const level = r === 0 ? upb / term : (upb * r) / (1 - Math.pow(1 + r, -term));
  const pi = cents(level * (chance(0.8) ? 1 : 0.7 + rnd() * 0.6));
  const escrow = cents(chance(0.05) ? 0 : 80 + rnd() * 1400);
  const months = chance(0.15) ? 0 : Math.floor(rnd() * 13);
  const ltv = chance(0.03) ? 3 * rnd() : 0.2 + rnd() * 1.6;
  const value = chance(0.03) ? 0 : Math.round(upb / Math.max(ltv, 0.01));
  const housing = chance(0.05) ? 1 + rnd() * 3 : 0.1 + rnd() * 0.6;
  const gmi = chance(0.03) ? 0 : cents((pi + escrow) / housing);

  set("loan_id", `R${index}`);
  set("investor", pick(INVESTORS), 0.01);
  set("property_state", pick(STATES), 0.03);
  set("occupancy", pick(OCCUPANCIES), 0.3);
  set("upb", upb, 0.01);
  set("note_rate", note, 0.01);
  set("remaining_term", term, 0.01);
  if (chance(0.85)) set("pi_payment", pi);
  if (chance(0.8)) set("escrow_payment", escrow, 0.05);
  else {
    set("taxes_monthly", cents(escrow * 0.7), 0.2);
    set("insurance_monthly", cents(escrow * 0.3), 0.2);
  }
  set("past_due_interest", cents(months * upb * r), 0.1);
  set("escrow_advances", cents(rnd() * months * escrow), 0.1);
  set("servicing_advances", cents(rnd() * 2500), 0.2);
  set("late_fees", cents(months * 40), 0.2);
  set("months_delinquent", months, 0.03);
  set("gross_monthly_income", gmi, 0.08);
  set("property_value", value, 0.03);
  const originated = 2000 + Math.floor(rnd() * 27);
  set(
    "origination_date",
    `${originated}-${String(1 + Math.floor(rnd() * 12)).padStart(2, "0")}-15`,
    0.03
  );
  set("as_of_date", "2026-11-01", 0.03);
  set(
    "next_due_date",
    months > 0 ? `2026-${String(11 - Math.min(months, 10)).padStart(2, "0")}-01` : "2026-11-01",
    0.2
  );
  set("prior_modifications", Math.floor(rnd() * 5), 0.05);
  set("prior_deferred_months", Math.floor(rnd() * 14), 0.1);
  if (chance(0.3)) set("pre_hardship_pi", cents(pi * (0.8 + rnd() * 0.5)));
  set("upb_at_default", cents(upb * (0.85 + rnd() * 0.3)), 0.05);
  set("prior_partial_claims", chance(0.7) ? 0 : cents(upb * rnd() * 0.4), 0.05);
  set("MARKET", rate(2, 9), 0.05);
  set("mod_rate", rate(2.5, 8), 0.05);
  set("hardship_resolved", chance(0.5), 0.2);
  set("can_resume_payment", chance(0.5), 0.3);
  if (chance(0.15)) set("offer_price", cents(value * (0.7 + rnd() * 0.4)));
  if (chance(0.15)) set("list_price", cents(value * (0.8 + rnd() * 0.4)));
  if (chance(0.2)) set("subordinate_liens", cents(rnd() * 40_000));
  if (chance(0.2)) set("marketing_days", Math.floor(rnd() * 120));
  // Pass-through columns the record does not check: the liquidation options refuse these by name.
  if (chance(0.01)) set("offer_price", pick(["soon", "12%", -5000]));
  if (chance(0.01)) set("marketing_days", pick([2.5, "about 30"]));
  if (chance(0.01)) set("subordinate_liens", pick(["none", -1]));

  const basis = chance(0.5) ? "PMMS" : "MARKET_RATE";
  const map = HEADER_MAPS[basis];
  const values = COLUMNS.map((c) => row[c] ?? "");
  const reading = readRow(map, values);
  if (!reading.ok) return undefined;
  return { headers: map.headers, values, record: reading.record };
}
