import Decimal from "decimal.js";
import { CalendarDate } from "./calendar-date";
import { Cents } from "./verified-rounding";

/**
 * The loan record's fields (docs/functions.md, "The loan record"): name, type, the uses that need
 * them, and the header aliases a servicing tape commonly uses for them. One table, read by the
 * record parser, by the docs (which list the aliases) and by callers asking which fields a use
 * needs.
 */

export const INVESTORS = ["FNMA", "FHLMC", "FHA", "VA", "USDA", "PRIVATE"] as const;
export type Investor = (typeof INVESTORS)[number];

export const OCCUPANCIES = ["PRIMARY", "SECOND", "INVESTMENT"] as const;
export type Occupancy = (typeof OCCUPANCIES)[number];

/**
 * Other spellings accepted for the enum values (compared like headers: case-insensitive, ignoring
 * spaces, `_` and `-`). Exported so the docs can list them.
 */
export const INVESTOR_VALUE_ALIASES: Readonly<Record<string, Investor>> = {
  "Fannie Mae": "FNMA",
  Fannie: "FNMA",
  "Freddie Mac": "FHLMC",
  Freddie: "FHLMC",
  HUD: "FHA",
  "Rural Development": "USDA",
  "USDA RD": "USDA",
  Portfolio: "PRIVATE",
  "Private Label": "PRIVATE",
};

export const OCCUPANCY_VALUE_ALIASES: Readonly<Record<string, Occupancy>> = {
  "Owner Occupied": "PRIMARY",
  Owner: "PRIMARY",
  "Primary Residence": "PRIMARY",
  "Principal Residence": "PRIMARY",
  "Second Home": "SECOND",
  Vacation: "SECOND",
  Investor: "INVESTMENT",
  "Investment Property": "INVESTMENT",
  "Non-Owner Occupied": "INVESTMENT",
  Rental: "INVESTMENT",
};

/** USPS codes of the states, DC and the territories a U.S. mortgage can be on. */
export const STATE_CODES: ReadonlySet<string> = new Set(
  (
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK " +
    "OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR VI GU AS MP"
  ).split(" ")
);

/** How a field's cell is read. `months` and `count` are whole numbers. */
export type FieldKind =
  | "text"
  | "state"
  | "investor"
  | "occupancy"
  | "money"
  | "rate"
  | "months"
  | "count"
  | "date"
  | "flag";

interface KindTypes {
  text: string;
  state: string;
  investor: Investor;
  occupancy: Occupancy;
  money: Cents;
  rate: Decimal;
  months: number;
  count: number;
  date: CalendarDate;
  flag: boolean;
}

/**
 * The uses that need a field, other than programs: calculations, the NPV test, Reg X dates,
 * reports. What each program needs comes from its descriptor (programs/catalogue.ts:
 * `requiredFieldsOf`), the one place a program says what it reads.
 */
export const USES = [
  "all",
  "dti",
  "back_end_dti",
  "capitalization",
  "totals",
  "eligibility",
  "mtmltv",
  "npv",
  "regx",
  "reports",
  "summaries",
] as const;
export type Use = (typeof USES)[number];

interface FieldSpecShape {
  readonly kind: FieldKind;
  readonly requiredFor: readonly Use[];
  readonly aliases: readonly string[];
  readonly meaning: string;
}

/**
 * The field table. `fc_sale_date` is required for nothing: a blank sale date means "no sale
 * scheduled" (docs/rules/regx.md), so it can never be missing.
 */
export const FIELD_TABLE = {
  loan_id: {
    kind: "text",
    requiredFor: ["all"],
    aliases: [
      "Loan ID",
      "Loan Number",
      "Loan No",
      "Loan #",
      "Loan Num",
      "Account Number",
      "Servicer Loan Number",
    ],
    meaning: "unique in a tape",
  },
  investor: {
    kind: "investor",
    requiredFor: ["npv"],
    aliases: ["Investor Code", "Investor Type", "Investor Name", "Investor Group"],
    meaning: "picks the program family: FNMA FHLMC FHA VA USDA PRIVATE",
  },
  property_state: {
    kind: "state",
    requiredFor: ["npv", "reports"],
    aliases: ["State", "Property State", "Prop State", "Property State Code"],
    meaning: "2-letter state code: foreclosure timeline, grouping",
  },
  occupancy: {
    kind: "occupancy",
    requiredFor: ["eligibility"],
    aliases: ["Occupancy Type", "Occupancy Status", "Occupancy Code"],
    meaning: "PRIMARY SECOND INVESTMENT",
  },
  upb: {
    kind: "money",
    requiredFor: [],
    aliases: [
      "UPB",
      "Unpaid Principal Balance",
      "Current UPB",
      "Principal Balance",
      "Current Principal Balance",
      "Interest Bearing UPB",
      "Current Balance",
    ],
    meaning: "interest-bearing unpaid principal balance",
  },
  note_rate: {
    kind: "rate",
    requiredFor: [],
    aliases: [
      "Interest Rate",
      "Note Rate",
      "Current Interest Rate",
      "Current Note Rate",
      "Current Rate",
      "Rate",
    ],
    meaning: "current annual note rate",
  },
  remaining_term: {
    kind: "months",
    requiredFor: [],
    aliases: [
      "Remaining Term",
      "Months Remaining",
      "Remaining Months",
      "Remaining Term Months",
      "Remaining Term (Months)",
      "Months to Maturity",
    ],
    meaning: "months to maturity",
  },
  pi_payment: {
    kind: "money",
    requiredFor: [],
    aliases: [
      "P&I",
      "PI",
      "P&I Payment",
      "PI Payment",
      "Principal and Interest",
      "Principal & Interest",
      "Monthly P&I",
      "Current P&I",
      "Current PI Payment",
    ],
    meaning:
      "current contractual monthly P&I (computed from upb, note_rate and remaining_term when absent)",
  },
  escrow_payment: {
    kind: "money",
    requiredFor: ["dti"],
    aliases: [
      "Escrow",
      "Escrow Payment",
      "Monthly Escrow",
      "Escrow Amount",
      "Escrow Monthly",
      "T&I",
    ],
    meaning: "monthly taxes + insurance + HOA (or give the three parts)",
  },
  taxes_monthly: {
    kind: "money",
    requiredFor: [],
    aliases: ["Taxes", "Monthly Taxes", "Property Taxes", "Monthly Tax", "Tax Payment"],
    meaning: "part of the escrow",
  },
  insurance_monthly: {
    kind: "money",
    requiredFor: [],
    aliases: ["Insurance", "Monthly Insurance", "Hazard Insurance", "Insurance Payment"],
    meaning: "part of the escrow",
  },
  hoa_monthly: {
    kind: "money",
    requiredFor: [],
    aliases: ["HOA", "Monthly HOA", "HOA Dues", "HOA Fees", "Association Dues"],
    meaning: "part of the escrow",
  },
  past_due_interest: {
    kind: "money",
    requiredFor: ["capitalization"],
    aliases: ["Delinquent Interest", "Interest Arrears", "Accrued Delinquent Interest"],
    meaning: "capitalizable arrears",
  },
  escrow_advances: {
    kind: "money",
    requiredFor: ["capitalization"],
    aliases: ["Escrow Advance", "Escrow Advance Balance"],
    meaning: "capitalizable arrears",
  },
  servicing_advances: {
    kind: "money",
    requiredFor: ["capitalization"],
    aliases: [
      "Servicing Advance",
      "Corporate Advances",
      "Corporate Advance",
      "Corporate Advance Balance",
      "Third Party Advances",
    ],
    meaning: "capitalizable arrears (third-party servicing advances)",
  },
  late_fees: {
    kind: "money",
    requiredFor: ["totals"],
    aliases: ["Late Fee", "Late Charges", "Late Charge", "Accrued Late Charges"],
    meaning: "never capitalized",
  },
  months_delinquent: {
    kind: "count",
    requiredFor: ["reports"],
    aliases: [
      "Months Past Due",
      "Payments Past Due",
      "Delinquent Months",
      "Number of Payments Past Due",
    ],
    meaning: "whole payments past due",
  },
  next_due_date: {
    kind: "date",
    requiredFor: ["regx", "reports"],
    aliases: ["Next Due Date", "Due Date", "NDD", "Next Payment Due Date", "Next Payment Due"],
    meaning: "due date of the oldest unpaid payment",
  },
  gross_monthly_income: {
    kind: "money",
    requiredFor: ["dti"],
    aliases: [
      "GMI",
      "Monthly Gross Income",
      "Gross Income",
      "Monthly Income",
      "Borrower Gross Monthly Income",
    ],
    meaning: "gross monthly income",
  },
  other_monthly_debt: {
    kind: "money",
    requiredFor: ["back_end_dti"],
    aliases: ["Other Debt", "Other Debts", "Other Monthly Debts", "Monthly Debt", "Monthly Debts"],
    meaning: "recurring monthly debts other than the mortgage",
  },
  property_value: {
    kind: "money",
    requiredFor: ["mtmltv", "npv"],
    aliases: [
      "Property Value",
      "Current Value",
      "Current Property Value",
      "Value",
      "BPO Value",
      "AVM Value",
    ],
    meaning: "current value (≤ 90 days old for GSE modifications)",
  },
  value_date: {
    kind: "date",
    requiredFor: ["mtmltv", "npv"],
    aliases: ["Valuation Date", "Value Date", "Property Value Date", "BPO Date", "Appraisal Date"],
    meaning: "date of the current value",
  },
  origination_date: {
    kind: "date",
    requiredFor: ["eligibility"],
    aliases: ["Origination Date", "Orig Date", "Note Date", "Loan Origination Date"],
    meaning: "loan age",
  },
  prior_modifications: {
    kind: "count",
    requiredFor: [],
    aliases: [
      "Prior Mods",
      "Prior Mod Count",
      "Number of Prior Modifications",
      "Modification Count",
      "Mod Count",
    ],
    meaning: "modifications before this one",
  },
  prior_deferred_months: {
    kind: "count",
    requiredFor: [],
    aliases: ["Cumulative Deferred Months", "Deferred Months", "Prior Deferral Months"],
    meaning: "cumulative months already deferred",
  },
  pre_hardship_pi: {
    kind: "money",
    requiredFor: [],
    aliases: [
      "Pre-Hardship P&I",
      "Pre-Hardship PI",
      "Pre-Hardship PI Payment",
      "Pre-Hardship Payment",
    ],
    meaning: "P&I before the hardship (defaults to pi_payment)",
  },
  upb_at_default: {
    kind: "money",
    requiredFor: [],
    aliases: ["UPB at Default", "Default UPB", "UPB at Default Date"],
    meaning: "partial-claim cap base",
  },
  prior_partial_claims: {
    kind: "money",
    requiredFor: [],
    aliases: ["Prior Partial Claim", "Prior Partial Claim Amount", "Prior PCs", "Prior PC Amount"],
    meaning: "partial claims already paid",
  },
  market_rate: {
    kind: "rate",
    requiredFor: [],
    aliases: ["Market Rate", "Current Market Rate", "PMMS", "PMMS Rate"],
    meaning:
      "the dated market rate (round8(PMMS) + add-on), or PMMS itself when the column is headed PMMS",
  },
  mod_rate: {
    kind: "rate",
    requiredFor: [],
    aliases: ["Mod Rate", "MIR", "Modification Interest Rate", "Modification Rate", "GSE Mod Rate"],
    meaning: "GSE modification interest rate (MIR)",
  },
  application_received_date: {
    kind: "date",
    requiredFor: ["regx"],
    aliases: [
      "Application Received Date",
      "Application Received",
      "Application Date",
      "App Received Date",
    ],
    meaning: "loss-mitigation application received",
  },
  application_complete_date: {
    kind: "date",
    requiredFor: ["regx"],
    aliases: [
      "Application Complete Date",
      "Application Complete",
      "Complete Application Date",
      "App Complete Date",
    ],
    meaning: "loss-mitigation application made complete",
  },
  fc_sale_date: {
    kind: "date",
    requiredFor: [],
    aliases: ["Foreclosure Sale Date", "FC Sale Date", "Scheduled Sale Date", "Sale Date"],
    meaning: "scheduled foreclosure sale (blank: none scheduled)",
  },
  as_of_date: {
    kind: "date",
    requiredFor: ["regx", "reports"],
    aliases: ["As Of Date", "As Of", "Evaluation Date", "Report Date"],
    meaning: "the evaluation date (never the clock)",
  },
  hardship_resolved: {
    kind: "flag",
    requiredFor: [],
    aliases: ["Hardship Resolved", "Hardship Is Resolved"],
    meaning:
      "TRUE when the borrower's hardship is resolved (repayment plans and payment deferrals need it; blank: not stated)",
  },
  can_resume_payment: {
    kind: "flag",
    requiredFor: [],
    aliases: ["Can Resume Payment", "Can Resume Pre-Hardship Payment", "Able to Resume Payment"],
    meaning:
      "TRUE when the borrower can resume the pre-hardship payment (FHA standalone partial claim; blank: not stated)",
  },
  hardship: {
    kind: "text",
    requiredFor: ["summaries"],
    aliases: ["Hardship Reason", "Hardship Type", "Reason for Default"],
    meaning: "borrower's stated hardship",
  },
  borrower_name: {
    kind: "text",
    requiredFor: ["summaries"],
    aliases: ["Borrower", "Borrower Name", "Primary Borrower"],
    meaning: "shown in worksheets only; never logged",
  },
} as const satisfies Record<string, FieldSpecShape>;

export type FieldName = keyof typeof FIELD_TABLE;
export type FieldKindOf<F extends FieldName> = (typeof FIELD_TABLE)[F]["kind"];
export type FieldType<F extends FieldName> = KindTypes[FieldKindOf<F>];

/** Every field's typed value, each optional: a record holds what its row gave (and what derives from it). */
export type LoanFields = { readonly [F in FieldName]?: FieldType<F> };

export const FIELD_NAMES = Object.keys(FIELD_TABLE) as FieldName[];

/** Headers match case-insensitively, ignoring spaces, `_` and `-` (docs/functions.md). */
export function normalizeHeader(header: string): string {
  let n = NORMALIZED.get(header);
  if (n === undefined) {
    n = header.toLowerCase().replace(/[\s_-]+/g, "");
    // A tape has a few dozen headers, asked for once a row by the options reading extra columns.
    if (NORMALIZED.size < MAX_NORMALIZED) NORMALIZED.set(header, n);
  }
  return n;
}

const NORMALIZED = new Map<string, string>();
const MAX_NORMALIZED = 4096;

/** Headers whose market_rate is PMMS itself rather than the rounded, added-on market rate. */
export const PMMS_HEADERS: ReadonlySet<string> = new Set(
  ["PMMS", "PMMS Rate"].map(normalizeHeader)
);

/**
 * Every accepted header, normalized, to its field. A header two fields claim would belong to the
 * first; the record tests hold the table to having none.
 */
function buildHeaderIndex(): ReadonlyMap<string, FieldName> {
  const index = new Map<string, FieldName>();
  for (const name of FIELD_NAMES) {
    for (const header of [name, ...FIELD_TABLE[name].aliases]) {
      const key = normalizeHeader(header);
      if (!index.has(key)) index.set(key, name);
    }
  }
  return index;
}

const HEADER_INDEX = buildHeaderIndex();

/** The field a header names (its own name or an alias), or undefined for a column the record passes through. */
export function resolveFieldName(header: string): FieldName | undefined {
  return HEADER_INDEX.get(normalizeHeader(header));
}

/** Every accepted header for each field (its name first), for the docs. */
export function headerAliases(): ReadonlyArray<{
  readonly field: FieldName;
  readonly headers: readonly string[];
}> {
  return FIELD_NAMES.map((field) => ({ field, headers: [field, ...FIELD_TABLE[field].aliases] }));
}

/** The fields the given uses need, in table order. */
export function fieldsRequiredFor(...uses: readonly Use[]): FieldName[] {
  return FIELD_NAMES.filter((f) =>
    (FIELD_TABLE[f].requiredFor as readonly Use[]).some((u) => uses.includes(u))
  );
}
