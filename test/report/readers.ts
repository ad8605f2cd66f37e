/**
 * Opens .xlsx files the way the tests check them: with two real readers, LibreOffice headless
 * (printed to PDF, the PDF's text read with pdftotext and its pages rendered to PNG for a person
 * to look at) and Python's openpyxl (read-xlsx.py, printed as JSON). For every worksheet test.
 *
 *   const file = await writeTemp(model, "repayment-plan");      // test-results/report/<name>.xlsx
 *   const book = readXlsx(file);                                 // openpyxl's view, with package problems
 *   const [pdf] = printToPdf([file]);                            // one soffice call for many files
 *   pdfText(pdf); pdfPageSizes(pdf); renderPages(pdf);           // text, page sizes, PNG paths
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { WorkbookModel } from "../../src/report/model";
import { writeXlsxFile } from "../../src/report/xlsx/node";

export const RESULTS = path.resolve(__dirname, "../../test-results/report");
const PYTHON = "/usr/bin/python3";
const READER = path.join(__dirname, "read-xlsx.py");

export interface ReadCell {
  readonly v: string | number | boolean;
  /** openpyxl's data type: s text, n number, b boolean, d date, f formula. */
  readonly t: string;
  /** Number format. */
  readonly f: string;
}

export interface ReadTable {
  readonly name: string;
  readonly ref: string;
  readonly headers: string[];
  readonly totals: (string | null)[];
  readonly totalsRowCount: number | null;
  readonly autoFilter: string | null;
  readonly style: string | null;
  readonly bandedRows: boolean | null;
}

export interface ReadChart {
  readonly type: string;
  readonly direction: string | null;
  readonly title: string | null;
  readonly series: { name: string | null; values: string | null; categories: string | null }[];
}

export interface ReadSheet {
  readonly name: string;
  readonly state: string;
  readonly max_row: number;
  readonly max_column: number;
  readonly cells: Record<string, ReadCell>;
  readonly merged: string[];
  readonly tables: ReadTable[];
  readonly print: {
    orientation: string | null;
    paperSize: number | null;
    fitToPage: boolean;
    fitToWidth: number | null;
    fitToHeight: number | null;
    printArea: string | null;
    printTitleRows: string | null;
    margins: Record<string, number>;
    header: { left: string | null; center: string | null; right: string | null };
    footer: { left: string | null; center: string | null; right: string | null };
  };
  readonly freeze: string | null;
  /** Manual page breaks: a page ends after each of these rows. */
  readonly rowBreaks: number[];
  readonly gridlines: boolean;
  readonly tabColor: string | null;
  readonly widths: Record<string, number>;
  readonly heights: Record<string, number>;
  readonly charts: ReadChart[];
}

export interface ReadBook {
  readonly sheets: ReadSheet[];
  /** Breaches of Excel's package rules (empty when the file is sound). */
  readonly package: string[];
}

/** Writes a model with the Node writer under test-results/report/, failing loudly on a write error. */
export async function writeTemp(model: WorkbookModel, name: string): Promise<string> {
  fs.mkdirSync(RESULTS, { recursive: true });
  const file = path.join(RESULTS, `${name}.xlsx`);
  const written = await writeXlsxFile(model, file);
  if (!written.ok) throw new Error(written.message);
  return file;
}

/** openpyxl's reading of the file (cells of the first `rows` rows of each sheet). */
export function readXlsx(file: string, rows = 300): ReadBook {
  const out = execFileSync(PYTHON, [READER, file, "--rows", String(rows)], {
    encoding: "utf8",
    maxBuffer: 512 * 1024 * 1024,
  });
  return JSON.parse(out) as ReadBook;
}

export function sheetNamed(book: ReadBook, name: string): ReadSheet {
  const s = book.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet "${name}" in ${book.sheets.map((x) => x.name).join(", ")}`);
  return s;
}

/**
 * Prints every file to PDF with one LibreOffice start (it is slow to start), each run with its own
 * profile so parallel runs never share one. Returns the PDF paths, in the files' order; throws
 * when LibreOffice could not open a file (no PDF comes out).
 */
export function printToPdf(files: readonly string[], outDir = RESULTS): string[] {
  fs.mkdirSync(outDir, { recursive: true });
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "lo-"));
  try {
    const pdfs = files.map((f) => path.join(outDir, `${path.basename(f, ".xlsx")}.pdf`));
    pdfs.forEach((p) => fs.rmSync(p, { force: true }));
    execFileSync(
      "soffice",
      [
        `-env:UserInstallation=file://${profile}`,
        "--headless",
        "--norestore",
        "--convert-to",
        "pdf",
        "--outdir",
        outDir,
        ...files,
      ],
      { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], timeout: 180_000 }
    );
    const missing = pdfs.filter((p) => !fs.existsSync(p) || fs.statSync(p).size === 0);
    if (missing.length > 0) throw new Error(`LibreOffice did not print ${missing.join(", ")}`);
    return pdfs;
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

/** The PDF's text in reading layout. */
export function pdfText(pdf: string): string {
  return execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
}

/** Each page's size in points, [width, height]: portrait pages are taller than wide. */
export function pdfPageSizes(pdf: string): [number, number][] {
  const info = execFileSync("pdfinfo", ["-f", "1", "-l", "9999", pdf], { encoding: "utf8" });
  return [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => [
    Number(m[1]),
    Number(m[2]),
  ]);
}

/** Renders the first `pages` pages to PNG at 60 dpi beside the PDF; returns the PNG paths for a
 * person to open. */
export function renderPages(pdf: string, pages = 4, dpi = 60): string[] {
  const prefix = pdf.replace(/\.pdf$/, "");
  const dir0 = path.dirname(pdf);
  for (const f of fs.readdirSync(dir0))
    if (f.startsWith(`${path.basename(prefix)}-`) && f.endsWith(".png"))
      fs.rmSync(path.join(dir0, f));
  execFileSync("pdftoppm", [
    "-png",
    "-r",
    String(dpi),
    "-f",
    "1",
    "-l",
    String(pages),
    pdf,
    prefix,
  ]);
  const dir = path.dirname(pdf);
  const base = path.basename(prefix);
  return fs
    .readdirSync(dir)
    .filter((f) => f.startsWith(`${base}-`) && f.endsWith(".png"))
    .sort()
    .map((f) => path.join(dir, f));
}

/** The text of a PDF with runs of spaces collapsed, for finding figures regardless of layout. */
export function flatText(pdf: string): string {
  return pdfText(pdf).replace(/[ \t]+/g, " ");
}
