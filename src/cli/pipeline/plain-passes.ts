import { createReadStream } from "node:fs";
import { Cell } from "../../core/record";
import { LoanIdTally } from "../../core/tape";
import { inputError } from "../cli-error";
import { Progress } from "../progress";
import { TapeFile } from "../tape/tape-row";
import { PlainCsvSplitter, PlainRecord } from "./plain-csv";

/** Chunks read from a CSV file: large enough that a chunk holds thousands of records. */
const CHUNK_BYTES = 1 << 20;

/** What the first pass over a plain CSV file learns (TapeScan's fields), and where its records are. */
export interface PlainScan {
  readonly headers: readonly Cell[];
  readonly headerRow: number;
  readonly rows: number;
  readonly tally: LoanIdTally;
}

/** The files whose first pass found them plain, with what it learned: the second pass reads them the same way. */
const PLAIN = new WeakMap<TapeFile, PlainScan>();

export function plainScanOf(file: TapeFile): PlainScan | undefined {
  return PLAIN.get(file);
}

/**
 * The first pass over a CSV tape without csv-parse, when the file is plain (plain-csv.ts): the
 * header row (the first row with a value), the rows of the table (to the last row with a value;
 * blank rows between count), and each row's loan id. Undefined when the file is not plain: the
 * caller then reads it through csv-parse.
 */
export async function scanPlainCsv(
  file: TapeFile,
  progress: Progress
): Promise<PlainScan | undefined> {
  let row = 0;
  let headers: string[] | undefined;
  let headerRow = 0;
  let tally: LoanIdTally | undefined;
  let column = -1;
  let rows = 0;
  let blankRun = 0;
  const splitter = new PlainCsvSplitter((r: PlainRecord) => {
    row++;
    if (headers === undefined) {
      if (r.blank()) return;
      headers = r.cells();
      headerRow = row;
      tally = new LoanIdTally(headers);
      column = tally.idColumn;
      return;
    }
    if (r.blank()) {
      blankRun++;
      return;
    }
    rows += blankRun + 1;
    blankRun = 0;
    if (column >= 0 && column < r.fields) tally!.addId(row, r.field(column));
    if ((rows & 4095) === 0) progress.tick(rows);
  });
  for await (const chunk of createReadStream(file.path, { highWaterMark: CHUNK_BYTES }))
    if (!splitter.push(chunk as Buffer)) return undefined;
  if (!splitter.end()) return undefined;
  if (headers === undefined) return undefined;
  const scan = { headers, headerRow, rows, tally: tally! };
  PLAIN.set(file, scan);
  return scan;
}

/** Records of a plain CSV file handed to the workers as they are: their bytes, the first one's row number, how many. */
export interface CsvBatch {
  readonly firstRow: number;
  readonly count: number;
  readonly bytes: Uint8Array;
}

/**
 * The second pass over a plain CSV file: its table's rows after the header, in batches of
 * `batchRows` records, each the file's own bytes (csv-parse reads their cells in the worker).
 * `submit` is awaited for each batch, so a slow consumer holds the reading back.
 */
export async function plainCsvBatches(
  file: TapeFile,
  scan: PlainScan,
  batchRows: number,
  submit: (batch: CsvBatch) => Promise<void>
): Promise<void> {
  const last = scan.headerRow + scan.rows;
  let row = 0;
  let firstRow = 0;
  let count = 0;
  // The open batch's bytes: whole parts from buffers already left, then [from, to) of the current one.
  let parts: Uint8Array[] = [];
  let from = 0;
  let to = 0;
  let current: Buffer | undefined;
  let ready: CsvBatch[] = [];
  const close = () => {
    if (count === 0) return;
    parts.push(current!.subarray(from, to));
    const bytes = new Uint8Array(parts.reduce((n, b) => n + b.length, 0));
    let at = 0;
    for (const b of parts) {
      bytes.set(b, at);
      at += b.length;
    }
    ready.push({ firstRow, count, bytes });
    parts = [];
    count = 0;
  };
  const splitter = new PlainCsvSplitter((r: PlainRecord) => {
    row++;
    if (r.buf !== current) {
      // A new buffer: it starts with the record cut at the end of the last one.
      if (count > 0) {
        parts.push(Buffer.from(current!.subarray(from, to)));
        from = to = r.start;
      }
      current = r.buf;
    }
    if (row <= scan.headerRow || row > last) return;
    if (count === 0) {
      firstRow = row;
      from = r.start;
    }
    count++;
    to = r.next;
    if (count === batchRows) close();
  });
  const changed = () =>
    inputError(
      `cannot read the tape ${JSON.stringify(file.path)}: it changed while it was being read`
    );
  for await (const chunk of createReadStream(file.path, { highWaterMark: CHUNK_BYTES })) {
    if (!splitter.push(chunk as Buffer)) throw changed();
    for (const b of ready) await submit(b);
    ready = [];
  }
  if (!splitter.end()) throw changed();
  close();
  for (const b of ready) await submit(b);
  if (row < last) throw changed();
}
