/** The sample tape the pane bundles, read in Node as the browser mode reads it. */
import fs from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { sampleTable } from "../../src/taskpane/workbook/sample-loans";
import type { LoanTable } from "../../src/taskpane/workbook/host-types";

export const SAMPLE_TAPE = path.resolve(__dirname, "../../assets/sample-tape.csv");

export function sampleLoans(): LoanTable {
  return sampleTable(
    parse(fs.readFileSync(SAMPLE_TAPE, "utf8"), { skip_empty_lines: true }) as string[][]
  );
}

/** The sample workbook's settings, as the browser mode starts with them. */
export { SAMPLE_MARKET_SETTINGS } from "../../src/taskpane/settings/market-defaults";
