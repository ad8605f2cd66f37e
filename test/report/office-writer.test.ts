/**
 * The Office.js writer against the stand-in Excel (office-mock.ts, on office-addin-mock): the calls
 * it makes, a constant number of syncs for 10 and 50,000 rows, every request under the budget,
 * nothing of the user's touched, formula-looking text stored as text, and nothing left behind
 * when Excel refuses or the user cancels.
 */
import { strict as assert } from "node:assert";
import {
  ExcelRun,
  writeWorkbookModel,
  REQUEST_BUDGET_BYTES,
  EXCEL_WEB_REQUEST_LIMIT_BYTES,
  SYNCS_FIXED,
} from "../../src/report/office";
import {
  block,
  NumberFormats,
  workbook,
  worksheet,
  WorkbookModel,
  TableRow,
} from "../../src/report/model";
import { ExcelStandIn, officeGlobal } from "./office-mock";
import { demoWorkbook } from "./demo";
import { TRICKY_TEXT, showcaseWorkbook } from "./showcase";

/** A loans table of `rows` rows and `cols` columns: an id (text), then numbers and dates. */
function loansModel(rows: number, cols = 3, name = "Portfolio Loans"): WorkbookModel {
  const columns = Array.from({ length: cols }, (_, c) =>
    c === 0
      ? { header: "Loan id" }
      : c % 3 === 2
        ? { header: `Date ${c}`, format: NumberFormats.isoDate }
        : { header: `Amount ${c}`, format: NumberFormats.money, total: "sum" as const }
  );
  const data: TableRow[] = Array.from({ length: rows }, (_, r) =>
    columns.map((_, c) =>
      c === 0
        ? `L${String(r).padStart(7, "0")}`
        : c % 3 === 2
          ? 46000 + (r % 365)
          : (r * 37 + c * 101) / 100
    )
  );
  return workbook([
    worksheet({
      name,
      columns: columns.map(() => 12),
      blocks: [
        block.title("Per-loan results"),
        block.table({ name: "Results", columns, rows: data }),
      ],
      freeze: { rows: 3 },
      print: {
        orientation: "landscape",
        fitTo: { wide: 1, tall: 0 },
        titleRows: { first: 3, last: 3 },
      },
    }),
  ]);
}

/** The showcase's text that Excel could take for something else, and a formula with a link. */
const FORMULA_LIKE = [...TRICKY_TEXT, '=HYPERLINK("http://x")'];

function formulaModel(): WorkbookModel {
  return workbook([
    worksheet({
      name: "Evil =1",
      columns: [14, 24],
      blocks: [
        block.pairs(FORMULA_LIKE.map((t, i) => [`Text ${i}`, t] as [string, string])),
        block.table({
          name: "Evil",
          columns: [{ header: "=A1" }, { header: "n", format: NumberFormats.money }],
          rows: FORMULA_LIKE.map((t, i) => [t, i]),
        }),
      ],
    }),
  ]);
}

describe("report/office writer", () => {
  let saved: unknown;
  beforeEach(() => {
    saved = (globalThis as { Office?: unknown }).Office;
    (globalThis as { Office?: unknown }).Office = officeGlobal(1.9);
  });
  afterEach(() => {
    (globalThis as { Office?: unknown }).Office = saved;
  });

  it("takes Excel.run itself as its target (a type check)", () => {
    const runFits: typeof Excel.run extends ExcelRun ? true : false = true;
    assert.equal(runFits, true);
  });

  it("refuses a protected workbook after one read, adding nothing", async () => {
    const excel = new ExcelStandIn([{ name: "Sheet1" }], true);
    const result = await writeWorkbookModel(
      excel.context as unknown as Excel.RequestContext,
      demoWorkbook()
    );
    assert.equal(result.ok, false);
    assert.match(!result.ok ? result.message : "", /protected/);
    assert.deepEqual(
      excel.sheets.map((s) => s.name),
      ["Sheet1"]
    );
    assert.equal(excel.syncs, 1);
    assert.equal(excel.calls.filter((c) => c.what === "worksheets.add").length, 0);
  });

  it("adds a new sheet with a free name and leaves the user's sheet of that name untouched", async () => {
    const excel = new ExcelStandIn([
      { name: "repayment plan 1001", cells: { A1: "mine", B2: 42 } },
    ]);
    excel.tableNames.push("Plan");
    const result = await writeWorkbookModel(
      excel.context as unknown as Excel.RequestContext,
      demoWorkbook()
    );
    assert.ok(result.ok, !result.ok ? result.message : "");
    assert.deepEqual(result.sheetNames, ["Repayment Plan 1001 (2)"]);
    assert.deepEqual(result.tableNames, ["Plan_2"]);
    const mine = excel.sheet("repayment plan 1001")!;
    assert.deepEqual(
      [...mine.cells.entries()].map(([a, c]) => [a, c.value]),
      [
        ["A1", "mine"],
        ["B2", 42],
      ]
    );
    const touching = excel.calls.filter((c) => c.what.startsWith("repayment plan 1001"));
    assert.deepEqual(touching, []);
  });

  it("queues the calls a worksheet needs: hidden sheet, formats before values, table, chart, page layout, then shown", async () => {
    const excel = new ExcelStandIn();
    const result = await writeWorkbookModel(
      (batch) => batch(excel.context as unknown as Excel.RequestContext),
      demoWorkbook()
    );
    assert.ok(result.ok, !result.ok ? result.message : "");
    const what = excel.calls.map((c) => c.what);
    const at = (w: string) => what.indexOf(w);
    const name = "Repayment Plan 1001";
    assert.ok(at("worksheets.add") >= 0 && at(`${name}.visibility`) === at("worksheets.add") + 1);
    assert.equal(excel.calls[at(`${name}.visibility`)].args[0], "Hidden");
    const row6 = what.find((w) => w.startsWith(`${name}!A6:`) && w.endsWith(".values"))!;
    assert.ok(
      at(row6.replace(".values", ".numberFormat")) < at(row6),
      "number formats before values"
    );
    const table = excel.calls.find((c) => c.what === `${name}.tables.add`)!;
    assert.deepEqual(table.args, ["A14:F20", true], "header row 14, six plan rows");
    assert.ok(what.includes(`${name}.table.showTotals`));
    const subtotal = excel.calls.find((c) => c.what === `${name}!C21.formulas`)!;
    assert.deepEqual(subtotal.args[0], [["=SUBTOTAL(109,Plan[Contractual])"]]);
    assert.ok(what.includes(`${name}.charts.add`));
    assert.ok(what.includes(`${name}.pageLayout.setPrintArea`));
    assert.deepEqual(excel.calls.find((c) => c.what === `${name}.horizontalPageBreaks.add`)!.args, [
      "A40",
    ]);
    assert.equal(
      excel.calls.find((c) => c.what === `${name}.pageLayout.orientation`)!.args[0],
      "Portrait"
    );
    assert.deepEqual(excel.calls.find((c) => c.what === `${name}.pageLayout.zoom`)!.args[0], {
      horizontalFitToPages: 1,
    });
    const shown = excel.calls.filter((c) => c.what === `${name}.visibility`).map((c) => c.args[0]);
    assert.deepEqual(shown, ["Hidden", "Visible"]);
    assert.equal(excel.sheet(name)!.visibility, "Visible");
    for (const r of excel.requests.slice(1))
      assert.equal(
        r.calls[0].what,
        "application.suspendApiCalculationUntilNextSync",
        "every write request suspends calculation first"
      );
    assert.equal(result.syncs, SYNCS_FIXED);
    assert.equal(excel.syncs, SYNCS_FIXED);
    assert.deepEqual(result.skipped, []);
  });

  it("writes several sheets, a table drawn from an iterable, charts across sheets and frozen panes", async () => {
    const excel = new ExcelStandIn();
    const result = await writeWorkbookModel(
      excel.context as unknown as Excel.RequestContext,
      showcaseWorkbook(2_000)
    );
    assert.ok(result.ok, !result.ok ? result.message : "");
    assert.deepEqual(result.sheetNames, ["Summary", "Charts draft", "Text", "Loans"]);
    assert.deepEqual(result.tableNames, ["Tricky", "Results"]);
    assert.equal(excel.syncs, SYNCS_FIXED);
    const call = (what: string) => excel.calls.filter((c) => c.what === what);
    assert.deepEqual(
      call("Loans.tables.add")[0].args,
      ["A3:E2003", true],
      "header row 3 and 2,000 rows"
    );
    assert.deepEqual(call("Loans!B2004.formulas")[0].args[0], [["=SUBTOTAL(109,Results[UPB])"]]);
    const total = excel.sheet("Loans")!.cells.get("A2004")!;
    assert.deepEqual([total.value, total.kind], ["Total", "text"]);
    assert.deepEqual(
      call("Loans.pageLayout.setPrintArea")[0].args,
      ["A1:E2004"],
      "print area to the totals row"
    );
    assert.deepEqual(call("Loans.pageLayout.setPrintTitleRows")[0].args, ["$3:$3"]);
    assert.equal(call("Loans.freezePanes.freezeAt").length, 1);
    assert.equal(call("Charts draft.charts.add")[0].args[0], "Pie");
    assert.equal(call("Summary.charts.add")[0].args[0], "BarClustered");
    const sheets = excel.sheets.filter((s) => s.name !== "Sheet1");
    assert.deepEqual(
      sheets.map((s) => s.visibility),
      ["Visible", "Visible", "Visible", "Visible"]
    );
    assert.equal(
      excel.sheet("Loans")!.cells.get("D4")!.value,
      46023,
      "2026-01-01 as its Excel serial"
    );
  });

  it("says what it skipped on a host without ExcelApi 1.9", async () => {
    (globalThis as { Office?: unknown }).Office = officeGlobal(1.8);
    const excel = new ExcelStandIn();
    const result = await writeWorkbookModel(
      excel.context as unknown as Excel.RequestContext,
      demoWorkbook()
    );
    assert.ok(result.ok);
    assert.equal(result.skipped.length, 1);
    assert.match(result.skipped[0], /page setup .* needs ExcelApi 1\.9/);
    assert.equal(excel.calls.filter((c) => c.what.includes("pageLayout")).length, 0);
  });

  it("makes the same number of syncs for 10 rows and for 50,000 rows of 3 columns", async () => {
    const counts: number[] = [];
    for (const rows of [10, 50_000]) {
      const excel = new ExcelStandIn();
      const result = await writeWorkbookModel(
        excel.context as unknown as Excel.RequestContext,
        loansModel(rows)
      );
      assert.ok(result.ok, !result.ok ? result.message : "");
      counts.push(excel.syncs);
      const sheet = excel.sheet("Portfolio Loans")!;
      const last = 3 + rows;
      assert.equal(sheet.cells.get(`A${last}`)!.value, `L${String(rows - 1).padStart(7, "0")}`);
      assert.equal(sheet.cells.get(`A${last}`)!.kind, "text");
      for (const r of excel.requests)
        assert.ok(r.bytes < REQUEST_BUDGET_BYTES, `request of ${r.bytes} bytes`);
    }
    assert.deepEqual(counts, [SYNCS_FIXED, SYNCS_FIXED]);
  });

  it("splits 50,000 rows of 40 columns into requests each under the budget", async () => {
    const excel = new ExcelStandIn();
    const result = await writeWorkbookModel(
      excel.context as unknown as Excel.RequestContext,
      loansModel(50_000, 40)
    );
    assert.ok(result.ok, !result.ok ? result.message : "");
    const sizes = excel.requests.map((r) => r.bytes);
    const total = sizes.reduce((a, b) => a + b, 0);
    assert.ok(total > 3 * REQUEST_BUDGET_BYTES, `payload ${total}`);
    for (const s of sizes)
      assert.ok(
        s <= REQUEST_BUDGET_BYTES && s < EXCEL_WEB_REQUEST_LIMIT_BYTES,
        `request of ${s} bytes`
      );
    assert.ok(
      excel.syncs >= 1 + Math.ceil(total / REQUEST_BUDGET_BYTES),
      "no request holds more than the budget"
    );
    assert.ok(
      excel.syncs <= 2 + Math.ceil((total * 1.25) / REQUEST_BUDGET_BYTES),
      `${excel.syncs} syncs for ${total} bytes`
    );
    const sheet = excel.sheet("Portfolio Loans")!;
    assert.equal(sheet.cells.get("AN50003")!.kind, "number");
    assert.equal(sheet.cells.get("B50004")!.kind, "formula", "totals row under the body");
  });

  it("stores formula-looking, number-looking and date-looking text as text", async () => {
    const excel = new ExcelStandIn();
    const result = await writeWorkbookModel(
      excel.context as unknown as Excel.RequestContext,
      formulaModel()
    );
    assert.ok(result.ok, !result.ok ? result.message : "");
    const sheet = excel.sheet(result.sheetNames[0])!;
    const texts = [...sheet.cells.values()].filter(
      (c) => typeof c.value === "string" && c.value !== ""
    );
    for (const t of FORMULA_LIKE) {
      const found = texts.filter((c) => c.value === t);
      assert.equal(found.length, 2, `${JSON.stringify(t)} in the pairs and in the table`);
      for (const c of found) assert.equal(c.kind, "text", JSON.stringify(t));
    }
    // A row for each pair, a blank row, then the table's header row.
    const header = sheet.cells.get(`A${FORMULA_LIKE.length + 2}`)!;
    assert.equal(header.value, "=A1");
    assert.equal(header.kind, "text", "a table header");
  });

  it("removes its sheet when Excel refuses a later call, and says which", async () => {
    const excel = new ExcelStandIn([{ name: "Data", cells: { A1: 1 } }]);
    excel.failWhen = (c) => c.what.endsWith(".tables.add");
    const result = await writeWorkbookModel(
      excel.context as unknown as Excel.RequestContext,
      loansModel(20_000, 10)
    );
    assert.equal(result.ok, false);
    const message = !result.ok ? result.message : "";
    assert.match(message, /Portfolio Loans.*GeneralException at Portfolio Loans\.tables\.add/);
    assert.match(message, /Nothing was left in the workbook/);
    assert.deepEqual(
      excel.sheets.map((s) => s.name),
      ["Data"]
    );
    assert.equal(excel.sheet("Data")!.cells.get("A1")!.value, 1);
  });

  it("reports a worksheets.add that throws at once, with no sheet left behind", async () => {
    const excel = new ExcelStandIn();
    excel.throwOnAdd = true;
    const result = await writeWorkbookModel(
      excel.context as unknown as Excel.RequestContext,
      demoWorkbook()
    );
    assert.equal(result.ok, false);
    assert.match(!result.ok ? result.message : "", /InvalidArgument at Worksheets\.add/);
    assert.deepEqual(
      excel.sheets.map((s) => s.name),
      ["Sheet1"]
    );
  });

  it("removes what it wrote when the run is cancelled", async () => {
    const excel = new ExcelStandIn();
    const signal = { aborted: false };
    const result = await writeWorkbookModel(
      excel.context as unknown as Excel.RequestContext,
      loansModel(50_000, 40),
      {
        signal,
        onProgress: (p) => {
          if (p.rows > 10_000) signal.aborted = true;
        },
      }
    );
    assert.equal(result.ok, false);
    assert.equal(!result.ok && result.cancelled, true);
    assert.deepEqual(
      excel.sheets.map((s) => s.name),
      ["Sheet1"]
    );
    assert.ok(
      excel.calls.some((c) => c.what === "Portfolio Loans.delete"),
      "the sheet was added, then deleted"
    );
  });

  it("returns a message, not an exception, for a model that breaks a rule", async () => {
    const excel = new ExcelStandIn();
    const bad = workbook([
      worksheet({
        name: "X",
        columns: [10],
        blocks: [
          block.table({
            name: "A1",
            columns: [{ header: "a" }, { header: "A" }],
            rows: [[Number.NaN]],
          }),
        ],
      }),
    ]);
    const result = await writeWorkbookModel(excel.context as unknown as Excel.RequestContext, bad);
    assert.equal(result.ok, false);
    assert.match(!result.ok ? result.message : "", /looks like a cell reference.*"A" twice/);
    assert.equal(excel.syncs, 0);
  });
});
