/**
 * Every page of the built pane in light and dark: axe-core finds no violations, nothing is wider than
 * the pane, and a screenshot at 350 px is kept in test-results/screenshots/<page>-<theme>.png (look
 * at them), with `<page>-<theme>-first-screen.png` of what shows before any scrolling. The Office
 * theme is followed when the host gives one, the system's otherwise.
 */
import { strict as assert } from "node:assert";
import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { PAGES } from "../../src/taskpane/pages/page-table";
import {
  PaneBrowser,
  ROOT,
  SCREENSHOTS,
  assertClean,
  close,
  goTo,
  overflow,
  selectInExcel,
} from "./harness";
import { rowIndexOf, standIn } from "./workbook";

const AXE = path.join(ROOT, "node_modules", "axe-core", "axe.min.js");

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

async function axeViolations(page: Page): Promise<string[]> {
  // Colours are read once transitions (a button turning from disabled to enabled) have finished.
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState !== "running")
  );
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(c: Document, o: object): Promise<{ violations: unknown[] }> };
      }
    ).axe;
    // Fluent's focus guards (tabster's dummy inputs at the edges of an arrow-key group) are left
    // out: they are never a place the focus stays, it is passed on as it arrives (the keyboard test
    // checks that every stop has a visible focus). Everything else of the page is checked.
    const r = await axe.run({ exclude: [["[data-tabster-dummy]"]] } as unknown as Document, {
      resultTypes: ["violations"],
    });
    return r.violations as AxeViolation[];
  });
  return violations.map(
    (v) =>
      `${v.id}: ${v.help} — ${v.nodes.map((n) => `${n.target.join(" ")} ${n.failureSummary ?? ""}`).join(" | ")}`
  );
}

/** The pane's background colour, as the user sees it behind the pages. */
async function background(page: Page): Promise<string> {
  return page.evaluate(
    () => getComputedStyle(document.querySelector("main")!.parentElement!).backgroundColor
  );
}

describe("task pane accessibility and screenshots (dist/)", function () {
  this.timeout(240_000);
  const browser = new PaneBrowser();
  before(async () => {
    await browser.start();
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
  });
  after(() => browser.stop());

  for (const theme of ["light", "dark"] as const) {
    it(`has no axe violations on any page, fits 350 px and is screenshotted (${theme})`, async function () {
      // The Office theme is the stand-in's; the system's preference says the opposite and must lose.
      const pane = await browser.open({
        standIn: standIn({ theme }),
        colorScheme: theme === "dark" ? "light" : "dark",
      });
      const { page } = pane;
      try {
        const problems: string[] = [];
        // The first-run view, before any loan.
        await page.getByText("Start with a loan").waitFor();
        problems.push(...(await axeViolations(page)).map((v) => `first run: ${v}`));
        await page.screenshot({
          path: path.join(SCREENSHOTS, `first-run-${theme}.png`),
          fullPage: true,
        });
        await selectInExcel(page, "Loans", rowIndexOf("5002"));
        await page.getByText("Loan 5002 ·").first().waitFor();
        for (const entry of PAGES) {
          await goTo(page, entry.title);
          // Let the page (loaded on demand) settle.
          await page.getByRole("main").getByText(/\S/).first().waitFor();
          await page.waitForLoadState("networkidle");
          if (entry.id === "portfolio") {
            await page.getByRole("button", { name: "Run the selected table" }).click();
            await page.getByText("Rows read", { exact: true }).waitFor();
          }
          if (entry.id === "options") {
            await page
              .getByRole("button", { name: /^Audit steps/ })
              .first()
              .click();
          }
          if (entry.id === "functions") await page.getByText(/^\d+ functions$/).waitFor();
          if (entry.id === "notice") {
            // A worksheet written: the result beside its button is checked and seen too.
            await page.getByRole("button", { name: "Write evaluation notice" }).click();
            await page.getByText('Written: sheet "Evaluation Notice 5002".').waitFor();
          }
          problems.push(...(await axeViolations(page)).map((v) => `${entry.id}: ${v}`));
          assert.equal(await overflow(page), 0, `${entry.id} is wider than the pane`);
          await page.screenshot({
            path: path.join(SCREENSHOTS, `${entry.id}-${theme}.png`),
            fullPage: true,
          });
          // What the pane shows before any scrolling (the screenshots of docs/taskpane.md).
          await page.evaluate(() => window.scrollTo(0, 0));
          await page.screenshot({
            path: path.join(SCREENSHOTS, `${entry.id}-${theme}-first-screen.png`),
          });
        }
        assert.deepEqual(problems, []);
        const bg = await background(page);
        assert.equal(
          bg,
          theme === "dark" ? "rgb(31, 31, 31)" : "rgb(250, 250, 250)",
          "the pane follows the Office theme"
        );
        assertClean(pane);
      } finally {
        await close(pane);
      }
    });
  }

  it("follows the Office theme as it changes, and the system's when Office gives none", async function () {
    const pane = await browser.open({ standIn: standIn({ theme: "light" }) });
    try {
      assert.equal(await background(pane.page), "rgb(250, 250, 250)");
      await pane.page.evaluate(() =>
        (window as unknown as { __lmStandIn: { setTheme(t: string): void } }).__lmStandIn.setTheme(
          "dark"
        )
      );
      await pane.page.waitForFunction(
        () =>
          getComputedStyle(document.querySelector("main")!.parentElement!).backgroundColor ===
          "rgb(31, 31, 31)"
      );
    } finally {
      await close(pane);
    }
    const system = await browser.open({ standIn: standIn(), colorScheme: "dark" });
    try {
      assert.equal(await background(system.page), "rgb(31, 31, 31)");
    } finally {
      await close(system);
    }
  });
});
