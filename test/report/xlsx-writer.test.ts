/**
 * The exceljs writer's files opened by two real readers: openpyxl (values, number formats, tables,
 * merges, print setup, header and footer, freeze panes, charts, and a check of the package rules
 * Excel enforces) and LibreOffice headless (prints them to PDF without repair; the PDF text holds
 * the key figures; pages rendered to PNG under test-results/report/ for a person to look at).
 */
import { strict as assert } from "node:assert";
import fs from "node:fs";
import { demoWorkbook } from "./demo";
import { showcaseWorkbook, TRICKY_TEXT, MIX } from "./showcase";
import {
  ReadBook,
  flatText,
  pdfPageSizes,
  printToPdf,
  readXlsx,
  renderPages,
  sheetNamed,
  writeTemp,
} from "./readers";
import { writeXlsx } from "../../src/report/xlsx";
import { block, workbook, worksheet } from "../../src/report/model";

describe("report/xlsx writer, read back by openpyxl and LibreOffice", function () {
  this.timeout(240_000);
  let demoFile = "";
  let showcaseFile = "";
  let demo: ReadBook;
  let showcase: ReadBook;
  let pdfs: string[] = [];

  before(async () => {
    demoFile = await writeTemp(demoWorkbook(), "demo-repayment-plan");
    showcaseFile = await writeTemp(showcaseWorkbook(2_000), "showcase");
    demo = readXlsx(demoFile);
    showcase = readXlsx(showcaseFile, 3_000);
    pdfs = printToPdf([demoFile, showcaseFile]);
  });

  it("meets the package rules Excel enforces", () => {
    assert.deepEqual(demo.package, []);
    assert.deepEqual(showcase.package, []);
  });

  it("writes values with their number formats, text as text", () => {
    const s = sheetNamed(demo, "Repayment Plan 1001");
    assert.deepEqual(s.cells.A1, { v: "Repayment plan agreement", t: "s", f: "@" });
    assert.equal(s.cells.D6.v, '=HYPERLINK("x") Jane Q. Borrower');
    assert.equal(s.cells.D6.t, "s");
    assert.deepEqual(s.cells.D8, { v: 1500, t: "n", f: "#,##0.00" });
    assert.deepEqual(s.cells.D10, { v: 1.25, t: "n", f: "0.00%" });
    assert.deepEqual(s.cells.B15, { v: "2026-01-01T00:00:00", t: "d", f: "mm/dd/yyyy" });
    assert.deepEqual(s.cells.F20, { v: 0, t: "n", f: "#,##0.00" });
    assert.equal(s.cells.C21.v, "=SUBTOTAL(109,Plan[Contractual])");
    assert.ok(s.merged.includes("A1:F1"));
  });

  it("writes the plan as an Excel table with banded rows, filter buttons and a totals row", () => {
    const [t] = sheetNamed(demo, "Repayment Plan 1001").tables;
    assert.deepEqual(t, {
      name: "Plan",
      ref: "A14:F21",
      headers: ["No.", "Due date", "Contractual", "Catch-up", "Installment", "Arrears left"],
      totals: ["Total", null, "sum", "sum", "sum", null],
      totalsRowCount: 1,
      autoFilter: "A14:F20",
      style: "TableStyleMedium2",
      bandedRows: true,
    });
  });

  it("writes the print setup, header and footer", () => {
    const p = sheetNamed(demo, "Repayment Plan 1001").print;
    assert.equal(p.orientation, "portrait");
    assert.equal(p.paperSize, 1);
    assert.equal(p.fitToPage, true);
    assert.equal(p.fitToWidth, 1);
    assert.equal(p.fitToHeight, 0);
    assert.match(String(p.printArea), /^\$A\$1:\$F\$\d+$/);
    assert.match(p.header.left ?? "", /Loan 1001$/);
    assert.match(p.footer.right ?? "", /Page &P of &N$/);
    assert.deepEqual(
      sheetNamed(demo, "Repayment Plan 1001").rowBreaks,
      [39],
      "signatures start page 2 at row 40"
    );
    const loans = sheetNamed(showcase, "Loans");
    assert.equal(loans.print.orientation, "landscape");
    assert.equal(loans.print.printTitleRows, "$3:$3");
    assert.equal(loans.freeze, "B4");
  });

  it("writes native charts that openpyxl finds, over the model's ranges", () => {
    const [c] = sheetNamed(demo, "Repayment Plan 1001").charts;
    assert.deepEqual(c, {
      type: "barChart",
      direction: "col",
      title: "Arrears left after each installment",
      series: [
        {
          name: "Arrears left",
          values: "'Repayment Plan 1001'!$F$15:$F$20",
          categories: "'Repayment Plan 1001'!$A$15:$A$20",
        },
      ],
    });
    const [bar] = sheetNamed(showcase, "Summary").charts;
    assert.equal(bar.direction, "bar");
    assert.equal(bar.series[0].values, "Summary!$C$7:$C$10");
    const [pie] = sheetNamed(showcase, "Charts draft").charts;
    assert.equal(pie.type, "pieChart");
    assert.equal(pie.series[0].values, "Summary!$B$7:$B$10");
  });

  it("keeps tricky text exactly, as text, in cells and in tables", () => {
    const s = sheetNamed(showcase, "Text");
    const pairs = TRICKY_TEXT.map((_, i) => s.cells[`C${i + 1}`] ?? s.cells[`B${i + 1}`]);
    pairs.forEach((c, i) =>
      assert.deepEqual([c.v, c.t], [TRICKY_TEXT[i], "s"], JSON.stringify(TRICKY_TEXT[i]))
    );
    const top = TRICKY_TEXT.length + 2;
    TRICKY_TEXT.forEach((t, i) =>
      assert.deepEqual(
        [s.cells[`A${top + 1 + i}`].v, s.cells[`A${top + 1 + i}`].t],
        [t, "s"],
        JSON.stringify(t)
      )
    );
  });

  it("streams a table from an iterable with its totals row and cached totals", () => {
    const s = sheetNamed(showcase, "Loans");
    const [t] = s.tables;
    assert.equal(t.ref, "A3:E2004", "header at row 3, 2,000 rows, totals at 2004");
    assert.deepEqual(s.cells.A2003, { v: "L001999", t: "s", f: "General" });
    assert.deepEqual(s.cells.B2003, { v: 100_000 + 1999 * 10.25, t: "n", f: "#,##0.00" });
    assert.deepEqual(s.cells.D4, { v: "2026-01-01T00:00:00", t: "d", f: "yyyy-mm-dd" });
    assert.equal(s.cells.E4.v, true);
    assert.equal(s.cells.B2004.v, "=SUBTOTAL(109,Results[UPB])");
  });

  it("is opened by LibreOffice, whose PDF holds the key figures on portrait letter pages", () => {
    const [demoPdf, showcasePdf] = pdfs;
    const text = flatText(demoPdf);
    for (const figure of [
      "Repayment plan agreement",
      "Loan 1001",
      "6,000.00",
      "1,500.00",
      "7,500.00",
      "01/01/2026",
      "06/01/2026",
      "Arrears left after each installment",
      "Page 1 of 2",
      "LM Workbench",
      "repay-fnma (version 2024-01-10)",
    ])
      assert.ok(text.includes(figure), `${figure} in the PDF`);
    for (const [w, h] of pdfPageSizes(demoPdf))
      assert.deepEqual([w, h], [612, 792], "portrait letter");
    const show = flatText(showcasePdf);
    for (const [workout] of MIX) assert.ok(show.includes(workout), workout);
    assert.ok(show.includes("21,250,000.50"), "UPB of flex modifications");
    assert.ok(show.includes("L001999"), "last loan printed");
    assert.ok(!/_x000D_|_x0001_|_x005F_/.test(show), "LibreOffice decodes the escapes");
    assert.ok(show.includes("_x0041_"), "and keeps escape-like text as typed");
    const pngs = [...renderPages(demoPdf), ...renderPages(showcasePdf, 4)];
    for (const p of pngs) assert.ok(fs.statSync(p).size > 1000, p);
  });

  it("writes the same workbook in the browser path (JSZip) as openpyxl reads it", async () => {
    const bytes = await writeXlsx(demoWorkbook());
    assert.ok(bytes.ok);
    const file = demoFile.replace("demo-repayment-plan", "demo-browser");
    fs.writeFileSync(file, bytes.data);
    const again = readXlsx(file);
    assert.deepEqual(again.sheets, demo.sheets);
    assert.deepEqual(again.package, []);
  });

  it("returns a message, not a file, for a model that breaks a rule", async () => {
    const bad = workbook([
      worksheet({
        name: "X",
        columns: [10],
        blocks: [
          block.table({
            name: "T",
            columns: [{ header: "a" }],
            rows: [[Number.POSITIVE_INFINITY]],
          }),
        ],
      }),
    ]);
    const result = await writeXlsx(bad);
    assert.equal(result.ok, false);
    assert.match(!result.ok ? result.message : "", /Infinity is not a number Excel can store/);
  });
});
