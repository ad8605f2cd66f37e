/** Server-side render of the pane's pieces: structure and text without a browser. */
import { strict as assert } from "node:assert";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/components/App";
import { FunctionsPage } from "../../src/taskpane/pages/FunctionsPage";
import { PAGES } from "../../src/taskpane/pages/page-table";
import { MemoryWorkbook } from "../../src/taskpane/workbook/memory-workbook";
import { memoryHost } from "../../src/taskpane/workbook/memory-host";
import { FunctionList } from "../../src/taskpane/components/FunctionList";
import type { CatalogueFunction, CatalogueLoad } from "../../src/taskpane/catalogue";
import { exampleFor } from "../../src/taskpane/examples";

const FUNCTIONS: CatalogueFunction[] = [
  {
    id: "PAYMENT",
    name: "PAYMENT",
    description: "Level monthly principal and interest payment.",
    parameters: [
      { name: "principal", description: "Loan amount.", optional: false, repeating: false },
      { name: "annual_rate", description: "Annual rate.", optional: false, repeating: false },
      { name: "term_months", description: "Term in months.", optional: false, repeating: false },
    ],
  },
  {
    id: "BALANCE",
    name: "BALANCE",
    description: "Balance after payments.",
    parameters: [{ name: "principal", description: "", optional: true, repeating: false }],
  },
];

function render(node: ReturnType<typeof createElement>): string {
  return renderToStaticMarkup(createElement(FluentProvider, { theme: webLightTheme }, node));
}

describe("taskpane/render", () => {
  it("lists each function with its heading, signature, help link and, when published, its example", () => {
    const html = render(createElement(FunctionList, { functions: FUNCTIONS }));
    assert.match(html, /<ul[^>]*aria-label="LM functions"/);
    assert.match(html, /<h3[^>]*id="fn-payment"[^>]*>LM\.PAYMENT<\/h3>/);
    assert.match(html, /<h3[^>]*id="fn-balance"[^>]*>LM\.BALANCE<\/h3>/);
    assert.match(html, /LM\.PAYMENT\(principal, annual_rate, term_months\)/);
    assert.match(html, /LM\.BALANCE\(\[principal\]\)/);
    assert.match(html, /href="help\/payment\.html"[^>]*aria-label="Help for LM\.PAYMENT"/);
    assert.match(html, /href="help\/balance\.html"/);
    for (const id of ["PAYMENT", "BALANCE"]) {
      const example = exampleFor(id)!;
      assert.ok(html.includes(example.formula), `${id}: ${example.formula}`);
      assert.ok(html.includes(example.result), `${id}: ${example.result}`);
    }
    assert.equal(
      (html.match(/<figure/g) ?? []).length,
      2,
      "PAYMENT and BALANCE have published examples"
    );
    assert.match(html, /Arguments \(3\)/);
  });

  it("renders the shell: header, a tab per page, the first page's heading, where it runs", () => {
    const host = memoryHost({
      kind: "browser",
      info: { host: null, platform: null },
      workbook: new MemoryWorkbook([]),
      writeWorksheet: async () => ({ ok: false, reason: "not in this test" }),
      browsable: true,
    });
    const html = renderToStaticMarkup(createElement(App, { host, today: "2026-11-30" }));
    assert.match(html, /<h1[^>]*>LM Workbench<\/h1>/);
    assert.match(html, /No loan yet/);
    assert.match(html, /<nav[^>]*aria-label="Pages"/);
    for (const page of PAGES)
      assert.match(html, new RegExp(`role="tab"[^>]*aria-label="${page.title}"`));
    assert.match(html, /<h2[^>]*id="page-title"[^>]*>Loan<\/h2>/);
    // The page itself loads on demand.
    assert.match(html, /Loading the page/);
    assert.match(html, /Opened outside Excel/);
  });

  it("loads the function list on the Functions page, with a loading state first", () => {
    const html = render(
      createElement(FunctionsPage, {
        loadCatalogue: () => new Promise<CatalogueLoad>(() => undefined),
      })
    );
    assert.match(html, /type =LM\. in a cell/);
    assert.match(html, /Loading the function list/);
  });
});
