import { Cell } from "../../core/record";
import { DuplicateIds, LoanIdTally } from "../../core/tape";
import { CliError, inputError } from "../cli-error";
import { MissingSheetError } from "../tape/xlsx-tape";
import { TapeFile, TapeRow } from "../tape/tape-row";
import { Progress } from "../progress";
import { BatchInit, BatchResult, RunCounts, ZERO_COUNTS, addRunCounts } from "./batch-evaluator";
import { BatchPool } from "./batch-pool";

/** What the first pass learns: the header row, how many rows follow it, and the repeated loan ids. */
export interface TapeScan {
  readonly headers: readonly Cell[];
  readonly headerRow: number;
  readonly rows: number;
  readonly duplicates: DuplicateIds;
  /** Every loan id, in the order first seen: only when asked for (a large tape's ids take memory). */
  readonly ids?: Iterable<string>;
}

const BATCH_ROWS = 512;

/** Rows of a tape, with a read failure (a corrupt file, a missing sheet) turned into a plain input error. */
export async function* readRows(file: TapeFile): AsyncGenerator<TapeRow> {
  try {
    yield* file.rows();
  } catch (e) {
    if (e instanceof CliError) throw e;
    if (e instanceof MissingSheetError)
      throw inputError(`cannot read ${JSON.stringify(file.path)}: ${e.message}`);
    throw inputError(
      `cannot read the tape ${JSON.stringify(file.path)}: ${(e as Error).message || String(e)}`
    );
  }
}

/**
 * The first pass: counts the rows and the loan ids (memory holds the ids, never the rows), so the
 * second pass can reject every row that shares an id and show progress against the total. The ids
 * themselves are kept when `keep.ids` asks for them.
 */
export async function scanTape(
  file: TapeFile,
  progress: Progress,
  keep: { readonly ids?: boolean } = {}
): Promise<TapeScan> {
  let headers: readonly Cell[] | undefined;
  let headerRow = 0;
  let tally: LoanIdTally | undefined;
  let rows = 0;
  progress.phase("checking loan ids");
  for await (const r of readRows(file)) {
    if (!headers) {
      headers = r.cells;
      headerRow = r.row;
      tally = new LoanIdTally(headers);
      continue;
    }
    rows++;
    if (r.unreadable === undefined) tally!.add(r.row, r.cells);
    if ((rows & 4095) === 0) progress.tick(rows);
  }
  progress.done();
  if (!headers)
    throw inputError(
      `cannot use the tape ${JSON.stringify(file.path)}: it has no rows, not even a header row`
    );
  const scan = { headers, headerRow, rows, duplicates: tally!.duplicates() };
  return keep.ids ? { ...scan, ids: tally!.ids() } : scan;
}

/**
 * The second pass: rows in batches to the workers (or this thread), results to the sink in tape
 * order, with backpressure from the sink back to the reading. Returns the run's counts, which
 * reconcile: read = evaluated + rejected.
 */
export async function evaluateTape(
  file: TapeFile,
  init: BatchInit,
  workers: number,
  total: number,
  sink: (r: BatchResult) => Promise<void>,
  progress: Progress
): Promise<RunCounts> {
  let counts = ZERO_COUNTS;
  let written = 0;
  const pool = new BatchPool(init, workers, async (r) => {
    counts = addRunCounts(counts, r.counts);
    await sink(r);
    written += r.counts.read;
    progress.tick(written);
  });
  progress.phase(init.mode === "check" ? "checking" : "evaluating", total);
  try {
    let batch: TapeRow[] = [];
    let header = true;
    for await (const r of readRows(file)) {
      if (header) {
        header = false;
        continue;
      }
      batch.push(r);
      if (batch.length === BATCH_ROWS) {
        await pool.submit(batch);
        batch = [];
      }
    }
    if (batch.length) await pool.submit(batch);
    await pool.drain();
  } finally {
    await pool.close();
    progress.done();
  }
  return counts;
}
