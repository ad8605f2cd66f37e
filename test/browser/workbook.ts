/**
 * The stand-in workbooks of the browser tests: the sample loans as an Excel table, a servicer's own
 * tape (alias headers, numbers and date serials as Excel gives them), the settings saved with the
 * workbook; and the engine's own figures for a loan, to hold the pane's pages to.
 */
import { sampleLoans } from "../taskpane/sample-tape";
import { SAMPLE_MARKET_SETTINGS } from "../../src/taskpane/settings/market-defaults";
import { draftFromRow } from "../../src/taskpane/loan/loan-draft";
import { readDraft } from "../../src/taskpane/loan/loan-reading";
import { analyse, type Analysis } from "../../src/taskpane/options/use-analysis";
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

export function standIn(extra: Partial<StandInWorkbook> = {}): StandInWorkbook {
  return { tables: [LOANS, SERVICER], settings: SETTINGS, ...extra };
}

/** The engine's analysis of a row of the sample loans, with the workbook's settings. */
export function engineFor(loanId: string): Extract<Analysis, { status: "ready" }> {
  const index = LOANS.rows.findIndex((r) => r[0] === loanId);
  const reading = readDraft(
    draftFromRow({ ...LOANS, rowNumber: LOANS.firstRowNumber + index, values: LOANS.rows[index] }),
    SETTINGS,
    "2000-01-01"
  );
  const a = analyse(reading.record, SETTINGS);
  if (a.status !== "ready") throw new Error(`loan ${loanId} does not read`);
  return a;
}

export function rowIndexOf(loanId: string): number {
  return LOANS.rows.findIndex((r) => r[0] === loanId);
}
