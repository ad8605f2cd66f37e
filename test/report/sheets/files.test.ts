/**
 * Every worksheet written by the exceljs writer and opened by two real readers: openpyxl (package
 * sound, number formats, tables, print setup, text kept as text) and LibreOffice headless, one start
 * for all files (each opens without repair and prints; the PDF text holds the key figures; the
 * negotiation summary is one portrait page). Pages are rendered to PNG under test-results/report/
 * (sheets-*.png) for a person to look at.
 */
import { strict as assert } from "node:assert";
import type { WorkbookModel } from "../../../src/report/model";
import type { Cell } from "../../../src/core/record";
import { SHEET_KINDS, SheetInputs, buildSheet } from "../../../src/report/sheets";
import {
  ReadBook,
  ReadSheet,
  flatText,
  pdfPageSizes,
  printToPdf,
  readXlsx,
  renderPages,
  writeTemp,
} from "../readers";
import {
  FHA_PC_1,
  HAMP_A,
  HAMP_A_SETTINGS,
  HAMP_LOW_DTI,
  REPAY_6,
  SHORT_FHA,
  SHORT_GSE,
  FORMULA_TEXT,
  caseOf,
} from "./loans";
import { modelOf } from "./query";

interface Doc {
  readonly name: string;
  readonly kind: string;
  readonly model: WorkbookModel;
  /** Figures the printed page must show. */
  readonly figures: readonly string[];
}

function doc(
  name: string,
  kind: string,
  fields: Record<string, Cell>,
  settings: object,
  figures: readonly string[],
  inputs: SheetInputs = {}
): Doc {
  return {
    name,
    kind,
    model: modelOf(buildSheet(kind, caseOf(fields, settings), inputs)),
    figures,
  };
}

const DOCS: readonly Doc[] = [
  doc("sheets-repayment-plan-RP-6", "repayment-plan", REPAY_6, {}, [
    "4,500.00",
    "2,250.00",
    "13,500.00",
    "12/01/2026",
    "05/01/2027",
    "11/16/2026",
  ]),
  doc("sheets-modification-offer-HAMP-A", "modification-offer", HAMP_A, HAMP_A_SETTINGS, [
    "4.375%",
    "998.57",
    "1,248.57",
    "1,103.90",
    "1,170.37",
    "03/01/2027",
  ]),
  doc("sheets-modification-offer-FHA-PC-1", "modification-offer", FHA_PC_1, {}, [
    "7,750.00",
    "FHA standalone partial claim",
    "No trial period",
  ]),
  doc("sheets-comparison-HAMP-A", "comparison", HAMP_A, HAMP_A_SETTINGS, [
    "Recommended",
    "998.57",
    "4.375%",
    "Deed-in-lieu of foreclosure",
  ]),
  doc("sheets-comparison-RP-6", "comparison", REPAY_6, {}, ["959.99", "16,027.19", "480 months"]),
  doc("sheets-evaluation-notice-HAMP-A", "evaluation-notice", HAMP_A, HAMP_A_SETTINGS, [
    "11/02/2026",
    "11/16/2026",
    "Denied",
    "Offered",
    "Not evaluated",
    "1,248.57",
  ]),
  doc("sheets-evaluation-notice-HAMP-LOW", "evaluation-notice", HAMP_LOW_DTI, HAMP_A_SETTINGS, [
    "20.61%",
    "Appeal by",
    "11/16/2026",
  ]),
  doc(
    "sheets-short-sale-SS-GSE",
    "short-sale",
    SHORT_GSE,
    {},
    ["217,500.00", "252,700.00", "35,200.00", "14.67%"],
    { closing_costs: 4000 }
  ),
  doc("sheets-short-sale-SS-FHA", "short-sale", SHORT_FHA, {}, [
    "186,100.00",
    "180,600.00",
    "18,900.00",
    "9.45%",
  ]),
  doc(
    "sheets-negotiation-summary-HAMP-A",
    "negotiation-summary",
    HAMP_A,
    { ...HAMP_A_SETTINGS, preparedBy: "Sam Specialist" },
    ["998.57", "41.21%", "31.21%", "Sam Specialist", "11/16/2026"]
  ),
  doc("sheets-negotiation-summary-RP-6", "negotiation-summary", REPAY_6, {}, ["2,250.00"]),
  ...SHEET_KINDS.map((k) =>
    doc(`sheets-${k.id}-formula-text`, k.id, FORMULA_TEXT, HAMP_A_SETTINGS, [])
  ),
];

describe("report/sheets files read back by openpyxl and LibreOffice", function () {
  this.timeout(300_000);
  const books = new Map<string, ReadBook>();
  const pdfs = new Map<string, string>();

  before(async () => {
    const files: string[] = [];
    for (const d of DOCS) {
      const file = await writeTemp(d.model, d.name);
      files.push(file);
      books.set(d.name, readXlsx(file));
    }
    printToPdf(files).forEach((pdf, i) => pdfs.set(DOCS[i].name, pdf));
  });

  const sheet = (name: string): ReadSheet => books.get(name)!.sheets[0];

  it("every file meets the package rules Excel enforces", () => {
    for (const d of DOCS) assert.deepEqual(books.get(d.name)!.package, [], d.name);
  });

  it("LibreOffice opens every file and its PDF shows the key figures", () => {
    for (const d of DOCS) {
      const text = flatText(pdfs.get(d.name)!);
      for (const f of d.figures) assert.ok(text.includes(f), `${d.name}: ${f} not in the PDF`);
    }
  });

  it("money, percents and dates carry their number formats; the schedule is an Excel table", () => {
    const s = sheet("sheets-repayment-plan-RP-6");
    const cells = Object.values(s.cells);
    assert.ok(cells.some((c) => c.v === 4500 && c.f === "#,##0.00"));
    assert.ok(cells.some((c) => c.t === "d" && c.f === "mm/dd/yyyy"));
    const [t] = s.tables;
    assert.equal(t.name, "RepaymentSchedule");
    assert.deepEqual(t.headers, [
      "No.",
      "Due date",
      "Contractual payment",
      "Catch-up",
      "Installment",
      "Past due left",
    ]);
    assert.equal(t.totalsRowCount, 1);
    const offer = Object.values(sheet("sheets-modification-offer-HAMP-A").cells);
    assert.ok(offer.some((c) => c.v === 0.04375 && c.f === "0.000%"));
    assert.deepEqual(
      sheet("sheets-modification-offer-HAMP-A").tables.map((x) => x.name),
      ["TrialPayments", "StepUpSchedule", "WaterfallSteps"]
    );
  });

  it("print setup: letter, one page wide, the loan id in the header, the date as text in the footer", () => {
    for (const d of DOCS) {
      const p = sheet(d.name).print;
      assert.equal(p.fitToWidth, 1, d.name);
      assert.equal(p.paperSize, 1, `${d.name}: letter`);
      assert.ok(p.header.left?.includes("Loan "), d.name);
      assert.ok(p.footer.left?.includes("Prepared 11/02/2026"), d.name);
      assert.ok(p.footer.right?.includes("&P"), d.name);
    }
    assert.equal(sheet("sheets-comparison-HAMP-A").print.orientation, "landscape");
    assert.equal(sheet("sheets-evaluation-notice-HAMP-A").print.orientation, "portrait");
  });

  it("the negotiation summary prints on one portrait page: fit to 1 × 1, and one page in the PDF", () => {
    for (const name of ["sheets-negotiation-summary-HAMP-A", "sheets-negotiation-summary-RP-6"]) {
      const p = sheet(name).print;
      assert.equal(p.orientation, "portrait");
      assert.equal(p.fitToWidth, 1);
      assert.equal(p.fitToHeight, 1);
      const sizes = pdfPageSizes(pdfs.get(name)!);
      assert.equal(sizes.length, 1, `${name}: one page`);
      assert.ok(sizes[0][0] < sizes[0][1], `${name}: portrait`);
    }
  });

  it("text that looks like a formula is stored as text in every document", () => {
    for (const k of SHEET_KINDS) {
      const name = `sheets-${k.id}-formula-text`;
      const cells = Object.values(sheet(name).cells);
      assert.ok(!cells.some((c) => c.t === "f" && !String(c.v).startsWith("=SUBTOTAL(")), name);
      const texts = cells.filter((c) => c.t === "s").map((c) => String(c.v));
      assert.ok(
        texts.some((t) => t.includes('=HYPERLINK("http://example.com","click")')),
        `${name}: borrower name kept`
      );
      assert.equal(books.get(name)!.sheets[0].name, `${k.stem} =1+2`);
    }
    const summary = Object.values(sheet("sheets-negotiation-summary-formula-text").cells);
    assert.ok(summary.some((c) => c.t === "s" && String(c.v).includes("@SUM(A1:A2) -5 +7")));
  });

  it("renders every page to PNG for a person to look at", () => {
    for (const d of DOCS) assert.ok(renderPages(pdfs.get(d.name)!, 4, 80).length > 0, d.name);
  });
});
