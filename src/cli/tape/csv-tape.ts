import { createReadStream } from "node:fs";
import { parse } from "csv-parse";
import { TapeFile, TapeRow } from "./tape-row";
import { tableRows } from "./table-rows";

/**
 * A CSV tape, streamed through csv-parse: RFC 4180 quoting (a quoted cell may hold commas, quotes and
 * line breaks), a UTF-8 byte-order mark dropped, CRLF or LF line ends. Every cell is text, as the file
 * holds it. A row with more or fewer cells than the header is yielded as it is (the tape check
 * reports it); a row the parser cannot split (a quote never closed) is yielded as unreadable.
 * Rows are numbered as a spreadsheet opening the file numbers them: one per record, the header row 1.
 * Which rows make the table (blank lines before the header and at the end are not rows) is
 * tableRows's.
 */
export function csvTape(path: string): TapeFile {
  return { path, format: "csv", rows: () => tableRows(csvRows(path)) };
}

async function* csvRows(path: string): AsyncGenerator<TapeRow> {
  const input = createReadStream(path);
  const parser = parse({
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_records_with_error: true,
  });
  // Records the parser had to skip, each placed after the number of good records before it.
  const skipped: { after: number; reason: string }[] = [];
  parser.on("skip", (err: Error & { code?: string }) => {
    skipped.push({ after: parser.info.records, reason: skipReason(err) });
  });
  input.on("error", (err) => parser.destroy(err));
  input.pipe(parser);
  let records = 0;
  let row = 0;
  const pending = function* (): Generator<TapeRow> {
    while (skipped.length && skipped[0].after <= records) {
      const s = skipped.shift()!;
      row++;
      yield { row, cells: [], unreadable: s.reason };
    }
  };
  try {
    for await (const cells of parser as AsyncIterable<string[]>) {
      yield* pending();
      records++;
      row++;
      yield { row, cells };
    }
    yield* pending();
  } finally {
    input.destroy();
    parser.destroy();
  }
}

function skipReason(err: Error & { code?: string }): string {
  if (err.code === "CSV_QUOTE_NOT_CLOSED")
    return "a quoted cell is never closed: the row, and everything after it in the file, could not be split into cells";
  return `the row could not be split into cells (${err.message})`;
}
