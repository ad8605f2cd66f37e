/**
 * The request budget of the Office.js writer. Excel on the web refuses a request (everything
 * queued between two context.sync() calls) over 5 MB; the writer keeps each one under
 * REQUEST_BUDGET_BYTES, half of that, measured as the UTF-8 JSON of every value and format queued
 * plus OP_OVERHEAD_BYTES per call for Office.js's own envelope. A workbook whose writes fit in one
 * budget takes a constant number of syncs (SYNCS_FIXED); each further budget's worth adds one.
 */
export const EXCEL_WEB_REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;
export const REQUEST_BUDGET_BYTES = 2_500_000;
/** Values of a table are written in chunks of at most this many bytes, so chunks pack a request. */
export const CHUNK_BYTES = 400_000;
export const OP_OVERHEAD_BYTES = 300;
/** Syncs of a write that fits one budget: read names, write everything hidden, show (the last
 * write and the show share a request). */
export const SYNCS_FIXED = 2;

/** UTF-8 length of a string, without allocating its bytes. */
export function utf8Bytes(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) n += c >= 0x800 && (c < 0xd800 || c > 0xdfff) ? 2 : 1;
  }
  return n;
}

/** Bytes of a value as it travels in a request (its JSON), plus a call's envelope. */
export function opBytes(...values: unknown[]): number {
  let n = OP_OVERHEAD_BYTES;
  for (const v of values) n += utf8Bytes(JSON.stringify(v) ?? "");
  return n;
}

/**
 * opBytes of an array of `count` items (count ≥ 1) whose JSON texts together take `itemBytes`: the
 * items, a comma between two, the brackets and the envelope, without serializing the array again.
 */
export function arrayOpBytes(itemBytes: number, count: number): number {
  return OP_OVERHEAD_BYTES + itemBytes + count + 1;
}
