import { TapeRow, isBlankCell } from "./tape-row";

/**
 * The rows of the table a tape file holds: from the first row with a value (the header row) to the
 * last row with a value. A blank row between them is a row of the table (the tape check rejects it);
 * blank rows after the last row with a value (a file's final newlines, a sheet's formatted but empty
 * rows) are not rows. Blank rows come in numbered order, so a run of them is held back as its first
 * row number and length, never as cells, until a row with a value follows it.
 */
export async function* tableRows(raw: AsyncIterable<TapeRow>): AsyncGenerator<TapeRow> {
  let headerSeen = false;
  let blankFrom = 0;
  let blankCount = 0;
  for await (const r of raw) {
    const blank = r.unreadable === undefined && r.cells.every(isBlankCell);
    if (!headerSeen) {
      if (blank) continue;
      headerSeen = true;
      yield r;
      continue;
    }
    if (blank) {
      if (blankCount === 0) blankFrom = r.row;
      blankCount++;
      continue;
    }
    for (let k = 0; k < blankCount; k++) yield { row: blankFrom + k, cells: [] };
    blankCount = 0;
    yield r;
  }
}
