import { strict as assert } from "node:assert";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { parse } from "csv-parse/sync";
import { CSV_OPTIONS, csvTape } from "../../src/cli/tape/csv-tape";
import { PlainCsvSplitter } from "../../src/cli/pipeline/plain-csv";
import { CsvBatch, plainCsvBatches, scanPlainCsv } from "../../src/cli/pipeline/plain-passes";
import { Progress } from "../../src/cli/progress";
import { LoanIdTally } from "../../src/core/tape";
import { Cell } from "../../src/core/record";
import { isBlankCell } from "../../src/cli/tape/tape-row";

/*
 * The plain CSV splitter (the fast path of both passes over a CSV tape) against csv-parse with the
 * tape reader's options (the exact path): the same records with the same cells, the same table
 * (header row, rows, loan ids) and, for the second pass, batches whose records csv-parse reads back
 * as the file's own rows. Files that are not plain must be said to be so.
 */

let dir: string;
let n = 0;
before(() => (dir = mkdtempSync(join(tmpdir(), "lm-plain-csv-"))));
after(() => rmSync(dir, { recursive: true, force: true }));

const quiet = new Progress({ write: () => true }, true);

function file(text: string | Buffer): string {
  const p = join(dir, `t${n++}.csv`);
  writeFileSync(p, text);
  return p;
}

/** The splitter's records, fed in chunks of the given sizes (cycled); undefined when not plain. */
function split(bytes: Buffer, sizes: readonly number[]): string[][] | undefined {
  const out: string[][] = [];
  const s = new PlainCsvSplitter((r) => out.push(r.cells()));
  let k = 0;
  for (let at = 0; at < bytes.length; k++) {
    const size = sizes[k % sizes.length];
    if (!s.push(bytes.subarray(at, at + size))) return undefined;
    at += size;
  }
  return s.end() ? out : undefined;
}

/** The table csv-parse and the tape reader give: header, its row, the data rows (cells and numbers). */
async function byCsvParse(path: string) {
  let headers: readonly Cell[] | undefined;
  let headerRow = 0;
  const rows: { row: number; cells: readonly Cell[] }[] = [];
  for await (const r of csvTape(path).rows()) {
    assert.equal(r.unreadable, undefined, "a plain file has no unreadable row");
    if (!headers) {
      headers = r.cells;
      headerRow = r.row;
    } else rows.push({ row: r.row, cells: r.cells });
  }
  return { headers, headerRow, rows };
}

const unquoted = fc
  .array(fc.constantFrom(..."ab7 .-é\u00a0\t€".split("")), { maxLength: 6 })
  .map((c) => c.join(""));
const quoted = fc
  .array(fc.constantFrom(...'ab ,"\n\r\u00a0é'.split("").concat(["\r\n"])), { maxLength: 6 })
  .map((c) => `"${c.join("").replace(/"/g, '""')}"`);
const field = fc.oneof({ weight: 3, arbitrary: unquoted }, { weight: 1, arbitrary: quoted });
const id = fc.constantFrom("L1", "L2", " L3 ", "L1", "", "7000", "\u00a0");
const record = fc.oneof(
  fc.tuple(id, fc.array(field, { maxLength: 4 })).map(([i, f]) => [i, ...f].join(",")),
  fc.constantFrom("", " ", ",", ' ,""', '""', "\t,\u00a0")
);
const ending = fc.constantFrom("\n", "\r\n", "\r");
/** Plain files: one line ending, a BOM or not, a final line ending or not. */
const plainFile = fc
  .tuple(fc.boolean(), fc.array(record, { minLength: 0, maxLength: 12 }), ending, fc.boolean())
  .map(([bom, recs, end, final]) => {
    const text = ["loan_id,b,c", ...recs].join(end) + (final ? end : "");
    return (bom ? "\uFEFF" : "") + text;
  });
/** Files that are not plain, most of them: a stray quote, text after a closing quote, mixed endings, an open quote. */
const oddFile = fc
  .tuple(plainFile, fc.nat(200), fc.constantFrom('x"y', '"a"b', "\r", "\n", "\r\n", '"open', '"'))
  .map(([text, at, bit]) => {
    const i = text.length ? at % text.length : 0;
    return text.slice(0, i) + bit + text.slice(i);
  });
const chunks = fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 5 });

describe("cli/pipeline: plain CSV split without csv-parse", () => {
  it("edge cases: a BOM alone, an empty file, a quote never closed, a closing quote followed by text, mixed line endings", () => {
    assert.deepEqual(split(Buffer.from("\uFEFF"), [1]), []);
    assert.deepEqual(split(Buffer.from(""), [1]), []);
    assert.deepEqual(split(Buffer.from('a,"b\nc"\r\nd'), [2]), [["a", "b\nc"], ["d"]]);
    assert.deepEqual(split(Buffer.from('a,"b\nc"\nd'), [2]), [["a", "b\nc"], ["d"]]);
    assert.equal(split(Buffer.from('a,"b'), [3]), undefined);
    assert.equal(split(Buffer.from('a,"b"c\n'), [3]), undefined);
    assert.equal(split(Buffer.from('a,b"c\n'), [3]), undefined);
    assert.equal(split(Buffer.from("a\nb\r\n"), [3]), undefined);
    assert.deepEqual(split(Buffer.from("a\r\n\r\nb"), [1]), [["a"], [""], ["b"]]);
    assert.deepEqual(split(Buffer.from("a\rb\r"), [1]), [["a"], ["b"]]);
  });

  it("the same records and cells as csv-parse, in chunks of any size (property)", () => {
    let plain = 0;
    fc.assert(
      fc.property(fc.oneof(plainFile, oddFile), chunks, (text, sizes) => {
        const bytes = Buffer.from(text);
        const ours = split(bytes, sizes);
        if (ours === undefined) return;
        plain++;
        assert.deepEqual(ours, parse(bytes, CSV_OPTIONS), JSON.stringify(text));
      }),
      { numRuns: 5000 }
    );
    assert.ok(plain > 2500, `${plain} plain files compared`);
  });

  it("any bytes, broken UTF-8 among them: when found plain, the records csv-parse gives (property)", () => {
    const byte = fc.constantFrom(
      0x61,
      0x2c,
      0x22,
      0x0a,
      0x0d,
      0x20,
      0xc3,
      0xa9,
      0xff,
      0xe2,
      0x82,
      0xef
    );
    fc.assert(
      fc.property(fc.array(byte, { maxLength: 60 }), chunks, (bytes, sizes) => {
        const b = Buffer.from(bytes);
        const ours = split(b, sizes);
        if (ours !== undefined) assert.deepEqual(ours, parse(b, CSV_OPTIONS), b.toString("hex"));
      }),
      { numRuns: 5000 }
    );
  });

  it("plain files are found plain (property)", () => {
    fc.assert(
      fc.property(plainFile, chunks, (text, sizes) => {
        assert.notEqual(split(Buffer.from(text), sizes), undefined, JSON.stringify(text));
      }),
      { numRuns: 2000 }
    );
  });

  it("the first pass: the header row, the rows and the repeated ids the csv-parse reading gives (property)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(plainFile, oddFile), async (text) => {
        const path = file(text);
        const ours = await scanPlainCsv(csvTape(path), quiet);
        if (ours === undefined) return;
        const exact = await byCsvParse(path);
        assert.deepEqual(ours.headers, exact.headers, JSON.stringify(text));
        assert.equal(ours.headerRow, exact.headerRow);
        assert.equal(ours.rows, exact.rows.length);
        const tally = new LoanIdTally(exact.headers!);
        for (const r of exact.rows) tally.add(r.row, r.cells);
        assert.deepEqual([...ours.tally.duplicates()], [...tally.duplicates()]);
        assert.equal(ours.tally.distinct, tally.distinct);
      }),
      { numRuns: 800 }
    );
  });

  it("the second pass: batches whose records csv-parse reads as the table's rows, numbered alike (property)", async () => {
    await fc.assert(
      fc.asyncProperty(plainFile, fc.integer({ min: 1, max: 5 }), async (text, batchRows) => {
        const path = file(text);
        const tape = csvTape(path);
        const scan = await scanPlainCsv(tape, quiet);
        assert.ok(scan, JSON.stringify(text));
        const batches: CsvBatch[] = [];
        await plainCsvBatches(tape, scan, batchRows, async (b) => void batches.push(b));
        const ours = batches.flatMap((b) => {
          const records = parse(Buffer.from(b.bytes), CSV_OPTIONS) as string[][];
          assert.equal(records.length, b.count);
          assert.ok(b.count <= batchRows);
          return records.map((cells, i) => ({ row: b.firstRow + i, cells }));
        });
        const exact = (await byCsvParse(path)).rows;
        assert.equal(ours.length, exact.length, JSON.stringify(text));
        ours.forEach((r, i) => {
          assert.equal(r.row, exact[i].row);
          // A blank row is a row of empty cells either way (the reader gives none at all).
          if (exact[i].cells.length === 0) assert.ok(r.cells.every(isBlankCell));
          else assert.deepEqual(r.cells, exact[i].cells);
        });
      }),
      { numRuns: 300 }
    );
  });
});
