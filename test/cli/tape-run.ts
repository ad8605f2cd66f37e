import { ColumnValue } from "../../src/core/portfolio";
import { TapeIssue } from "../../src/core/tape";
import { RunCounts } from "../../src/cli/pipeline/batch-evaluator";
import { evaluateTape, scanTape } from "../../src/cli/pipeline/run-tape";
import { Progress } from "../../src/cli/progress";
import { TapeFile } from "../../src/cli/tape/tape-row";
import { MarketSettings } from "../../src/core/portfolio";

export interface TapeRunResult {
  readonly rows: ColumnValue[][];
  readonly issues: TapeIssue[];
  readonly counts: RunCounts;
}

const quiet = () => new Progress({ write: () => true }, true);

/** A tape through both passes in this thread, as `evaluate` runs it, collecting values and exceptions. */
export async function runTape(
  file: TapeFile,
  program = "AUTO",
  settings: MarketSettings = {}
): Promise<TapeRunResult> {
  const scan = await scanTape(file, quiet());
  const rows: ColumnValue[][] = [];
  const issues: TapeIssue[] = [];
  const counts = await evaluateTape(
    file,
    {
      headers: scan.headers,
      headerRow: scan.headerRow,
      program,
      settings,
      duplicates: scan.duplicates,
      mode: "values",
    },
    0,
    scan.rows,
    async (r) => {
      rows.push(...(r.values ?? []));
      issues.push(...r.issues);
    },
    quiet()
  );
  return { rows, issues, counts };
}
