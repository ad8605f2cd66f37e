/**
 * What a worksheet can hand a custom function, for the fuzz test: cells of every type Excel passes
 * (numbers, text, booleans, blanks), the awkward ones a new user's data holds (huge and tiny numbers,
 * percent and currency text, dates outside Excel's calendar), ranges of every shape, and loan tapes
 * whose header rows miss, repeat or alias fields.
 */
import fc from "fast-check";
import { Matrix } from "./excel-runtime";

export type Cell = number | string | boolean | null;

/** Date serials and date text outside Excel's calendar (1900-01-01 to 9999-12-31), or not dates at all. */
export const BAD_DATES: readonly Cell[] = [
  -1,
  0,
  2958466,
  1e7,
  "0000-01-01",
  "0001-01-01",
  "1899-12-31",
  "10000-01-01",
  "2026-02-30",
  "2026-13-01",
];

const SPECIAL: readonly Cell[] = [
  null,
  "",
  " ",
  "abc",
  "#N/A",
  "=1+1",
  "TRUE",
  "yes",
  "1,250.50",
  "$1,250.50",
  "(100)",
  "6.5%",
  "1e5",
  "١٢٣",
  true,
  false,
  0,
  -0,
  -1,
  0.5,
  1,
  1.5,
  6.5,
  12,
  360,
  480,
  1200,
  1201,
  45658,
  46205,
  2958465,
  1e12,
  1e13,
  1e15,
  1e300,
  -1e300,
  1e-300,
  -1e-300,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  2 ** 53,
  ...BAD_DATES,
];

export const cell: fc.Arbitrary<Cell> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...SPECIAL) },
  { weight: 2, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 2, arbitrary: fc.integer({ min: -5000, max: 500_000 }) },
  { weight: 1, arbitrary: fc.double({ min: -2, max: 2, noNaN: true }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) }
);

/** Every shape an argument can take: one cell, omitted, a column, a row, a block, ragged, empty. */
export function shaped(c: fc.Arbitrary<Cell>): fc.Arbitrary<Matrix | null> {
  return fc.oneof(
    { weight: 5, arbitrary: c.map((v) => [[v]]) },
    { weight: 1, arbitrary: fc.constant(null) },
    {
      weight: 3,
      arbitrary: fc.array(c, { minLength: 1, maxLength: 5 }).map((l) => l.map((v) => [v])),
    },
    { weight: 1, arbitrary: fc.array(c, { minLength: 2, maxLength: 4 }).map((l) => [l]) },
    {
      weight: 1,
      arbitrary: fc.array(fc.array(c, { minLength: 2, maxLength: 2 }), {
        minLength: 2,
        maxLength: 3,
      }),
    },
    {
      weight: 1,
      arbitrary: fc
        .array(fc.array(c, { minLength: 1, maxLength: 3 }), { minLength: 2, maxLength: 4 })
        .filter((rows) => rows.some((r) => r.length !== rows[0].length)),
    },
    { weight: 1, arbitrary: fc.constantFrom<Matrix>([], [[]]) }
  );
}

/**
 * What each parameter holds, by name: used to build valid rows and the inputs that must be refused.
 * `money` is a non-negative amount; `signed` may be negative; `rate` a fraction from −100% to 100%.
 */
export type Kind =
  | "money"
  | "signed"
  | "rate"
  | "rateNonNegative"
  | "term"
  | "count"
  | "days"
  | "date"
  | "positive"
  | "flag"
  | "frequency"
  | "debts";

export const KINDS: Readonly<Record<string, Kind>> = {
  principal: "money",
  upb: "money",
  target_payment: "money",
  capitalized_arrears: "money",
  forbearance: "money",
  closing_costs: "money",
  current_pi: "money",
  new_pi: "money",
  sale_price: "money",
  subordinate_payoff: "money",
  relocation: "money",
  other_costs: "money",
  total_debt: "money",
  gross_monthly_income: "money",
  pi_payment: "money",
  taxes: "money",
  insurance: "money",
  hoa: "money",
  balance: "money",
  value: "money",
  arrears: "money",
  contractual_payment: "money",
  amount: "money",
  net_proceeds: "signed",
  annual_rate: "rate",
  pmms: "rate",
  add_on: "rate",
  commission_rate: "rateNonNegative",
  term_months: "term",
  months: "term",
  payments_made: "count",
  days: "days",
  start_date: "date",
  first_payment_date: "date",
  first_due_date: "date",
  increment: "positive",
  max_ratio: "positive",
  non_taxable: "flag",
  headers: "flag",
  frequency: "frequency",
  monthly_debts: "debts",
};

/** Cells that no parameter of the kind may accept: each must give an error in its row. */
export const REFUSED: Readonly<Record<Kind, readonly Cell[]>> = {
  money: ["abc", "#N/A", true, -0.01, -1e300, 1e300, "1 250"],
  signed: ["abc", true, 1e300, -1e300],
  rate: ["abc", true, 6.5, -1, -1.5, 1e300],
  rateNonNegative: ["abc", true, 6.5, -0.01],
  term: ["abc", true, 0, -12, 1.5, 1201, 1e300],
  count: ["abc", true, -1, 1.5],
  days: ["abc", true, 1.5, 1e300],
  date: ["abc", true, ...BAD_DATES],
  positive: ["abc", true, 0, -1],
  flag: ["maybe", 2, "abc"],
  frequency: ["HOURLY", "DAILY", 12, true],
  debts: ["abc", true, -5],
};

/** The loan record's field names (README, "The loan record"), and the NPV assumption names. */
export const RECORD_FIELDS = [
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
  "hoa_monthly",
  "past_due_interest",
  "escrow_advances",
  "servicing_advances",
  "late_fees",
  "months_delinquent",
  "next_due_date",
  "gross_monthly_income",
  "other_monthly_debt",
  "property_value",
  "value_date",
  "origination_date",
  "as_of_date",
  "prior_modifications",
  "prior_deferred_months",
  "pre_hardship_pi",
  "upb_at_default",
  "prior_partial_claims",
  "market_rate",
  "pmms",
  "mod_rate",
  "hardship_resolved",
  "can_resume_payment",
  "application_received_date",
  "application_complete_date",
  "fc_sale_date",
  "spread",
  "reo_discount",
  "home_price_change",
  "fc_cost_rate",
  "carry_rate",
  "redefault_probability",
  "redefault_months",
  "reo_marketing_months",
  "short_sale_months",
  "fc_timeline_months",
] as const;

/** A loan as field → cell, every field in range for its type. */
export type Loan = Record<string, Cell>;

const money = (min: number, max: number) =>
  fc.integer({ min: min * 100, max: max * 100 }).map((c) => c / 100);
const rateIn = (minBp: number, maxBp: number) =>
  fc.integer({ min: minBp, max: maxBp }).map((bp) => bp / 10000);
const serial = (from: string, to: string) =>
  fc.integer({ min: excelSerial(from), max: excelSerial(to) });

/** Excel's serial of an ISO date (days since 1899-12-30; right from 1900-03-01). */
export function excelSerial(iso: string): number {
  return Math.round((Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86400000);
}

const LOAN_FIELDS = {
  investor: fc.constantFrom("FNMA", "FHLMC", "FHA", "VA", "USDA", "PRIVATE"),
  property_state: fc.constantFrom("TX", "CA", "NY", "FL", "OH"),
  occupancy: fc.constantFrom("PRIMARY", "SECOND", "INVESTMENT"),
  upb: money(20_000, 900_000),
  note_rate: rateIn(200, 1000),
  remaining_term: fc.integer({ min: 60, max: 480 }),
  escrow_payment: money(0, 1200),
  past_due_interest: money(0, 30_000),
  escrow_advances: money(0, 5000),
  late_fees: money(0, 500),
  months_delinquent: fc.integer({ min: 0, max: 8 }),
  next_due_date: serial("2025-01-01", "2026-10-01"),
  gross_monthly_income: money(1000, 20_000),
  property_value: money(30_000, 1_500_000),
  origination_date: serial("2005-01-01", "2025-06-01"),
  as_of_date: fc.constant(excelSerial("2026-11-01")),
  prior_modifications: fc.integer({ min: 0, max: 3 }),
  prior_deferred_months: fc.integer({ min: 0, max: 12 }),
  pre_hardship_pi: money(300, 6000),
  upb_at_default: money(20_000, 900_000),
  prior_partial_claims: money(0, 20_000),
  mod_rate: rateIn(300, 800),
  PMMS: rateIn(300, 800),
  hardship_resolved: fc.boolean(),
  can_resume_payment: fc.boolean(),
};
const FIELD_KEYS = Object.keys(LOAN_FIELDS);

export const loan: fc.Arbitrary<Loan> = fc.record(LOAN_FIELDS);

/** A loan with one field given an arbitrary cell (a bad row of a tape), or left as it is. */
export const roughLoan: fc.Arbitrary<Loan> = fc
  .tuple(loan, fc.option(fc.tuple(fc.constantFrom(...FIELD_KEYS), cell)))
  .map(([l, bad]) => (bad ? { ...l, [bad[0]]: bad[1] } : l));

/** How a header row goes wrong: a field left out, given twice, given under an alias too, or an unknown column. */
export type HeaderChange =
  | { kind: "drop"; field: string }
  | { kind: "duplicate"; field: string }
  | { kind: "alias"; field: string; alias: string }
  | { kind: "unknown"; name: string };

const ALIASES: Readonly<Record<string, string>> = {
  upb: "UPB",
  note_rate: "Interest Rate",
  remaining_term: "Months Remaining",
  property_value: "Property Value",
  investor: "Investor",
};

export const headerChange: fc.Arbitrary<HeaderChange> = fc.oneof(
  fc.constantFrom(...FIELD_KEYS).map((field) => ({ kind: "drop" as const, field })),
  fc.constantFrom(...FIELD_KEYS).map((field) => ({ kind: "duplicate" as const, field })),
  fc
    .constantFrom(...Object.keys(ALIASES))
    .map((field) => ({ kind: "alias" as const, field, alias: ALIASES[field] })),
  fc
    .constantFrom("offer_price", "Notes", "x", "")
    .map((name) => ({ kind: "unknown" as const, name }))
);

/** A tape (header row and value rows) from loans with unique ids, after the header changes. */
export function tape(
  loans: readonly Loan[],
  changes: readonly HeaderChange[] = []
): {
  headers: Matrix;
  values: Matrix;
} {
  let columns: { header: string; field: string | null }[] = [
    { header: "loan_id", field: "loan_id" },
    ...Object.keys(loans[0] ?? {}).map((f) => ({ header: f, field: f })),
  ];
  for (const c of changes) {
    if (c.kind === "drop") columns = columns.filter((col) => col.field !== c.field);
    else if (c.kind === "duplicate") columns.push({ header: c.field, field: c.field });
    else if (c.kind === "alias") columns.push({ header: c.alias, field: c.field });
    else columns.push({ header: c.name, field: null });
  }
  return {
    headers: [columns.map((c) => c.header)],
    values: loans.map((l, i) =>
      columns.map((c) =>
        c.field === "loan_id" ? `L${i + 1}` : c.field ? (l[c.field] ?? null) : "n/a"
      )
    ),
  };
}
