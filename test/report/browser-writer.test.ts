/**
 * The exceljs writer in a browser, as the task pane loads it on demand: bundled for the browser
 * (exceljs's and JSZip's browser builds, no Node module), run in Chromium, and its bytes read back
 * by openpyxl the same as the Node writer's file.
 */
import { strict as assert } from "node:assert";
import fs from "node:fs";
import path from "node:path";
import { build } from "esbuild";
import { chromium, type Browser } from "playwright-core";
import { RESULTS, readXlsx, writeTemp } from "./readers";
import { demoWorkbook } from "./demo";

const CHROMIUM = "/usr/bin/chromium";

describe("report/xlsx writer in the browser", function () {
  this.timeout(120_000);
  let browser: Browser | undefined;

  after(async () => {
    await browser?.close();
  });

  it("bundles without Node modules, runs in Chromium and writes the same workbook", async () => {
    const bundle = await build({
      entryPoints: [path.join(__dirname, "browser-entry.ts")],
      bundle: true,
      platform: "browser",
      format: "iife",
      globalName: "LMXlsx",
      minify: true,
      write: false,
      logLevel: "silent",
    });
    const code = bundle.outputFiles[0].text;
    assert.ok(
      !/require\("(node:)?(fs|zlib|stream|path)"\)/.test(code),
      "no Node module in the bundle"
    );
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
    });
    const page = await browser.newPage();
    await page.addScriptTag({ content: code });
    const base64 = await page.evaluate(async () => {
      const lib = (window as unknown as { LMXlsx: typeof import("./browser-entry") }).LMXlsx;
      const result = await lib.writeXlsx(lib.demoWorkbook());
      if (!result.ok) throw new Error(result.message);
      let s = "";
      result.data.forEach((b) => (s += String.fromCharCode(b)));
      return btoa(s);
    });
    fs.mkdirSync(RESULTS, { recursive: true });
    const file = path.join(RESULTS, "demo-from-chromium.xlsx");
    fs.writeFileSync(file, Buffer.from(base64, "base64"));
    const fromBrowser = readXlsx(file);
    const fromNode = readXlsx(await writeTemp(demoWorkbook(), "demo-from-node"));
    assert.deepEqual(fromBrowser.package, []);
    assert.deepEqual(fromBrowser.sheets, fromNode.sheets);
    console.log(
      `      browser bundle of the writer: ${(code.length / 1024).toFixed(0)} KiB minified`
    );
  });
});
