/**
 * Each worksheet through the Office.js writer and the stand-in Excel (office-mock.ts): the write
 * succeeds in the fixed number of syncs, the sheet gets its stem and loan id, nothing of the
 * user's is touched, and text that looks like a formula is stored as text in every document.
 */
import { strict as assert } from "node:assert";
import { SYNCS_FIXED, writeWorkbookModel } from "../../../src/report/office";
import { SHEET_KINDS } from "../../../src/report/sheets";
import { ExcelStandIn, officeGlobal } from "../office-mock";
import { FORMULA_TEXT, HAMP_A_SETTINGS, caseOf } from "./loans";
import { modelOf } from "./query";

describe("report/sheets through the Office.js writer", () => {
  let saved: unknown;
  beforeEach(() => {
    saved = (globalThis as { Office?: unknown }).Office;
    (globalThis as { Office?: unknown }).Office = officeGlobal(1.9);
  });
  afterEach(() => {
    (globalThis as { Office?: unknown }).Office = saved;
  });

  for (const kind of SHEET_KINDS) {
    it(`${kind.id}: written in ${SYNCS_FIXED} syncs; formula-looking text stays text`, async () => {
      const model = modelOf(kind.build(caseOf(FORMULA_TEXT, HAMP_A_SETTINGS)));
      const excel = new ExcelStandIn([{ name: `${kind.stem} =1+2`, cells: { A1: "mine" } }]);
      const result = await writeWorkbookModel(
        excel.context as unknown as Excel.RequestContext,
        model
      );
      assert.ok(result.ok, !result.ok ? result.message : "");
      assert.deepEqual(result.sheetNames, [`${kind.stem} =1+2 (2)`]);
      assert.equal(result.syncs, SYNCS_FIXED);
      assert.deepEqual(result.skipped, []);
      // The user's sheet of the same name is untouched.
      const mine = excel.sheet(`${kind.stem} =1+2`)!;
      assert.deepEqual(
        [...mine.cells.values()].map((c) => c.value),
        ["mine"]
      );
      const written = excel.sheet(result.sheetNames[0])!;
      const cells = [...written.cells.values()];
      assert.ok(cells.length > 20);
      const formulas = cells.filter((c) => c.kind === "formula");
      assert.ok(
        formulas.every((c) => String(c.value).startsWith("=SUBTOTAL(")),
        `only totals rows are formulas: ${formulas.map((c) => c.value).join(", ")}`
      );
      const texts = cells.filter((c) => c.kind === "text").map((c) => String(c.value));
      assert.ok(
        texts.some((t) => t.includes('=HYPERLINK("http://example.com","click")')),
        "the borrower's name is written as text"
      );
      assert.equal(written.visibility, "Visible");
    });
  }
});
