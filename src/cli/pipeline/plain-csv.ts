/**
 * A CSV file written the plain RFC 4180 way, split into records without csv-parse: the first pass
 * over a tape takes only the loan ids, and the second hands whole records to the workers, which read
 * their cells with csv-parse itself. A file is plain when, from end to end:
 * - fields are separated by commas, and a field is either unquoted (no quote in it) or quoted from
 *   its first byte, with "" for a quote inside and its closing quote followed by a comma, the end of
 *   the record or the end of the file;
 * - records end with one line ending throughout: the first CR LF, LF or CR outside quotes, as
 *   csv-parse discovers it, and no other CR or LF stands outside quotes;
 * - a UTF-8 byte-order mark may open it.
 * csv-parse, with the options csv-tape.ts gives it, splits such a file into the same records with the
 * same cells (a property test holds the two to it). Anything else is not plain (a quote inside an
 * unquoted field, text after a closing quote, mixed line endings, a quote never closed): the splitter
 * says so, and the file is read through csv-parse as before.
 */

const COMMA = 44;
const QUOTE = 34;
const CR = 13;
const LF = 10;
const BOM = [0xef, 0xbb, 0xbf];

/** A field was quoted; a quoted field held "" pairs. */
const QUOTED = 1;
const ESCAPED = 2;

const NEED_MORE = -1;
const NOT_PLAIN = -2;

type LineEnding = "unknown" | "lf" | "cr" | "crlf";

/** One record, as the splitter hands it over (valid only during the call). */
export class PlainRecord {
  buf: Buffer = Buffer.alloc(0);
  /** Where the record starts, where its content ends (before the line ending), where the next starts. */
  start = 0;
  end = 0;
  next = 0;
  /** How many fields it has. */
  fields = 0;
  /** Whether a field holds a printable character other than a space (then the record is not blank). */
  printable = false;
  fieldStart = new Int32Array(64);
  fieldEnd = new Int32Array(64);
  flags = new Uint8Array(64);

  /** Field i's text, as csv-parse gives it: its bytes as UTF-8, a quoted field's "" as ". */
  field(i: number): string {
    const text = this.buf.toString("utf8", this.fieldStart[i], this.fieldEnd[i]);
    return this.flags[i] & ESCAPED ? text.replace(/""/g, '"') : text;
  }

  cells(): string[] {
    const out: string[] = [];
    for (let i = 0; i < this.fields; i++) out.push(this.field(i));
    return out;
  }

  /** Whether every cell is blank (spaces only), as the tape readers decide it. */
  blank(): boolean {
    if (this.printable) return false;
    for (let i = 0; i < this.fields; i++) if (this.field(i).trim() !== "") return false;
    return true;
  }

  grow(): void {
    const n = this.fieldStart.length * 2;
    const [s, e, f] = [new Int32Array(n), new Int32Array(n), new Uint8Array(n)];
    s.set(this.fieldStart);
    e.set(this.fieldEnd);
    f.set(this.flags);
    [this.fieldStart, this.fieldEnd, this.flags] = [s, e, f];
  }
}

/**
 * Splits a plain CSV file fed in chunks into records, calling `onRecord` for each (the record and
 * its bytes are valid only during the call). `push` and `end` return false as soon as the file is
 * found not to be plain; nothing more is split after that.
 */
export class PlainCsvSplitter {
  private pending?: Buffer;
  private ending: LineEnding = "unknown";
  private started = false;
  private failed = false;
  private readonly rec = new PlainRecord();

  constructor(private readonly onRecord: (r: PlainRecord) => void) {}

  push(chunk: Buffer): boolean {
    if (this.failed) return false;
    let buf = this.pending ? Buffer.concat([this.pending, chunk]) : chunk;
    this.pending = undefined;
    if (!this.started) {
      if (buf.length < BOM.length) {
        this.pending = Buffer.from(buf);
        return true;
      }
      this.started = true;
      if (buf[0] === BOM[0] && buf[1] === BOM[1] && buf[2] === BOM[2]) buf = buf.subarray(3);
    }
    return this.split(buf, false);
  }

  end(): boolean {
    if (this.failed) return false;
    const buf = this.pending ?? Buffer.alloc(0);
    this.pending = undefined;
    if (!this.started && buf[0] === BOM[0] && buf[1] === BOM[1] && buf[2] === BOM[2])
      return this.split(buf.subarray(3), true);
    return this.split(buf, true);
  }

  /** Bytes fed but not yet split into records (a record cut by the end of a chunk). */
  get held(): number {
    return this.pending?.length ?? 0;
  }

  private split(buf: Buffer, eof: boolean): boolean {
    let p = 0;
    const n = buf.length;
    while (p < n) {
      const next = this.record(buf, p, n, eof);
      if (next === NOT_PLAIN) {
        this.failed = true;
        return false;
      }
      if (next === NEED_MORE) {
        this.pending = Buffer.from(buf.subarray(p));
        return true;
      }
      this.onRecord(this.rec);
      p = next;
    }
    return true;
  }

  /** Reads the record at p: where the next one starts, NEED_MORE, or NOT_PLAIN. */
  private record(buf: Buffer, p: number, n: number, eof: boolean): number {
    const r = this.rec;
    r.buf = buf;
    r.start = p;
    r.printable = false;
    let f = 0;
    let i = p;
    for (;;) {
      if (f === r.fieldStart.length) r.grow();
      let c: number;
      if (i < n && buf[i] === QUOTE) {
        let j = i + 1;
        let flags = QUOTED;
        let close: number;
        for (;;) {
          const q = buf.indexOf(QUOTE, j);
          if (q < 0) return eof ? NOT_PLAIN : NEED_MORE;
          if (q + 1 < n && buf[q + 1] === QUOTE) {
            flags |= ESCAPED;
            j = q + 2;
            continue;
          }
          if (q + 1 >= n && !eof) return NEED_MORE;
          close = q;
          break;
        }
        r.fieldStart[f] = i + 1;
        r.fieldEnd[f] = close;
        r.flags[f] = flags;
        if (!r.printable) r.printable = hasPrintable(buf, i + 1, close);
        i = close + 1;
        if (i >= n) {
          r.end = r.next = i;
          r.fields = f + 1;
          return i;
        }
        c = buf[i];
        if (c === COMMA) {
          f++;
          i++;
          continue;
        }
        if (c !== CR && c !== LF) return NOT_PLAIN;
      } else {
        let j = i;
        for (; j < n; j++) {
          c = buf[j];
          if (c === COMMA || c === CR || c === LF) break;
          if (c === QUOTE) return NOT_PLAIN;
          if (c > 32 && c < 127) r.printable = true;
        }
        r.fieldStart[f] = i;
        r.fieldEnd[f] = j;
        r.flags[f] = 0;
        if (j >= n) {
          if (!eof) return NEED_MORE;
          r.end = r.next = j;
          r.fields = f + 1;
          return j;
        }
        c = buf[j];
        i = j;
        if (c === COMMA) {
          f++;
          i++;
          continue;
        }
      }
      // A line ending at i.
      const after = this.lineEnding(buf, i, n, eof);
      if (after < 0) return after;
      r.end = i;
      r.next = after;
      r.fields = f + 1;
      return after;
    }
  }

  /** Where the record after the line ending at i starts, NEED_MORE, or NOT_PLAIN. */
  private lineEnding(buf: Buffer, i: number, n: number, eof: boolean): number {
    const c = buf[i];
    if (this.ending === "unknown") {
      if (c === CR && i + 1 >= n && !eof) return NEED_MORE;
      this.ending = c === LF ? "lf" : buf[i + 1] === LF ? "crlf" : "cr";
    }
    switch (this.ending) {
      case "lf":
        return c === LF ? i + 1 : NOT_PLAIN;
      case "cr":
        return c === CR ? i + 1 : NOT_PLAIN;
      default:
        if (c !== CR) return NOT_PLAIN;
        if (i + 1 >= n) return eof ? NOT_PLAIN : NEED_MORE;
        return buf[i + 1] === LF ? i + 2 : NOT_PLAIN;
    }
  }
}

/** Whether bytes [from, to) hold a printable ASCII character other than a space. */
function hasPrintable(buf: Buffer, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = buf[k];
    if (c > 32 && c < 127) return true;
  }
  return false;
}
