/**
 * The built task pane (dist/taskpane.html) in headless Chromium, offline.
 *
 * dist/ is served from 127.0.0.1; office.js is answered by a stub standing in for Excel; every other
 * request leaving localhost is aborted and recorded, and the test fails if there was any.
 * `npm test` builds dist/ before mocha runs.
 */
import { strict as assert } from "node:assert";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import {
  filterCatalogue,
  formulaName,
  readCatalogue,
  type CatalogueFunction,
} from "../../src/taskpane/catalogue";
import { exampleFor } from "../../src/taskpane/examples";

const ROOT = path.resolve(__dirname, "../..");
const DIST = path.join(ROOT, "dist");
const SCREENSHOTS = path.join(ROOT, "test-results");
const CHROMIUM = "/usr/bin/chromium";
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** Stands in for office.js: Excel on Windows, plus the CustomFunctions global the shared runtime expects. */
const OFFICE_STUB = `
window.Office = {
  HostType: { Excel: "Excel" },
  PlatformType: { PC: "PC" },
  context: {
    host: "Excel",
    platform: "PC",
    displayLanguage: "en-US",
    diagnostics: { host: "Excel", platform: "PC", version: "16.0" },
    requirements: { isSetSupported: function () { return true; } }
  },
  onReady: function (cb) {
    var info = { host: "Excel", platform: "PC" };
    return Promise.resolve(cb && cb(info)).then(function () { return info; });
  }
};
window.CustomFunctions = {
  associate: function () {},
  ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!", nullReference: "#NULL!", invalidName: "#NAME?", invalidReference: "#REF!" },
  Error: function (code, message) { this.code = code; this.message = message; }
};
`;

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
};

/** The file under dist/ that a same-origin URL path names, or undefined when it names none. */
function distFile(urlPath: string): string | undefined {
  const file = path.normalize(path.join(DIST, decodeURIComponent(urlPath)));
  if (!file.startsWith(DIST + path.sep)) return undefined;
  return fs.existsSync(file) && fs.statSync(file).isFile() ? file : undefined;
}

function serveDist(): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const file = distFile(new URL(req.url ?? "/", "http://127.0.0.1").pathname);
    if (file === undefined) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    const type = CONTENT_TYPES[path.extname(file)] ?? "application/octet-stream";
    res.writeHead(200, { "content-type": type });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve(server));
  });
}

interface Session {
  page: Page;
  consoleErrors: string[];
  officeRequests: string[];
  blockedRequests: string[];
}

describe("task pane in Chromium (dist/taskpane.html)", function () {
  this.timeout(90_000);

  let server: http.Server;
  let origin: string;
  let browser: Browser;
  let functions: readonly CatalogueFunction[];

  before(async function () {
    assert.ok(
      fs.existsSync(CHROMIUM),
      `Chromium is required at ${CHROMIUM} for the task-pane browser test (Debian: apt-get install chromium).`
    );
    assert.ok(
      fs.existsSync(path.join(DIST, "taskpane.html")),
      "dist/taskpane.html is missing: build first with `npm run build` (`npm test` does)."
    );
    const metadataFile = path.join(DIST, "functions.json");
    assert.ok(
      fs.existsSync(metadataFile),
      "dist/functions.json is missing: the build did not generate it."
    );
    const catalogue = readCatalogue(JSON.parse(fs.readFileSync(metadataFile, "utf8")));
    assert.ok(catalogue.ok, catalogue.ok ? "" : `dist/functions.json: ${catalogue.reason}`);
    functions = catalogue.functions;
    assert.ok(functions.length > 0, "dist/functions.json lists no functions.");

    server = await serveDist();
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    });
  });

  after(async function () {
    await browser?.close();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  });

  /** Opens the pane; `metadataStatus` replaces functions.json with an empty response of that status. */
  async function open(options: { width?: number; metadataStatus?: number } = {}): Promise<Session> {
    const context = await browser.newContext({
      viewport: { width: options.width ?? 360, height: 720 },
    });
    const session: Session = {
      page: await context.newPage(),
      consoleErrors: [],
      officeRequests: [],
      blockedRequests: [],
    };
    await context.route("**/*", async (route) => {
      const url = route.request().url();
      if (url.startsWith("https://appsforoffice.microsoft.com/")) {
        session.officeRequests.push(url);
        await route.fulfill({ status: 200, contentType: "text/javascript", body: OFFICE_STUB });
      } else if (url.startsWith(`${origin}/`)) {
        if (options.metadataStatus !== undefined && new URL(url).pathname === "/functions.json") {
          await route.fulfill({
            status: options.metadataStatus,
            contentType: "text/plain",
            body: "",
          });
        } else {
          await route.continue();
        }
      } else {
        session.blockedRequests.push(url);
        await route.abort();
      }
    });
    session.page.on("console", (message) => {
      if (message.type() === "error") session.consoleErrors.push(message.text());
    });
    session.page.on("pageerror", (error) =>
      session.consoleErrors.push(`uncaught: ${error.message}`)
    );
    await session.page.goto(`${origin}/taskpane.html`);
    await session.page.getByRole("heading", { level: 1, name: "LM Workbench" }).waitFor();
    return session;
  }

  function assertOffline(session: Session): void {
    assert.deepEqual(
      session.officeRequests,
      [OFFICE_JS],
      "office.js should be requested exactly once"
    );
    assert.deepEqual(session.blockedRequests, [], "the page tried to reach the network");
  }

  async function close(session: Session): Promise<void> {
    await session.page.context().close();
  }

  async function shownFunctionNames(page: Page): Promise<string[]> {
    return page
      .getByRole("list", { name: "LM functions" })
      .getByRole("heading", { level: 3 })
      .allTextContents();
  }

  it("renders the heading, the about section and every function in dist/functions.json", async function () {
    const session = await open();
    const { page } = session;
    try {
      await page.getByRole("heading", { level: 2, name: "About" }).waitFor();
      await page.getByRole("heading", { level: 2, name: "Functions" }).waitFor();
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

      // Arguments open on demand, with each parameter's description from the metadata.
      const first = functions.find((fn) => fn.parameters.length > 0);
      if (first) {
        const card = page.getByRole("article", { name: formulaName(first) });
        await card.getByRole("button", { name: `Arguments (${first.parameters.length})` }).click();
        for (const p of first.parameters) {
          await card.getByRole("term").filter({ hasText: p.name }).first().waitFor();
        }
      }

      await page.getByText("Running in Excel on Windows.").waitFor();
      fs.mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: path.join(SCREENSHOTS, "taskpane.png"), fullPage: true });

      assertOffline(session);
      assert.deepEqual(session.consoleErrors, []);
    } finally {
      await close(session);
    }
  });

  it("filters the list by name and says when nothing matches", async function () {
    const session = await open();
    const { page } = session;
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
      const payment = functions.find((fn) => fn.id === "PAYMENT");
      if (payment) assert.ok(filterCatalogue(functions, "payment").includes(payment));

      await filter.fill("no such function");
      await page.getByText("No function matches “no such function”.").waitFor();
      assert.deepEqual(await shownFunctionNames(page), []);

      await filter.fill("");
      await page.getByText(`${functions.length} functions`).waitFor();
      assert.equal((await shownFunctionNames(page)).length, functions.length);

      assertOffline(session);
      assert.deepEqual(session.consoleErrors, []);
    } finally {
      await close(session);
    }
  });

  it("links every function to a help page that exists beside taskpane.html", async function () {
    const session = await open();
    const { page } = session;
    try {
      await page.getByText(`${functions.length} functions`).waitFor();
      for (const fn of functions) {
        const link = page.getByRole("link", { name: `Help for ${formulaName(fn)}` });
        const href = await link.getAttribute("href");
        assert.ok(href, `${fn.id} has no help link`);
        const target = new URL(href, page.url());
        assert.equal(target.origin, origin, `${fn.id}'s help link leaves the add-in: ${href}`);
        assert.ok(
          distFile(target.pathname),
          `${fn.id}'s help page ${target.pathname} is not in dist/`
        );
      }
      assertOffline(session);
      assert.deepEqual(session.consoleErrors, []);
    } finally {
      await close(session);
    }
  });

  it("fits a 320 px task pane without horizontal scrolling", async function () {
    const session = await open({ width: 320 });
    const { page } = session;
    try {
      await page.getByText(`${functions.length} functions`).waitFor();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth
      );
      assert.ok(overflow <= 0, `the page is ${overflow}px wider than a 320px pane`);
      assertOffline(session);
      assert.deepEqual(session.consoleErrors, []);
    } finally {
      await close(session);
    }
  });

  it("says clearly when functions.json cannot be loaded", async function () {
    const session = await open({ metadataStatus: 404 });
    const { page } = session;
    try {
      await page.getByText("The function list could not be loaded.").waitFor();
      await page.getByText("functions.json returned HTTP 404.", { exact: false }).waitFor();
      await page.getByRole("button", { name: "Try again" }).waitFor();
      assert.equal(await page.getByRole("list", { name: "LM functions" }).count(), 0);
      fs.mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: path.join(SCREENSHOTS, "taskpane-unavailable.png") });

      assertOffline(session);
      // The browser reports the failed fetch itself; nothing else may be logged.
      assert.ok(
        session.consoleErrors.every((e) => /404/.test(e)),
        session.consoleErrors.join("\n")
      );
    } finally {
      await close(session);
    }
  });
});
