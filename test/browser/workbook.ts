/**
 * The stand-in workbooks of the browser tests: the sample loans as an Excel table, a servicer's own
 * tape (alias headers, numbers and date serials as Excel gives them), the settings saved with the
 * workbook; and the engine's own figures for a loan, to hold the pane's pages to.
 */
import { sampleLoans } from "../taskpane/sample-tape";
import { SAMPLE_MARKET_SETTINGS } from "../../src/taskpane/settings/market-defaults";
import { draftFromRow } from "../../src/taskpane/loan/loan-draft";
import { readDraft } from "../../src/taskpane/loan/loan-reading";
import { analyse, type LoanCase } from "../../src/taskpane/case/analysis";
import type { LoanTable, SettingsValues } from "../../src/taskpane/workbook/host-types";
import type { StandInWorkbook } from "../../src/taskpane/workbook/stand-in-host";

export const SETTINGS: SettingsValues = { ...SAMPLE_MARKET_SETTINGS, preparer: "Rosa Diaz" };

export const LOANS: LoanTable = { ...sampleLoans(), table: "Loans", sheet: "Tape" };

/** A servicer's tape as Excel reads it: its own headers, numbers, percents as fractions, date serials. */
export const SERVICER: LoanTable = {
  table: "Servicer",
  sheet: "Servicer tape",
  headers: [
    "Loan Number",
    "Primary Borrower",
    "Investor Code",
    "Occupancy Status",
    "Prop State",
    "Current UPB",
    "Interest Rate",
    "Months Remaining",
    "P&I",
    "Escrow",
    "Months Past Due",
    "NDD",
    "GMI",
    "BPO Value",
    "Hardship Resolved",
  ],
  rows: [
    // NDD 46204 is 2026-07-01 (days from 1899-12-30).
    [
      "8801",
      "Ann Lee",
      "Freddie Mac",
      "Owner Occupied",
      "wa",
      250000,
      0.0725,
      330,
      1735.5,
      610,
      4,
      46204,
      5400,
      295000,
      false,
    ],
  ],
  firstRowNumber: 5,
};

/** A sample loan's row with some of its cells changed, under another loan id. */
function variant(loanId: string, of: string, change: Record<string, string>): string[] {
  const row = LOANS.rows.find((r) => r[0] === of)!;
  return LOANS.headers.map((h, i) =>
    h === "loan_id" ? loanId : (change[String(h)] ?? String(row[i] ?? ""))
  );
}

/** Text a spreadsheet would take for a formula, as a borrower's name. */
export const FORMULA_NAME = '=HYPERLINK("http://example.com","click")';

/**
 * Loans that put the worksheets to the test: 1001 brought current (no arrears, so no repayment
 * plan), and 1002 with a borrower's name that looks like a formula.
 */
export const EDGE: LoanTable = {
  table: "Edge",
  sheet: "Edge cases",
  headers: LOANS.headers,
  rows: [
    variant("1001-C", "1001", {
      months_delinquent: "0",
      next_due_date: "2026-12-01",
      past_due_interest: "0",
      escrow_advances: "0",
      late_fees: "0",
    }),
    variant("1002-F", "1002", { borrower_name: FORMULA_NAME }),
  ],
  firstRowNumber: 2,
};

/** A sheet of the user's that a worksheet would be named like. */
export const USER_SHEET = "Negotiation Summary 1002";

export function standIn(extra: Partial<StandInWorkbook> = {}): StandInWorkbook {
  return {
    tables: [LOANS, SERVICER, EDGE],
    sheets: [USER_SHEET],
    settings: SETTINGS,
    ...extra,
  };
}

/** Every sheet of the stand-in workbook before the pane writes anything. */
export const EXISTING_SHEETS = [LOANS.sheet, SERVICER.sheet, EDGE.sheet, USER_SHEET];

/** The loan's case as the engine makes it from a row of the sample loans, with the workbook's settings. */
export function caseFor(loanId: string, settings: SettingsValues = SETTINGS): LoanCase {
  const index = LOANS.rows.findIndex((r) => r[0] === loanId);
  const reading = readDraft(
    draftFromRow({ ...LOANS, rowNumber: LOANS.firstRowNumber + index, values: LOANS.rows[index] }),
    settings,
    "2000-01-01"
  );
  const a = analyse(reading);
  if (a.status !== "ready") throw new Error(`loan ${loanId} does not read`);
  return a.case;
}

export function rowIndexOf(loanId: string): number {
  return LOANS.rows.findIndex((r) => r[0] === loanId);
}
