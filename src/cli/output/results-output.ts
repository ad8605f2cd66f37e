import { extname } from "node:path";
import { BatchResult, OutputMode, RunCounts } from "../pipeline/batch-evaluator";
import { usageError } from "../cli-error";
import { csvResults } from "./results-csv";
import { jsonResults } from "./results-json";
import { xlsxResults } from "./results-xlsx";

/** What the run says about itself in an output that has room for it (JSON). */
export interface RunFacts {
  readonly tape: string;
  readonly sample: boolean;
  readonly program: string;
}

/** Where evaluated loans go: one row per loan, in tape order. */
export interface ResultsOutput {
  /** The batch results this output wants (CSV or JSON text, or values). */
  readonly mode: OutputMode;
  /** The file, or undefined for standard output. */
  readonly path?: string;
  start(): Promise<void>;
  write(result: BatchResult): Promise<void>;
  finish(counts: RunCounts): Promise<void>;
  discard(): void;
}

/**
 * The output for `-o`: CSV, JSON or XLSX by its extension; CSV on standard output without `-o`. A
 * file replaces one of its name only with `force`.
 */
export function resultsOutput(
  path: string | undefined,
  facts: RunFacts,
  force = false
): ResultsOutput {
  if (path === undefined) return csvResults(undefined);
  switch (extname(path).toLowerCase()) {
    case ".csv":
      return csvResults(path, force);
    case ".json":
      return jsonResults(path, facts, force);
    case ".xlsx":
      return xlsxResults(path, force);
    default:
      throw usageError(
        `-o ${JSON.stringify(path)}: write results to a .csv, .json or .xlsx file (or leave -o out for CSV on standard output)`
      );
  }
}
