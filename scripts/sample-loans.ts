// The loans of the sample tape, one at a time from a seeded generator: realistic amounts (an
// amortized balance, its payment, escrow from the value) for every investor, drawn from the
// situations a servicer's default portfolio holds. Used by scripts/make-sample-tape.ts and by the
// command-line bench (bench/cli-tape.ts), which writes a million of them.
export const SAMPLE_AS_OF = "2026-12-01";
/** Freddie Mac PMMS 30-year (a plausible week's value) and the GSE modification rate above it. */
const PMMS = 0.0623;
const MOD_RATE = 0.0625;

export const SAMPLE_HEADERS = [
  ...["loan_id", "borrower_name", "investor", "property_state", "occupancy", "origination_date"],
  ...["upb", "note_rate", "remaining_term", "pi_payment", "escrow_payment"],
  ...["past_due_interest", "escrow_advances", "servicing_advances", "late_fees"],
  ...["months_delinquent", "next_due_date", "gross_monthly_income", "other_monthly_debt"],
  ...["property_value", "value_date", "prior_modifications", "prior_deferred_months"],
  ...["upb_at_default", "prior_partial_claims", "PMMS", "mod_rate"],
  ...["hardship", "hardship_resolved", "can_resume_payment"],
  ...["application_received_date", "application_complete_date", "fc_sale_date"],
  ...["offer_price", "subordinate_liens", "as_of_date"],
] as const;

export type Cell = string | number;
export type Row = Record<(typeof SAMPLE_HEADERS)[number], Cell>;

/** Deterministic pseudo-random numbers (mulberry32). */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** "A:3 B:1" → [["A", 3], ["B", 1]]: values with their weights. */
function weighted(text: string): [string, number][] {
  return text.split(" ").map((p) => {
    const [v, w] = p.split(":");
    return [v, Number(w)];
  });
}

const INVESTORS = weighted("FNMA:30 FHLMC:20 FHA:22 VA:10 USDA:5 PRIVATE:13");
const STATES: readonly [string, number][] = weighted(
  "CA:12 TX:10 FL:9 NY:6 IL:5 PA:5 OH:5 GA:5 NC:4 MI:4 NJ:4 AZ:4 WA:3 CO:3 MD:3 IN:3 TN:3 MO:3 SC:3 NV:3"
);
const HARDSHIPS = [
  "Unemployment",
  "Reduction in income",
  "Medical expenses",
  "Death of a borrower",
  "Divorce or separation",
  "Natural disaster",
  "Business failure",
  "Increase in housing expenses",
];
const FIRST =
  "James Maria Robert Linda Michael Patricia David Jennifer Jose Aisha Wei Nguyen Samuel Grace Omar Elena Kevin Tanya Luis Hannah".split(
    " "
  );
const LAST =
  "Smith Johnson Garcia Brown Davis Martinez Lee Walker Hernandez Young King Lopez Hill Scott Green Adams Baker Nelson Carter Mitchell".split(
    " "
  );

/** The situations of a default portfolio, with their share of the tape. */
const SITUATIONS: readonly [Situation, number][] = [
  ["current", 8],
  ["cured-hardship", 18],
  ["cured-with-advances", 8],
  ["ongoing-hardship", 36],
  ["underwater", 12],
  ["equity-no-retention", 10],
];
type Situation =
  | "current"
  | "cured-hardship"
  | "cured-with-advances"
  | "ongoing-hardship"
  | "underwater"
  | "equity-no-retention";

const round2 = (x: number) => Math.round(x * 100) / 100;
const iso = (y: number, m: number, d: number) =>
  `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;

/** y-m-d plus k months (k may be negative), as ISO text, the day kept. */
function monthsFrom(y: number, m: number, d: number, k: number): string {
  const t = y * 12 + (m - 1) + k;
  return iso(Math.floor(t / 12), (t % 12) + 1, d);
}

function daysFrom(date: string, k: number): string {
  const t = Date.parse(`${date}T00:00:00Z`) + k * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

function level(principal: number, annual: number, n: number): number {
  const r = annual / 12;
  return round2((principal * r) / (1 - Math.pow(1 + r, -n)));
}

function balanceAfter(principal: number, annual: number, n: number, paid: number): number {
  const r = annual / 12;
  const p = (principal * r) / (1 - Math.pow(1 + r, -n));
  return round2(principal * Math.pow(1 + r, paid) - (p * (Math.pow(1 + r, paid) - 1)) / r);
}

/** Origination-year note rates: the low-rate years, then 2022 onward. */
function noteRateFor(year: number, rnd: () => number): number {
  const base =
    year <= 2019 ? 3.5 + rnd() * 1.5 : year <= 2021 ? 2.625 + rnd() * 1.0 : 5.25 + rnd() * 2.25;
  return Math.round(base * 8) / 800;
}

function pick<T>(xs: readonly [T, number][], rnd: () => number): T {
  const total = xs.reduce((s, [, w]) => s + w, 0);
  let u = rnd() * total;
  for (const [x, w] of xs) if ((u -= w) < 0) return x;
  return xs[xs.length - 1][0];
}

/**
 * One loan of the sample, `i` numbering it. The situation sets delinquency, hardship, equity and the
 * history that decide which workout the investor's waterfall reaches; every amount follows from
 * the loan's own origination (its amortized balance, its payment, its escrow).
 */
export function sampleLoan(i: number, rnd: () => number): Row {
  const investor = pick(INVESTORS, rnd);
  const situation = pick(SITUATIONS, rnd);
  const state = pick(STATES, rnd);
  const occupancy = rnd() < 0.9 ? "PRIMARY" : rnd() < 0.5 ? "SECOND" : "INVESTMENT";
  const [ay, am] = [2026, 12];
  const year = 2013 + Math.floor(rnd() * 12); // 2013 to 2024
  const origMonth = 1 + Math.floor(rnd() * 12);
  const age = (ay - year) * 12 + (am - origMonth);
  const term = rnd() < 0.88 ? 360 : rnd() < 0.5 ? 240 : 180;
  const cap = investor === "FHA" || investor === "USDA" ? 420_000 : 760_000;
  const original = Math.round((90_000 + Math.pow(rnd(), 1.6) * (cap - 90_000)) / 1000) * 1000;
  const rate = noteRateFor(year, rnd);
  const pi = level(original, rate, term);

  const months =
    situation === "current"
      ? rnd() < 0.6
        ? 0
        : 1
      : situation === "cured-hardship"
        ? 1 + Math.floor(rnd() * 3)
        : situation === "cured-with-advances"
          ? 4 + Math.floor(rnd() * 3)
          : 2 + Math.floor(rnd() * 10);
  const paid = Math.max(0, Math.min(term - 1, age - months));
  const upb = balanceAfter(original, rate, term, paid);
  const remaining = term - paid;
  const origValue = original / (0.8 + rnd() * 0.165);
  const growth = Math.pow(1 + 0.02 + rnd() * 0.05, ay - year);
  const underwaterShare = 0.72 + rnd() * 0.2; // value as a share of the UPB
  const value =
    situation === "underwater"
      ? Math.round((upb * underwaterShare) / 500) * 500
      : Math.round((origValue * growth) / 500) * 500;
  const taxes = (value * (0.008 + rnd() * 0.014)) / 12;
  const insurance = 70 + rnd() * 180;
  const hoa = rnd() < 0.3 ? 25 + rnd() * 350 : 0;
  const escrow = round2(taxes + insurance + hoa);
  const interestDue = round2(months * upb * (rate / 12));
  const escrowAdvances = round2(months * escrow * (0.3 + rnd() * 0.7));
  const inspections = months * (15 + Math.floor(rnd() * 16));
  const legal =
    situation === "cured-with-advances"
      ? 1200 + Math.floor(rnd() * 2200)
      : months >= 5
        ? Math.floor(rnd() * 3500)
        : 0;
  const servicingAdvances = round2(inspections + legal);
  const lateFees = round2(months * pi * 0.04);

  // Income: the housing ratio the hardship left the borrower with.
  const housingRatio =
    situation === "ongoing-hardship" || situation === "underwater"
      ? 0.33 + rnd() * 0.3
      : situation === "equity-no-retention"
        ? investor === "VA"
          ? 0.45 + rnd() * 0.2 // VA: no modification is affordable, and no short sale with equity
          : 0.18 + rnd() * 0.12
        : 0.2 + rnd() * 0.2;
  const income = round2((pi + escrow) / housingRatio);
  const otherDebt = Math.round(150 + rnd() * 1100);

  const resolved =
    situation === "cured-hardship" || situation === "cured-with-advances"
      ? "TRUE"
      : situation === "current"
        ? rnd() < 0.5
          ? "TRUE"
          : ""
        : "FALSE";
  const retentionFails = situation === "underwater" || situation === "equity-no-retention";
  const priorMods =
    retentionFails && (investor === "FNMA" || investor === "FHLMC")
      ? 3
      : rnd() < 0.82
        ? 0
        : rnd() < 0.8
          ? 1
          : 2;
  const priorDeferred = rnd() < 0.8 ? 0 : 3 + Math.floor(rnd() * 4);
  const defaultUpb = round2(upb + interestDue * 0.2);
  const usedClaims = retentionFails && (investor === "FHA" || investor === "VA");
  const priorClaims = usedClaims
    ? round2(defaultUpb * 0.3)
    : rnd() < 0.85
      ? 0
      : round2(defaultUpb * (0.02 + rnd() * 0.1));
  const canResume = investor === "FHA" ? (rnd() < 0.45 ? "TRUE" : "FALSE") : "";

  const nextDue = monthsFrom(ay, am, 1, -months);
  const inLossMit = months >= 2 && rnd() < 0.55;
  const received = inLossMit ? daysFrom(SAMPLE_AS_OF, -(3 + Math.floor(rnd() * 40))) : "";
  const complete = inLossMit && rnd() < 0.7 ? daysFrom(received, 2 + Math.floor(rnd() * 12)) : "";
  const completeOk = complete && complete <= SAMPLE_AS_OF ? complete : "";
  const sale =
    months >= 7 && rnd() < 0.4 ? daysFrom(SAMPLE_AS_OF, 25 + Math.floor(rnd() * 120)) : "";
  const offer =
    situation === "underwater" && rnd() < 0.5
      ? Math.round((value * (0.88 + rnd() * 0.1)) / 500) * 500
      : "";
  const liens = situation === "underwater" && rnd() < 0.25 ? Math.round(8000 + rnd() * 40000) : "";

  return {
    loan_id: String(7_000_100_000 + i * 37),
    borrower_name: `${FIRST[Math.floor(rnd() * FIRST.length)]} ${LAST[Math.floor(rnd() * LAST.length)]}`,
    investor,
    property_state: state,
    occupancy,
    origination_date: iso(year, origMonth, 1 + Math.floor(rnd() * 28)),
    upb,
    note_rate: rate,
    remaining_term: remaining,
    pi_payment: pi,
    escrow_payment: escrow,
    past_due_interest: interestDue,
    escrow_advances: escrowAdvances,
    servicing_advances: servicingAdvances,
    late_fees: lateFees,
    months_delinquent: months,
    next_due_date: nextDue,
    gross_monthly_income: income,
    other_monthly_debt: otherDebt,
    property_value: value,
    value_date: daysFrom(SAMPLE_AS_OF, -(5 + Math.floor(rnd() * 80))),
    prior_modifications: priorMods,
    prior_deferred_months: priorDeferred,
    upb_at_default: investor === "FHA" || investor === "VA" ? defaultUpb : "",
    prior_partial_claims: investor === "FHA" || investor === "VA" ? priorClaims : "",
    PMMS,
    mod_rate: MOD_RATE,
    hardship: months === 0 ? "" : HARDSHIPS[Math.floor(rnd() * HARDSHIPS.length)],
    hardship_resolved: resolved,
    can_resume_payment: canResume,
    application_received_date: received,
    application_complete_date: completeOk,
    fc_sale_date: sale,
    offer_price: offer,
    subordinate_liens: liens,
    as_of_date: SAMPLE_AS_OF,
  };
}
