/**
 * The table rows writer (rows-xml.ts) is the one path every table body takes, small or large. Its
 * oracle is the model itself, read back through a second reader, exceljs's own .xlsx parser
 * (with the standard's decoding of _xHHHH_ escapes, which exceljs skips for inline strings):
 * for random tables (text with control characters, surrogates, escape-like underscores and
 * surrounding spaces; any finite double; booleans; dates; blanks) every cell comes back equal,
 * through both zip paths (JSZip for the browser, zlib for Node).
 */
import { strict as assert } from "node:assert";
import fc from "fast-check";
import ExcelJS from "exceljs";
import { writeXlsx } from "../../src/report/xlsx";
import { writeXlsxBuffer } from "../../src/report/xlsx/node";
import {
  block,
  workbook,
  worksheet,
  NumberFormats,
  TableCell,
  CalendarDate,
} from "../../src/report/model";
import { isValidDate } from "../../src/core/calendar-date";

const date = fc
  .record({
    year: fc.integer({ min: 1901, max: 2199 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
  })
  .filter((d) => isValidDate(d.year, d.month, d.day));

const text = fc.oneof(
  fc.string({ unit: "binary", maxLength: 12 }),
  fc.constantFrom(
    "=1+1",
    "\rx",
    "_x000D_",
    "_x005F_",
    " lead",
    "trail ",
    "\u0000",
    "\uFFFE",
    "\uD800",
    "00123"
  )
);

const cellOf = (kind: number) =>
  kind === 0
    ? text
    : kind === 1
      ? fc.double({ noNaN: true, noDefaultInfinity: true })
      : kind === 2
        ? fc.boolean()
        : kind === 3
          ? date
          : fc.constant(null);

const table = fc.integer({ min: 1, max: 6 }).chain((n) =>
  fc
    .tuple(
      fc.array(fc.integer({ min: 0, max: 4 }), { minLength: n, maxLength: n }),
      fc.integer({ min: 0, max: 25 })
    )
    .chain(([kinds, rows]) =>
      fc.tuple(
        fc.constant(kinds),
        fc.array(fc.tuple(...kinds.map((k) => fc.oneof(cellOf(k), fc.constant(null)))), {
          minLength: rows,
          maxLength: rows,
        })
      )
    )
);

async function readBack(data: Uint8Array): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(data) as unknown as ExcelJS.Buffer);
  return wb.worksheets[0];
}

/** ECMA-376 ST_Xstring: _xHHHH_ is the UTF-16 unit HHHH (exceljs decodes it only in shared strings). */
function decodeXstring(v: unknown): unknown {
  return typeof v === "string"
    ? v.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
    : v;
}

function expected(v: TableCell): unknown {
  if (v === null || v === "") return null;
  if (typeof v === "object") {
    const d = v as CalendarDate;
    return new Date(Date.UTC(d.year, d.month - 1, d.day));
  }
  return Object.is(v, -0) ? 0 : v;
}

describe("report/xlsx table rows", function () {
  this.timeout(120_000);

  it("come back from exceljs's reader equal to the model, through both zip paths", async () => {
    await fc.assert(
      fc.asyncProperty(table, async ([kinds, rows]) => {
        const columns = kinds.map((k, i) => ({
          header: `C${i}`,
          format: k === 3 ? NumberFormats.isoDate : undefined,
        }));
        const model = workbook([
          worksheet({
            name: "T",
            columns: kinds.map(() => 10),
            blocks: [block.table({ name: "Data", columns, rows })],
          }),
        ]);
        const browser = await writeXlsx(model);
        const node = await writeXlsxBuffer(model);
        assert.ok(browser.ok && node.ok);
        for (const data of [browser.data, node.data]) {
          const ws = await readBack(data);
          rows.forEach((row, r) =>
            row.forEach((v, c) => {
              const got = decodeXstring(ws.getCell(2 + r, 1 + c).value);
              assert.deepEqual(
                got ?? null,
                expected(v),
                `row ${r + 1}, column ${c + 1}: ${JSON.stringify(v)}`
              );
            })
          );
        }
      }),
      { numRuns: 60 }
    );
  });
});
