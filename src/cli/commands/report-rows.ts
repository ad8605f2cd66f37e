/**
 * A file of table rows, one JSON array per line: how the report keeps its per-loan rows and its
 * exceptions between evaluating the tape and writing the workbook, so neither is held in memory.
 * Written with plain synchronous appends; read back as an iterable that the workbook writer draws
 * once, a few megabytes at a time.
 */
import { closeSync, openSync, readSync, writeSync } from "node:fs";
import type { TableRow } from "../../report/model";

const READ_BYTES = 1 << 22;

export class RowsFile {
  private fd?: number;
  private rows = 0;

  /** `readBytes`: how much each read takes (tests make it small, to cut lines and characters). */
  constructor(
    readonly path: string,
    private readonly readBytes = READ_BYTES
  ) {
    this.fd = openSync(path, "w");
  }

  get count(): number {
    return this.rows;
  }

  /** Lines already made (each a JSON array and a newline). */
  appendLines(text: string, rows: number): void {
    if (!text) return;
    writeSync(this.fd!, text);
    this.rows += rows;
  }

  append(rows: readonly TableRow[]): void {
    let text = "";
    for (const r of rows) text += `${JSON.stringify(r)}\n`;
    this.appendLines(text, rows.length);
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }

  /** The rows in the order written; `onRow` sees the running count (progress). */
  read(onRow?: (done: number) => void): Iterable<TableRow> {
    const path = this.path;
    const size = this.readBytes;
    return {
      *[Symbol.iterator]() {
        const fd = openSync(path, "r");
        const buffer = Buffer.allocUnsafe(size);
        // Bytes after the last newline read so far (a line, or a character, cut by the read).
        let carry = Buffer.alloc(0);
        let done = 0;
        try {
          for (;;) {
            const n = readSync(fd, buffer, 0, size, null);
            if (n === 0) break;
            const data = carry.length
              ? Buffer.concat([carry, buffer.subarray(0, n)])
              : buffer.subarray(0, n);
            const last = data.lastIndexOf(10);
            if (last < 0) {
              carry = Buffer.from(data);
              continue;
            }
            const text = data.toString("utf8", 0, last);
            carry = Buffer.from(data.subarray(last + 1));
            for (const line of text.split("\n")) {
              if (!line) continue;
              yield JSON.parse(line) as TableRow;
              if ((++done & 1023) === 0) onRow?.(done);
            }
          }
          if (carry.length) yield JSON.parse(carry.toString("utf8")) as TableRow;
        } finally {
          closeSync(fd);
        }
      },
    };
  }
}
