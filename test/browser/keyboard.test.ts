/**
 * The pane by keyboard alone: from picking a loan's row to writing the negotiation summary on the
 * Notice page, every step a key press, with the focus visible at each stop.
 */
import { strict as assert } from "node:assert";
import type { Page } from "playwright-core";
import { PaneBrowser, assertClean, close, received } from "./harness";
import { USER_SHEET, standIn } from "./workbook";

interface Focus {
  readonly role: string;
  readonly name: string;
  /** Whether the focused element shows a focus indicator. */
  readonly shown: boolean;
}

/**
 * The focused element: its role, its accessible name (roughly), and whether focus is drawn on it.
 * Plain JavaScript text, run as it is in the page.
 */
const FOCUS_OF = `(() => {
  const el = document.activeElement;
  if (!el || el === document.body) return { role: "body", name: "", shown: false };
  const px = (v) => parseFloat(v) || 0;
  const drawn = (e, pseudo) => {
    const s = getComputedStyle(e, pseudo);
    if (pseudo && (s.content === "none" || s.content === "normal")) return false;
    const outline = s.outlineStyle !== "none" && px(s.outlineWidth) > 0;
    const border =
      pseudo !== undefined &&
      [s.borderTopWidth, s.borderBottomWidth, s.borderLeftWidth, s.borderRightWidth].some((w) => px(w) > 0) &&
      s.transform.indexOf("matrix(0") !== 0;
    return outline || border;
  };
  const focusVisible = el.hasAttribute("data-fui-focus-visible") || el.matches(":focus-visible");
  let shown = focusVisible && (drawn(el) || drawn(el, "::after") || drawn(el, "::before"));
  // Fluent's links show focus as a double underline.
  const own = getComputedStyle(el);
  if (!shown && focusVisible) shown = own.textDecorationLine.includes("underline") && own.textDecorationStyle === "double";
  // Fluent's inputs draw their focus on their wrapper: a bar under the field.
  const wrapper = el.parentElement;
  if (!shown && wrapper && /fui-(Input|Select|Textarea|Dropdown|SearchBox|Switch)/.test(wrapper.className)) {
    shown = drawn(wrapper, "::after") || drawn(wrapper, "::before") || drawn(wrapper);
  }
  const name = (el.getAttribute("aria-label") || el.textContent || "").trim().replace(/\\s+/g, " ");
  return { role: el.getAttribute("role") || el.tagName.toLowerCase(), name, shown };
})()`;

async function focusOf(page: Page): Promise<Focus> {
  return page.evaluate(FOCUS_OF) as Promise<Focus>;
}

describe("task pane by keyboard (dist/)", function () {
  this.timeout(120_000);
  const browser = new PaneBrowser();
  before(() => browser.start());
  after(() => browser.stop());

  it("goes from a loan's row to a written negotiation summary with the keyboard alone, focus always visible", async function () {
    // The stand-in offers its tables in the pane, as the browser mode does: the row is picked by key.
    const pane = await browser.open({ standIn: standIn({ browsable: true }) });
    const { page } = pane;
    const stops: Focus[] = [];

    async function tabUntil(
      match: (f: Focus) => boolean,
      what: string,
      key = "Tab"
    ): Promise<void> {
      for (let i = 0; i < 150; i++) {
        await page.keyboard.press(key);
        const f = await focusOf(page);
        stops.push(f);
        assert.ok(
          f.shown,
          `no visible focus on ${f.role} "${f.name}" (on the way to ${what}; before: ${stops
            .slice(-4, -1)
            .map((x) => `${x.role} "${x.name.slice(0, 40)}"`)
            .join(", ")})`
        );
        if (match(f)) return;
      }
      assert.fail(`${what} was not reached by ${key}`);
    }

    try {
      await page.getByText("Start with a loan").waitFor();
      await tabUntil((f) => f.name.startsWith("Use loan 1002"), "the sample loan 1002");
      await page.keyboard.press("Enter");
      await page.getByText("Loan 1002 · FNMA").waitFor();

      // To the tabs, and along them to Options.
      await tabUntil((f) => f.role === "tab", "the page tabs", "Shift+Tab");
      await tabUntil(
        (f) => f.role === "tab" && f.name === "Options",
        "the Options tab",
        "ArrowRight"
      );
      await page.keyboard.press("Enter");
      await page.getByRole("heading", { level: 2, name: /^Options/ }).waitFor();
      await page.getByText(/^Recommended: /).waitFor();

      // An option's audit steps open by key.
      await tabUntil((f) => f.name.startsWith("Audit steps"), "the first option's audit steps");
      await page.keyboard.press("Enter");
      await page.getByRole("listitem").first().waitFor();

      // The Notice page is not among the tabs that fit 350 px: through the "More pages" menu.
      await tabUntil((f) => f.name.startsWith("More pages"), "the More pages button", "Shift+Tab");
      await page.keyboard.press("Enter");
      await page.getByRole("menu").waitFor();
      for (let i = 0; i < 10; i++) {
        if ((await focusOf(page)).name === "Notice and summary") break;
        await page.keyboard.press("ArrowDown");
      }
      assert.equal((await focusOf(page)).name, "Notice and summary");
      await page.keyboard.press("Enter");
      await page.getByRole("heading", { level: 2, name: /^Notice and summary/ }).waitFor();
      await page.getByText("Accept the offer by (14 days)").waitFor();

      // The worksheet actions are reached by Tab; Enter writes the negotiation summary, and the
      // pane says where it went (the workbook already has a sheet of that name).
      await tabUntil((f) => f.name === "Write evaluation notice", "Write evaluation notice");
      await tabUntil((f) => f.name === "Write negotiation summary", "Write negotiation summary");
      await page.keyboard.press("Enter");
      await page.getByText(`Written: sheet "${USER_SHEET} (2)".`).waitFor();
      const { written } = await received(page);
      assert.deepEqual(
        written.map((w) => [w.kind, w.sheetNames]),
        [["negotiation-summary", [`${USER_SHEET} (2)`]]]
      );
      // The focus stays on the button, shown, for the next action.
      const after = await focusOf(page);
      assert.equal(after.name, "Write negotiation summary");
      assert.ok(after.shown, "the focus is still visible after the write");

      assert.ok(stops.length > 5);
      assertClean(pane);
    } finally {
      await close(pane);
    }
  });
});
