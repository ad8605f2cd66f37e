/**
 * The loans of the pane's tests: 15 loans with the loan-tape headers, every investor, each workout
 * branch the pages show, and one bad row (loan 1007, its note rate typed as 6.875). Kept here so
 * the tests do not change when the bundled sample tape (assets/sample-tape.csv) does.
 */
import fs from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { sampleTable } from "../../src/taskpane/workbook/sample-loans";
import type { LoanTable } from "../../src/taskpane/workbook/host-types";

export const TEST_LOANS = path.resolve(__dirname, "fixtures/loans.csv");
export const BUNDLED_SAMPLE = path.resolve(__dirname, "../../assets/sample-tape.csv");

function readCsv(file: string): string[][] {
  return parse(fs.readFileSync(file, "utf8"), { relax_column_count: true }) as string[][];
}

export function sampleLoans(): LoanTable {
  return sampleTable(readCsv(TEST_LOANS));
}

/** The bundled sample tape as the browser mode reads it. */
export function bundledSample(): LoanTable {
  return sampleTable(readCsv(BUNDLED_SAMPLE));
}

/** The settings the tests' workbook carries: the browser mode's sample market inputs. */
export { SAMPLE_MARKET_SETTINGS } from "../../src/taskpane/settings/market-defaults";
