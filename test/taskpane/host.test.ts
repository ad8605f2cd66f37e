/**
 * The Excel host (src/taskpane/host.ts) against office-addin-mock: the mock refuses a property read
 * before it was loaded and synced, so these tests also hold the module to Office.js's load/sync
 * discipline. Headers are a servicer's own (aliases), read back through the record parser.
 */
import { strict as assert } from "node:assert";
import { OfficeMockObject } from "office-addin-mock";
import { readSelectedRow, readSelectedTable } from "../../src/taskpane/host";
import { readLoan } from "../../src/taskpane/loan/parse-field";

type Globals = { Office?: unknown; Excel?: unknown };
const globals = globalThis as Globals;

/** A servicer's tape: aliases for every field the record reads. */
const HEADERS = [
  "Loan Number",
  "Investor Code",
  "UPB",
  "Interest Rate",
  "Months Remaining",
  "NDD",
  "Prop State",
];
const ROW = ["7001", "Fannie Mae", 212450.18, 0.0675, 312, 46265, "FL"];

/** Marks a mock's property as present without a load, as Office sets isNullObject after a sync. */
function plain<T extends object>(mock: T, values: Record<string, unknown>): T {
  Object.assign(mock, values);
  return mock;
}

/**
 * An active cell at sheet row `rowIndex` (0-based) of sheet "Tape": inside table "Loans" (header on
 * row 3, body from row 4) when `inTable`, else in a plain range whose used range starts on row 1.
 */
function excelWith(options: { inTable: boolean; rowIndex: number; onHeader?: boolean }) {
  const tableCount = options.inTable ? 1 : 0;
  const excel = new OfficeMockObject({
    context: {
      workbook: {
        worksheets: {
          sheet: {
            name: "Tape",
            used: {
              rowIndex: 0,
              rowCount: 10,
              header: { values: [HEADERS] },
              getRow(this: { header: unknown }, i: number) {
                assert.equal(i, 0, "only the used range's first row is its header");
                return this.header;
              },
            },
            getUsedRange(this: { used: unknown }, valuesOnly: boolean) {
              assert.equal(valuesOnly, true);
              return this.used;
            },
          },
          getActiveWorksheet(this: { sheet: unknown }) {
            return this.sheet;
          },
        },
        cell: {
          rowIndex: options.rowIndex,
          tables: {
            table: {
              name: "Loans",
              header: { values: [HEADERS] },
              body: { rowIndex: 3 },
              getHeaderRowRange(this: { header: unknown }) {
                return this.header;
              },
              getDataBodyRange(this: { body: unknown }) {
                return this.body;
              },
            },
            getCount() {
              return { value: tableCount };
            },
            getFirst(this: { table: unknown }) {
              return this.table;
            },
          },
          entireRow: {
            intersection: { values: [ROW], rowIndex: options.rowIndex },
            getIntersectionOrNullObject(this: { intersection: unknown }) {
              return this.intersection;
            },
          },
          getTables(this: { tables: unknown }, fullyContained: boolean) {
            assert.equal(fullyContained, false);
            return this.tables;
          },
          getEntireRow(this: { entireRow: unknown }) {
            return this.entireRow;
          },
        },
        getActiveCell(this: { cell: unknown }) {
          return this.cell;
        },
      },
    },
    run: async function (
      this: { context: unknown },
      callback: (context: unknown) => Promise<unknown>
    ) {
      return callback(this.context);
    },
  }) as unknown as {
    context: { workbook: { cell: { entireRow: { intersection: object } } } };
  };
  plain(excel.context.workbook.cell.entireRow.intersection, {
    isNullObject: Boolean(options.onHeader),
  });
  return excel;
}

describe("taskpane/host (Excel, through office-addin-mock)", () => {
  afterEach(() => {
    delete globals.Office;
    delete globals.Excel;
  });

  it("reads the active cell's row of an Excel table with its header row, aliases included", async () => {
    globals.Excel = excelWith({ inTable: true, rowIndex: 6 });
    const r = await readSelectedRow();
    assert.ok(r.ok, r.ok ? "" : r.reason);
    assert.deepEqual(r.value, {
      table: "Loans",
      sheet: "Tape",
      rowNumber: 7,
      headers: HEADERS,
      values: ROW,
    });
    // The record parser maps every alias to its field: serial 46265 is 2026-08-31 (Excel's 1900 system).
    const loan = readLoan(r.value.headers, r.value.values);
    assert.deepEqual(loan.issues, []);
    assert.equal(loan.record.loan_id, "7001");
    assert.equal(loan.record.investor, "FNMA");
    assert.equal(loan.record.upb, 21245018, "money is read into whole cents");
    assert.equal(loan.record.note_rate?.toString(), "0.0675");
    assert.equal(loan.record.remaining_term, 312);
    assert.deepEqual(loan.record.next_due_date, { year: 2026, month: 8, day: 31 });
    assert.equal(loan.record.property_state, "FL");
  });

  it("says so when the active cell is on the table's header row", async () => {
    globals.Excel = excelWith({ inTable: true, rowIndex: 2, onHeader: true });
    const r = await readSelectedRow();
    assert.equal(r.ok, false);
    assert.match(r.ok ? "" : r.reason, /header row of table Loans: select a loan's row below it/);
  });

  it("reads a plain range with its first used row as the header row", async () => {
    globals.Excel = excelWith({ inTable: false, rowIndex: 4 });
    const r = await readSelectedRow();
    assert.ok(r.ok, r.ok ? "" : r.reason);
    assert.equal(r.value.table, "Tape");
    assert.equal(r.value.rowNumber, 5);
    assert.deepEqual(r.value.headers, HEADERS);
  });

  it("turns an Excel failure into a sentence, never a throw", async () => {
    globals.Excel = {
      run: async () => {
        throw new Error("The workbook is protected.");
      },
    };
    const r = await readSelectedRow();
    assert.deepEqual(r, {
      ok: false,
      reason: "Excel could not read the selected row: The workbook is protected.",
    });
  });

  it("reads a whole table in row chunks, each under the payload limit", async () => {
    const rows = Array.from({ length: 5 }, (_v, i) => [`L${i}`, 1000 + i]);
    const requested: [number, number][] = [];
    globals.Excel = new OfficeMockObject({
      context: {
        workbook: {
          worksheets: {
            sheet: { name: "Tape" },
            getActiveWorksheet(this: { sheet: unknown }) {
              return this.sheet;
            },
          },
          cell: {
            tables: {
              table: {
                name: "Loans",
                // A table 40,000 columns wide: 100,000 cells a request is 2 rows.
                header: { values: [["Loan ID", "UPB"]], columnCount: 40_000 },
                body: {
                  rowIndex: 1,
                  rowCount: rows.length,
                  chunk0: { values: rows.slice(0, 2) },
                  chunk2: { values: rows.slice(2, 4) },
                  chunk4: { values: rows.slice(4, 5) },
                  getRow(this: Record<string, unknown>, start: number) {
                    return {
                      getResizedRange: (extra: number) => {
                        requested.push([start, extra + 1]);
                        return this[`chunk${start}`];
                      },
                    };
                  },
                },
                getHeaderRowRange(this: { header: unknown }) {
                  return this.header;
                },
                getDataBodyRange(this: { body: unknown }) {
                  return this.body;
                },
              },
              getCount: () => ({ value: 1 }),
              getFirst(this: { table: unknown }) {
                return this.table;
              },
            },
            getTables(this: { tables: unknown }) {
              return this.tables;
            },
          },
          getActiveCell(this: { cell: unknown }) {
            return this.cell;
          },
        },
      },
      run: async function (this: { context: unknown }, cb: (c: unknown) => Promise<unknown>) {
        return cb(this.context);
      },
    });
    const r = await readSelectedTable();
    assert.ok(r.ok, r.ok ? "" : r.reason);
    assert.deepEqual(r.value.rows, rows);
    assert.equal(r.value.firstRowNumber, 2);
    assert.deepEqual(requested, [
      [0, 2],
      [2, 2],
      [4, 1],
    ]);
  });
});
