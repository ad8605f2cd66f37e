/**
 * The Functions page of the built pane (dist/taskpane.html) in headless Chromium, offline: every
 * function of dist/functions.json, filterable, each with its example and its help page.
 */
import { strict as assert } from "node:assert";
import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import {
  filterCatalogue,
  formulaName,
  readCatalogue,
  type CatalogueFunction,
} from "../../src/taskpane/catalogue";
import { exampleFor } from "../../src/taskpane/examples";
import {
  DIST,
  PaneBrowser,
  assertClean,
  close,
  distFile,
  goTo,
  overflow,
  type Pane,
} from "./harness";

describe("task pane Functions page (dist/)", function () {
  this.timeout(90_000);
  const browser = new PaneBrowser();
  let functions: readonly CatalogueFunction[];

  before(async function () {
    const metadataFile = path.join(DIST, "functions.json");
    assert.ok(
      fs.existsSync(metadataFile),
      "dist/functions.json is missing: the build did not generate it."
    );
    const catalogue = readCatalogue(JSON.parse(fs.readFileSync(metadataFile, "utf8")));
    assert.ok(catalogue.ok, catalogue.ok ? "" : `dist/functions.json: ${catalogue.reason}`);
    functions = catalogue.functions;
    assert.ok(functions.length > 0, "dist/functions.json lists no functions.");
    await browser.start();
  });
  after(() => browser.stop());

  async function openFunctions(
    options: { width?: number; metadataStatus?: number } = {}
  ): Promise<Pane> {
    const pane = await browser.open(options);
    await goTo(pane.page, "Functions");
    return pane;
  }

  async function shownFunctionNames(page: Page): Promise<string[]> {
    return page
      .getByRole("list", { name: "LM functions" })
      .getByRole("heading", { level: 3 })
      .allTextContents();
  }

  it("lists every function in dist/functions.json with its example and arguments", async function () {
    const pane = await openFunctions();
    const { page } = pane;
    try {
      await page.getByText(`${functions.length} functions`).waitFor();
      assert.deepEqual(await shownFunctionNames(page), functions.map(formulaName));
      for (const fn of functions) {
        const card = page.getByRole("article", { name: formulaName(fn) });
        if (fn.description !== "") await card.getByText(fn.description, { exact: true }).waitFor();
        const example = exampleFor(fn.id);
        if (example) {
          await card.getByText(example.formula, { exact: true }).waitFor();
          await card.getByText(example.result, { exact: true }).waitFor();
        }
      }
      const first = functions.find((fn) => fn.parameters.length > 0);
      if (first) {
        const card = page.getByRole("article", { name: formulaName(first) });
        await card.getByRole("button", { name: `Arguments (${first.parameters.length})` }).click();
        for (const p of first.parameters)
          await card.getByRole("term").filter({ hasText: p.name }).first().waitFor();
      }
      assertClean(pane);
    } finally {
      await close(pane);
    }
  });

  it("filters the list by name and says when nothing matches", async function () {
    const pane = await openFunctions();
    const { page } = pane;
    try {
      const filter = page.getByRole("searchbox", { name: "Filter functions" });
      await page.getByText(`${functions.length} functions`).waitFor();
      for (const query of ["payment", "lm.dti", "LTV"]) {
        const expected = filterCatalogue(functions, query).map(formulaName);
        await filter.fill(query);
        await page.waitForFunction(
          (n) => document.querySelectorAll('[aria-label="LM functions"] h3').length === n,
          expected.length
        );
        assert.deepEqual(await shownFunctionNames(page), expected, `filter "${query}"`);
      }
      await filter.fill("no such function");
      await page.getByText("No function matches “no such function”.").waitFor();
      assert.deepEqual(await shownFunctionNames(page), []);
      await filter.fill("");
      await page.getByText(`${functions.length} functions`).waitFor();
      assertClean(pane);
    } finally {
      await close(pane);
    }
  });

  it("links every function to a help page that exists beside taskpane.html", async function () {
    const pane = await openFunctions();
    const { page } = pane;
    try {
      await page.getByText(`${functions.length} functions`).waitFor();
      for (const fn of functions) {
        const href = await page
          .getByRole("link", { name: `Help for ${formulaName(fn)}` })
          .getAttribute("href");
        assert.ok(href, `${fn.id} has no help link`);
        const target = new URL(href, page.url());
        assert.equal(
          target.origin,
          browser.origin,
          `${fn.id}'s help link leaves the add-in: ${href}`
        );
        assert.ok(
          distFile(target.pathname),
          `${fn.id}'s help page ${target.pathname} is not in dist/`
        );
      }
      assertClean(pane);
    } finally {
      await close(pane);
    }
  });

  it("fits a 320 px task pane without horizontal scrolling", async function () {
    const pane = await openFunctions({ width: 320 });
    try {
      await pane.page.getByText(`${functions.length} functions`).waitFor();
      assert.equal(await overflow(pane.page), 0);
      assertClean(pane);
    } finally {
      await close(pane);
    }
  });

  it("says clearly when functions.json cannot be loaded", async function () {
    const pane = await openFunctions({ metadataStatus: 404 });
    const { page } = pane;
    try {
      await page.getByText("The function list could not be loaded.").waitFor();
      await page.getByText("functions.json returned HTTP 404.", { exact: false }).waitFor();
      await page.getByRole("button", { name: "Try again" }).waitFor();
      assert.equal(await page.getByRole("list", { name: "LM functions" }).count(), 0);
      // The browser reports the failed fetch itself; nothing else may be logged.
      assertClean(pane, [/404/]);
    } finally {
      await close(pane);
    }
  });
});
