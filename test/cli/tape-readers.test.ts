import { strict as assert } from "node:assert";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { csvTape } from "../../src/cli/tape/csv-tape";
import { xlsxTape } from "../../src/cli/tape/xlsx-tape";
import { TapeFile, TapeRow } from "../../src/cli/tape/tape-row";
import { openTape } from "../../src/cli/tape/open-tape";
import { CliError } from "../../src/cli/cli-error";

let dir: string;
before(() => (dir = mkdtempSync(join(tmpdir(), "lm-readers-"))));
after(() => rmSync(dir, { recursive: true, force: true }));

async function all(file: TapeFile): Promise<TapeRow[]> {
  const out: TapeRow[] = [];
  for await (const r of file.rows()) out.push(r);
  return out;
}

function csv(name: string, text: string | Buffer): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

describe("cli/tape: the CSV reader (csv-parse, streaming)", () => {
  it("quoted cells keep their commas, doubled quotes and line breaks; the BOM is dropped; CRLF ends lines", async () => {
    const p = csv(
      "q.csv",
      '\uFEFFloan_id,hardship\r\nA,"Divorce, then ""job loss""\r\nsecond line"\r\nB,Medical\r\n'
    );
    const rows = await all(csvTape(p));
    assert.deepEqual(
      rows.map((r) => [r.row, r.cells]),
      [
        [1, ["loan_id", "hardship"]],
        [2, ["A", 'Divorce, then "job loss"\r\nsecond line']],
        [3, ["B", "Medical"]],
      ]
    );
  });

  it("a ragged row comes back as it is (the check reports it); nothing is thrown", async () => {
    const rows = await all(csvTape(csv("r.csv", "a,b,c\n1,2\n1,2,3,4\n")));
    assert.deepEqual(
      rows.map((r) => r.cells.length),
      [3, 2, 4]
    );
  });

  it("the newline that ends the file is not a row, nor are blank lines at the end; a blank line between rows is", async () => {
    const rows = await all(csvTape(csv("b.csv", "\n\nid\nA\n\n,\nB\n\n\n")));
    assert.deepEqual(
      rows.map((r) => [r.row, r.cells.join("|")]),
      [
        [3, "id"],
        [4, "A"],
        [5, ""],
        [6, ""], // a row of empty cells is a blank row, held back as one
        [7, "B"],
      ]
    );
  });

  it("a quote never closed: the rest of the file is one unreadable row, reported, not thrown", async () => {
    const rows = await all(csvTape(csv("u.csv", 'id,x\nA,1\nB,"open\nC,3\n')));
    assert.deepEqual(
      rows.map((r) => [r.row, r.unreadable ? "unreadable" : r.cells.join("|")]),
      [
        [1, "id|x"],
        [2, "A|1"],
        [3, "unreadable"],
      ]
    );
    assert.match(rows[2].unreadable!, /quoted cell is never closed/);
  });

  it("a stray quote inside an unquoted cell is kept as a character", async () => {
    const rows = await all(csvTape(csv("s.csv", 'id,note\nA,12" pipe\n')));
    assert.deepEqual(rows[1].cells, ["A", '12" pipe']);
  });

  it("stopping early closes the file (a loan lookup stops at its row)", async () => {
    const p = csv("big.csv", "id\n" + Array.from({ length: 5000 }, (_, i) => `L${i}`).join("\n"));
    let n = 0;
    for await (const r of csvTape(p).rows()) {
      if (++n === 3) {
        assert.equal(r.cells[0], "L1");
        break;
      }
    }
    assert.equal(n, 3);
  });
});

describe("cli/tape: the XLSX reader (exceljs WorkbookReader, streaming)", () => {
  async function workbook(name: string, build: (wb: ExcelJS.Workbook) => void): Promise<string> {
    const wb = new ExcelJS.Workbook();
    build(wb);
    const p = join(dir, name);
    await wb.xlsx.writeFile(p);
    return p;
  }

  it("numbers stay numbers, dates become ISO dates, TRUE/FALSE booleans, text text; formulas give their result", async () => {
    const p = await workbook("t.xlsx", (wb) => {
      const ws = wb.addWorksheet("Tape");
      ws.addRow(["loan_id", "upb", "next_due_date", "hardship_resolved", "note", "total"]);
      const r = ws.addRow([
        "A",
        200000.5,
        new Date(Date.UTC(2026, 8, 1)),
        true,
        { richText: [{ text: "rich " }, { text: "text" }] },
        { formula: "B2*2", result: 400001 },
      ]);
      r.getCell(3).numFmt = "mm/dd/yyyy";
    });
    const rows = await all(xlsxTape(p));
    assert.deepEqual(rows[1].cells, ["A", 200000.5, "2026-09-01", true, "rich text", 400001]);
  });

  it("short rows are padded to the header's width; values past it are kept (extra cells); empty rows between come back blank", async () => {
    const p = await workbook("w.xlsx", (wb) => {
      const ws = wb.addWorksheet("Tape");
      ws.getRow(1).values = ["a", "b", "c"];
      ws.getRow(2).values = ["1"];
      ws.getRow(4).values = ["1", "2", "3", "4"];
      ws.getRow(9).getCell(1).value = null; // a row element with no value: not a row at the end
    });
    const rows = await all(xlsxTape(p));
    assert.deepEqual(
      rows.map((r) => [r.row, r.cells]),
      [
        [1, ["a", "b", "c"]],
        [2, ["1", "", ""]],
        [3, []],
        [4, ["1", "2", "3", "4"]],
      ]
    );
  });

  it("reads the first worksheet, or the one named with --sheet; a missing sheet names the sheets there are", async () => {
    const p = await workbook("s.xlsx", (wb) => {
      wb.addWorksheet("Notes").addRow(["nothing here"]);
      const t = wb.addWorksheet("Tape");
      t.addRow(["loan_id"]);
      t.addRow(["A"]);
    });
    assert.deepEqual((await all(xlsxTape(p)))[0].cells, ["nothing here"]);
    assert.deepEqual((await all(xlsxTape(p, "Tape")))[1].cells, ["A"]);
    await assert.rejects(
      all(xlsxTape(p, "Loans")),
      /no worksheet named "Loans" \(its worksheets: "Notes", "Tape"\)/
    );
  });

  it("shared strings written by another program (LibreOffice, openpyxl) read the same as exceljs's", async () => {
    // exceljs writes shared strings for text cells; this checks the cache is used, not indexes.
    const p = await workbook("ss.xlsx", (wb) => {
      const ws = wb.addWorksheet("T");
      ws.addRow(["loan_id", "investor"]);
      for (let i = 0; i < 50; i++) ws.addRow([`L${i}`, i % 2 ? "FNMA" : "FHA"]);
    });
    const rows = await all(xlsxTape(p));
    assert.deepEqual(rows[50].cells, ["L49", "FNMA"]);
  });
});

describe("cli/tape: opening a tape", () => {
  it("a missing file and a folder are input errors (exit 1); .xls is refused with what to do", () => {
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return [(e as CliError).exitCode, (e as Error).message];
      }
      return [0, ""];
    };
    assert.deepEqual(code(() => openTape(join(dir, "none.csv"), undefined))[0], 1);
    assert.deepEqual(code(() => openTape(dir, undefined))[0], 1);
    const xls = csv("old.xls", "x");
    assert.match(String(code(() => openTape(xls, undefined))[1]), /save it as \.xlsx or CSV/);
    assert.equal(
      code(() => openTape(csv("c.csv", "id\nA\n"), "Tape"))[0],
      2,
      "--sheet with a CSV is a usage error"
    );
  });

  it("an .xlsx is known by its zip signature whatever its name; no tape means the bundled sample", async () => {
    const p = join(dir, "tape.dat");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("T").addRow(["loan_id"]);
    await wb.xlsx.writeFile(p);
    assert.equal(openTape(p, undefined).file.format, "xlsx");
    const sample = openTape(undefined, undefined);
    assert.equal(sample.sample, true);
    assert.match(sample.file.path, /assets[/\\]sample-tape\.csv$/);
  });
});
