/**
 * The built pane (dist/) in Debian's Chromium, offline: dist/ is served from 127.0.0.1, office.js
 * is answered by a stub (outside Excel: Office reports no host), and every other request leaving
 * localhost is aborted and recorded. The pane runs on the stand-in workbook (`?host=stand-in`, the
 * workbook given before the page loads, everything it received readable after) or on the
 * in-browser sample workbook. `npm test` builds dist/ before mocha runs.
 */
import { strict as assert } from "node:assert";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import type { StandInWorkbook, StandInWrite } from "../../src/taskpane/workbook/stand-in-host";
import type { SettingsValues } from "../../src/taskpane/workbook/host-types";
import { EDGE, rowIndexOf, standIn } from "./workbook";

export const ROOT = path.resolve(__dirname, "../..");
export const DIST = path.join(ROOT, "dist");
export const RESULTS = path.join(ROOT, "test-results");
export const SCREENSHOTS = path.join(RESULTS, "screenshots");
const CHROMIUM = "/usr/bin/chromium";
export const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** office.js in a plain browser: Office is there, but no Office host opened the page. */
const OFFICE_STUB = `
window.Office = {
  onReady: function (cb) {
    var info = { host: null, platform: null };
    return Promise.resolve(cb && cb(info)).then(function () { return info; });
  }
};
`;

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
};

/** The file under dist/ that a same-origin URL path names, or undefined when it names none. */
export function distFile(urlPath: string): string | undefined {
  const file = path.normalize(path.join(DIST, decodeURIComponent(urlPath)));
  if (!file.startsWith(DIST + path.sep)) return undefined;
  return fs.existsSync(file) && fs.statSync(file).isFile() ? file : undefined;
}

export interface Pane {
  readonly page: Page;
  readonly consoleErrors: string[];
  readonly officeRequests: string[];
  readonly blockedRequests: string[];
}

export interface OpenOptions {
  /** The stand-in workbook; without it, the in-browser sample workbook. */
  readonly standIn?: StandInWorkbook;
  readonly width?: number;
  readonly colorScheme?: "light" | "dark";
  /** Replaces functions.json with an empty response of this status. */
  readonly metadataStatus?: number;
}

export class PaneBrowser {
  private server?: http.Server;
  private browser?: Browser;
  origin = "";

  async start(): Promise<void> {
    assert.ok(
      fs.existsSync(CHROMIUM),
      `Chromium is required at ${CHROMIUM} (Debian: apt-get install chromium).`
    );
    assert.ok(
      fs.existsSync(path.join(DIST, "taskpane.html")),
      "dist/taskpane.html is missing: build first with `npm run build` (`npm test` does)."
    );
    this.server = http.createServer((req, res) => {
      const file = distFile(new URL(req.url ?? "/", "http://127.0.0.1").pathname);
      if (file === undefined) {
        res.writeHead(404, { "content-type": "text/plain" }).end("not found");
        return;
      }
      res.writeHead(200, {
        "content-type": CONTENT_TYPES[path.extname(file)] ?? "application/octet-stream",
      });
      fs.createReadStream(file).pipe(res);
    });
    await new Promise<void>((resolve, reject) => {
      this.server!.once("error", reject);
      this.server!.listen(0, "127.0.0.1", () => resolve());
    });
    this.origin = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    this.browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        // A fresh --user-data-dir: playwright makes one for each launch (and refuses the flag).
      ],
    });
  }

  async stop(): Promise<void> {
    await this.browser?.close();
    await new Promise<void>((resolve) =>
      this.server ? this.server.close(() => resolve()) : resolve()
    );
  }

  async open(options: OpenOptions = {}): Promise<Pane> {
    assert.ok(this.browser, "start() first");
    const context = await this.browser.newContext({
      viewport: { width: options.width ?? 350, height: 800 },
      colorScheme: options.colorScheme ?? "light",
      reducedMotion: "reduce",
      acceptDownloads: true,
    });
    const pane: Pane = {
      page: await context.newPage(),
      consoleErrors: [],
      officeRequests: [],
      blockedRequests: [],
    };
    await context.route("**/*", async (route) => {
      const url = route.request().url();
      if (url.startsWith("https://appsforoffice.microsoft.com/")) {
        pane.officeRequests.push(url);
        await route.fulfill({ status: 200, contentType: "text/javascript", body: OFFICE_STUB });
      } else if (url.startsWith(`${this.origin}/`)) {
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
        pane.blockedRequests.push(url);
        await route.abort();
      }
    });
    pane.page.on("console", (message) => {
      if (message.type() === "error") pane.consoleErrors.push(message.text());
    });
    pane.page.on("pageerror", (error) => pane.consoleErrors.push(`uncaught: ${error.message}`));
    if (options.standIn) {
      await pane.page.addInitScript((workbook) => {
        (window as unknown as { __LM_STAND_IN__: unknown }).__LM_STAND_IN__ = workbook;
      }, options.standIn);
    }
    await pane.page.goto(`${this.origin}/taskpane.html${options.standIn ? "?host=stand-in" : ""}`);
    await pane.page.getByRole("heading", { level: 1, name: "LM Workbench" }).waitFor();
    await pane.page.getByRole("heading", { level: 2 }).first().waitFor();
    return pane;
  }
}

/** office.js requested once, nothing else left localhost, nothing logged as an error. */
export function assertClean(pane: Pane, allowedErrors: RegExp[] = []): void {
  assert.deepEqual(pane.officeRequests, [OFFICE_JS], "office.js should be requested exactly once");
  assert.deepEqual(pane.blockedRequests, [], "the page tried to reach the network");
  assert.deepEqual(
    pane.consoleErrors.filter((e) => !allowedErrors.some((r) => r.test(e))),
    [],
    "errors in the console"
  );
}

export async function close(pane: Pane): Promise<void> {
  await pane.page.context().close();
}

/** What the stand-in workbook received: worksheets written and settings saved. */
export async function received(
  page: Page
): Promise<{ written: StandInWrite[]; settingsSaved: SettingsValues[] }> {
  return page.evaluate(() => {
    const r = (
      window as unknown as { __lmStandIn: { written: unknown[]; settingsSaved: unknown[] } }
    ).__lmStandIn;
    return JSON.parse(JSON.stringify({ written: r.written, settingsSaved: r.settingsSaved }));
  });
}

/** Selects a data row of a stand-in table, as a click in Excel's grid would. */
export async function selectInExcel(page: Page, table: string, index: number): Promise<void> {
  await page.evaluate(
    ([t, i]) =>
      (
        window as unknown as { __lmStandIn: { select(t: string, i: number): void } }
      ).__lmStandIn.select(t, i),
    [table, index] as [string, number]
  );
}

/** Goes to a page through its tab, or the "More pages" menu when its tab does not fit. */
export async function goTo(page: Page, title: string): Promise<void> {
  const tab = page.getByRole("tab", { name: title, exact: true });
  if (await tab.isVisible()) await tab.click();
  else {
    await page.getByRole("button", { name: /^More pages/ }).click();
    await page.getByRole("menuitem", { name: title, exact: true }).click();
  }
  await page.getByRole("heading", { level: 2, name: new RegExp(`^${title}`) }).waitFor();
}

/** Horizontal overflow of the page, in pixels (0 when it fits). */
export async function overflow(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth
  );
}

/**
 * Opens the pane on the stand-in workbook (with `extra`), selects the loan's row in Excel (in the
 * EDGE table when it is there, else in Loans), waits for the pane to show the loan, runs `run`,
 * and holds the pane to assertClean.
 */
export async function withLoan(
  browser: PaneBrowser,
  loanId: string,
  run: (pane: Pane) => Promise<void>,
  extra: Partial<StandInWorkbook> = {}
): Promise<void> {
  const pane = await browser.open({ standIn: standIn(extra) });
  try {
    await pane.page.getByText("Start with a loan").waitFor();
    const edge = EDGE.rows.findIndex((r) => r[0] === loanId);
    if (edge >= 0) await selectInExcel(pane.page, EDGE.table, edge);
    else await selectInExcel(pane.page, "Loans", rowIndexOf(loanId));
    await pane.page.getByText(`Loan ${loanId} ·`).first().waitFor();
    await run(pane);
    assertClean(pane);
  } finally {
    await close(pane);
  }
}

/** The text of a fact (a term and its value in a definition list). */
export async function fact(pane: Pane, list: string, term: string): Promise<string> {
  const dl = pane.page.getByLabel(list, { exact: true });
  const dt = dl.locator("dt", { hasText: new RegExp(`^${term.replace(/[()&]/g, "\\$&")}$`) });
  return (await dt.locator("xpath=following-sibling::dd[1]").innerText()).trim();
}

/** The time, in milliseconds, until the page draws its next frame. */
export async function frameDelay(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const t = performance.now();
        requestAnimationFrame(() => resolve(performance.now() - t));
      })
  );
}
