/** The sheet model: Excel's naming rules, addresses, layout of blocks, references, checks, audit. */
import { strict as assert } from "node:assert";
import fs from "node:fs";
import path from "node:path";
import {
  ADDIN_VERSION,
  auditBlock,
  block,
  cell,
  cellLook,
  columnLetters,
  freeSheetName,
  freeSheetNames,
  freeTableName,
  isDateFormat,
  layoutSheet,
  parseRange,
  percentFormat,
  prepareWorkbook,
  quoteSheetName,
  tableNameProblem,
  validSheetName,
  workbook,
  worksheet,
  wrappedLines,
  hf,
} from "../../src/report/model";
import { ooxmlEscape, xmlText } from "../../src/report/xlsx/xml-text";

describe("report/model sheet names", () => {
  it("makes any wish a valid name: forbidden characters, apostrophes at the ends, 31 characters, History", () => {
    assert.equal(validSheetName("Plan [1]: a/b\\c*d?"), "Plan 1 a b c d");
    assert.equal(validSheetName("'quoted'"), "quoted");
    assert.equal(validSheetName("   "), "Sheet");
    assert.equal(validSheetName("history"), "history 1");
    assert.equal(validSheetName("A".repeat(40)).length, 31);
    assert.equal(
      validSheetName(`${"x".repeat(30)}😀`),
      "x".repeat(30),
      "a surrogate pair is never split"
    );
  });

  it("finds the first free name, case-insensitively, within 31 characters", () => {
    assert.equal(freeSheetName("Repayment Plan 1001", ["Sheet1"]), "Repayment Plan 1001");
    assert.equal(
      freeSheetName("Repayment Plan 1001", ["REPAYMENT PLAN 1001"]),
      "Repayment Plan 1001 (2)"
    );
    assert.equal(
      freeSheetName("Repayment Plan 1001", ["repayment plan 1001", "Repayment Plan 1001 (2)"]),
      "Repayment Plan 1001 (3)"
    );
    const long = "Modification Offer 123456789012345";
    const taken = [validSheetName(long)];
    const next = freeSheetName(long, taken);
    assert.equal(next, "Modification Offer 12345678 (2)", '27 characters of the name, then " (2)"');
    assert.ok(next.length <= 31);
    assert.deepEqual(freeSheetNames(["Plan", "Plan", "plan"], ["Plan"]), [
      "Plan (2)",
      "Plan (3)",
      "plan (4)",
    ]);
    assert.equal(freeTableName("Plan", ["plan", "Plan_2"]), "Plan_3");
  });

  it("rejects table names Excel rejects", () => {
    assert.equal(tableNameProblem("Plan_1"), undefined);
    assert.match(tableNameProblem("A1") ?? "", /cell reference/);
    assert.match(tableNameProblem("R") ?? "", /cell reference/);
    assert.match(tableNameProblem("1Plan") ?? "", /must start/);
    assert.match(tableNameProblem("My Plan") ?? "", /must start/);
  });
});

describe("report/model addresses and formats", () => {
  it("converts columns and ranges both ways", () => {
    assert.deepEqual([1, 26, 27, 52, 702, 703, 16384].map(columnLetters), [
      "A",
      "Z",
      "AA",
      "AZ",
      "ZZ",
      "AAA",
      "XFD",
    ]);
    assert.deepEqual(parseRange("$B$4:D9"), { top: 4, left: 2, bottom: 9, right: 4 });
    assert.equal(parseRange("B0"), undefined);
    assert.equal(quoteSheetName("Summary"), "Summary");
    assert.equal(quoteSheetName("Plan 1001"), "'Plan 1001'");
    assert.equal(quoteSheetName("O'Neil"), "'O''Neil'");
    assert.equal(quoteSheetName("AB12"), "'AB12'");
  });

  it("knows a date format from a number format", () => {
    assert.equal(percentFormat(2), "0.00%");
    assert.equal(percentFormat(0), "0%");
    assert.ok(isDateFormat("mm/dd/yyyy") && isDateFormat("yyyy-mm-dd"));
    assert.ok(!isDateFormat("#,##0.00") && !isDateFormat('"days"0') && !isDateFormat("0.00%"));
  });

  it("escapes cell text for XML: entities, control characters, escape-like underscores", () => {
    assert.equal(xmlText(ooxmlEscape("a<b&c>")), "a&lt;b&amp;c&gt;");
    assert.equal(ooxmlEscape("\rx\u0001"), "_x000D_x_x0001_");
    assert.equal(ooxmlEscape("_x0041_"), "_x005F_x0041_");
    assert.equal(ooxmlEscape("tab\tand\nline"), "tab\tand\nline");
    assert.equal(ooxmlEscape("\uD800x"), "_xD800_x");
    assert.equal(ooxmlEscape("😀"), "😀");
  });
});

describe("report/model layout", () => {
  const sheet = worksheet({
    name: "Layout",
    columns: [10, 12, 12, 12],
    blocks: [
      block.title("Title", ["Sub"]),
      block.pairs(
        [
          ["Arrears", cell.money(1500)],
          ["Note", "two\nlines"],
        ],
        { id: "facts" }
      ),
      block.table(
        {
          name: "T",
          columns: [{ header: "A" }, { header: "B", total: "sum" }],
          rows: [
            ["x", 1],
            ["y", 2],
          ],
        },
        { id: "t" }
      ),
      block.chart(
        {
          kind: "pie",
          title: "P",
          categories: { block: "t", column: 0 },
          series: [{ name: "B", values: { table: "T", column: "B" } }],
        },
        10
      ),
      block.signatures(["Borrower"]),
    ],
  });

  it("lays blocks down the sheet with one blank row between them", () => {
    const p = layoutSheet(sheet);
    const at = (r: number, c: number) => p.cells.find((x) => x.row === r && x.col === c);
    assert.equal(at(1, 1)?.cell.value, "Title");
    assert.deepEqual(
      p.merges[0],
      { top: 1, left: 1, bottom: 1, right: 4 },
      "the title spans the page width"
    );
    assert.equal(at(2, 1)?.cell.value, "Sub");
    assert.equal(at(4, 1)?.cell.value, "Arrears", "pairs after one blank row");
    assert.equal(at(4, 2)?.cell.value, 1500);
    assert.equal(at(4, 2)?.look.numberFormat, "#,##0.00");
    assert.equal(at(5, 2)?.look.wrap, true, "text with a line break wraps");
    assert.ok((p.rowHeights.get(5) ?? 0) >= 25, "and its row is two lines high");
    const [t] = p.tables;
    assert.deepEqual([t.top, t.firstBodyRow, t.bodyRows], [7, 8, 2]);
    assert.equal(at(7, 2)?.cell.value, "B", "header cells are placed cells");
    assert.deepEqual(
      p.charts[0].anchor,
      { row: 12, col: 1, rows: 10, cols: 4 },
      "totals row 10, a blank row, then the chart"
    );
    assert.equal(
      at(23, 1)?.look.borderBottom,
      "thin",
      "the signature line after the chart's rows 12-21 and a blank row"
    );
    assert.equal(at(24, 1)?.cell.value, "Borrower", "the party under its line");
  });

  it("resolves chart references to table and block columns", () => {
    const prepared = prepareWorkbook(workbook([sheet]));
    assert.ok(prepared.ok, prepared.ok ? "" : prepared.problems.join("; "));
    const [c] = prepared.sheets[0].charts;
    assert.deepEqual(c.categories, { sheet: 0, range: { top: 8, left: 1, bottom: 9, right: 1 } });
    assert.deepEqual(c.series[0].values, {
      sheet: 0,
      range: { top: 8, left: 2, bottom: 9, right: 2 },
    });
  });

  it("names every broken rule in plain words", () => {
    const bad = workbook([
      worksheet({
        name: "Bad",
        columns: [0],
        blocks: [
          block.table({
            name: "Open",
            columns: [{ header: "x" }],
            rows: { [Symbol.iterator]: () => [][Symbol.iterator]() },
          }),
          block.chart({
            kind: "pie",
            title: "C",
            categories: { table: "Open", column: "x" },
            series: [
              { name: "a", values: { block: "nope", column: 1 } },
              { name: "b", values: { range: "ZZZZ1" } },
            ],
          }),
          block.cells([[Number.NaN, { year: 2025, month: 2, day: 30 }]]),
        ],
      }),
      worksheet({ name: "bad", columns: [10], blocks: [] }),
    ]);
    const prepared = prepareWorkbook(bad);
    assert.equal(prepared.ok, false);
    const text = prepared.ok ? "" : prepared.problems.join("\n");
    for (const expected of [
      'two sheets are named "bad"',
      "column 1 width 0",
      "table Open has no row count, so it must be the sheet's last block",
      "no row count known before writing",
      'no block with id "nope"',
      '"ZZZZ1" is not an A1 range',
      "a pie chart takes one series",
      "holds NaN",
      "impossible date",
    ])
      assert.ok(text.includes(expected), `${expected}\n---\n${text}`);
  });
});

describe("report/model cells, text fit and audit", () => {
  it("gives each value kind its look", () => {
    assert.equal(cellLook(cell.text("x")).numberFormat, "@");
    assert.equal(cellLook(cell.percent(0.3125, 1)).numberFormat, "0.0%");
    assert.equal(cellLook({ value: { year: 2026, month: 1, day: 2 } }).numberFormat, "mm/dd/yyyy");
    assert.equal(cellLook(cell.currency(1)).numberFormat, '"$"#,##0.00');
    assert.equal(cell.yesNo(true).value, "Yes");
    assert.equal(hf.text("A&B"), "A&&B");
  });

  it("counts wrapped lines by words", () => {
    assert.equal(wrappedLines("short", 200), 1);
    // 100 px holds (100 - 6) / 6.2 = 15 characters a line.
    assert.equal(wrappedLines("aaaa bbbb cccc dddd", 100), 2);
    assert.equal(wrappedLines("a\nb\nc", 500), 3);
    assert.equal(wrappedLines("x".repeat(40), 100), 3, "a long word breaks");
  });

  it("puts the add-in version from package.json, the as-of date, rule sets and inputs in the audit block", () => {
    const pkg = JSON.parse(
      fs.readFileSync(path.resolve(__dirname, "../../package.json"), "utf8")
    ) as { version: string };
    assert.equal(ADDIN_VERSION, pkg.version);
    const blocks = auditBlock({
      ruleSets: [
        { id: "flex-2024", version: "2024-12-01" },
        { id: "npv-2026", version: "2026-01-01" },
      ],
      inputs: [["UPB", cell.money(200000)]],
      asOf: { year: 2026, month: 1, day: 15 },
    });
    const placed = layoutSheet(worksheet({ name: "A", columns: [20, 30], blocks }));
    const values = placed.cells.map((c) => c.cell.value);
    assert.ok(values.includes(`LM Workbench ${pkg.version}`));
    assert.ok(
      values.includes("flex-2024 (version 2024-12-01)") &&
        values.includes("npv-2026 (version 2026-01-01)")
    );
    assert.ok(values.includes(200000));
    assert.deepEqual(values[values.indexOf("As of") + 1], { year: 2026, month: 1, day: 15 });
  });
});
