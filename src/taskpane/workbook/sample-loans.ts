/**
 * The bundled sample loans, as the in-browser workbook's table: the CSV is fetched with its parser
 * only when the pane opens outside Excel (both in chunks of their own).
 */
import type { LoanTable } from "./host-types";

export const SAMPLE_TABLE = "SampleLoans";

export async function loadSampleLoans(): Promise<LoanTable> {
  const [csv, parser] = await Promise.all([
    import(/* webpackChunkName: "sample-tape" */ "../../../assets/sample-tape.csv"),
    import(/* webpackChunkName: "csv-parse" */ "csv-parse/browser/esm/sync"),
  ]);
  // Every line is a row, as the command line reads the same file: a blank or ragged row stays in
  // the table (and is rejected with its reason), and row numbers agree with the command line's.
  return sampleTable(parser.parse(csv.default, { relax_column_count: true }) as string[][]);
}

/** A parsed CSV (header row first) as the sample table. */
export function sampleTable(rows: readonly (readonly string[])[]): LoanTable {
  const [headers = [], ...body] = rows;
  return {
    table: SAMPLE_TABLE,
    sheet: "Sample loans",
    headers,
    rows: body,
    firstRowNumber: 2,
  };
}
