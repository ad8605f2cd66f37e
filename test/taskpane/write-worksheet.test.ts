/**
 * Writing a worksheet from the pane: the builder of src/report/sheets makes the model from the
 * loan's case and the page's inputs, and the workbook receives it under a free name; nothing
 * reaches the workbook when the builder refuses, cannot be loaded, or the workbook refuses.
 */
import { strict as assert } from "node:assert";
import { SHEET_KIND_IDS } from "../../src/report/sheets";
import type { WorkbookModel } from "../../src/report/model";
import { WORKSHEETS, type WorksheetEntry } from "../../src/taskpane/write/worksheet-builders";
import { writeWorksheet } from "../../src/taskpane/write/write-worksheet";
import { analyse, type LoanCase } from "../../src/taskpane/case/analysis";
import { draftFromRow } from "../../src/taskpane/loan/loan-draft";
import { readDraft } from "../../src/taskpane/loan/loan-reading";
import { standInHost, type StandInRecord } from "../../src/taskpane/workbook/stand-in-host";
import { SAMPLE_MARKET_SETTINGS, sampleLoans } from "./sample-tape";

type Mutable = { -readonly [K in keyof WorksheetEntry]: WorksheetEntry[K] };

describe("taskpane/write-worksheet", () => {
  const g = globalThis as { window?: unknown; __lmStandIn?: StandInRecord };
  const table = sampleLoans();
  /** A sample loan's case; `change` sets fields of its row first. */
  function caseOf(loanId: string, change: Record<string, string> = {}): LoanCase {
    const i = table.rows.findIndex((r) => r[0] === loanId);
    const values = table.rows[i].map((v, k) => change[String(table.headers[k])] ?? v);
    const reading = readDraft(
      draftFromRow({ ...table, rowNumber: table.firstRowNumber + i, values }),
      { ...SAMPLE_MARKET_SETTINGS, preparer: "R. Diaz" },
      "2026-11-30"
    );
    const a = analyse(reading);
    assert.ok(a.status === "ready", loanId);
    return a.case;
  }
  const entry = WORKSHEETS["repayment-plan"] as Mutable;
  const original = entry.load;
  let recorded: StandInRecord;
  let host: ReturnType<typeof standInHost>;

  beforeEach(() => {
    g.window = g;
    host = standInHost({ host: null, platform: null }, { tables: [table] });
    recorded = g.__lmStandIn!;
  });
  afterEach(() => {
    entry.load = original;
    delete g.window;
    delete g.__lmStandIn;
  });

  it("has one entry for every worksheet of src/report/sheets", () => {
    assert.deepEqual(Object.keys(WORKSHEETS).sort(), [...SHEET_KIND_IDS].sort());
    for (const kind of SHEET_KIND_IDS) assert.equal(WORKSHEETS[kind].kind, kind);
  });

  it("builds the worksheet from the case and the inputs, and the workbook gets it under a free name", async () => {
    const c = caseOf("1001");
    const steps: string[] = [];
    const inputs = { months: "8", first_due_date: "2027-01-01" };
    const first = await writeWorksheet(
      host,
      { kind: "repayment-plan", case: c, inputs },
      { onProgress: (s) => steps.push(s) }
    );
    assert.deepEqual(first, { ok: true, written: 'sheet "Repayment Plan 1001"' });
    assert.deepEqual(steps, ["Building the worksheet", "Writing Repayment Plan 1001"]);
    const again = await writeWorksheet(host, { kind: "repayment-plan", case: c, inputs });
    assert.deepEqual(again, { ok: true, written: 'sheet "Repayment Plan 1001 (2)"' });
    assert.deepEqual(
      recorded.written.map((w) => [w.kind, w.name, w.sheetNames]),
      [
        ["repayment-plan", "Repayment Plan 1001", ["Repayment Plan 1001"]],
        ["repayment-plan", "Repayment Plan 1001", ["Repayment Plan 1001 (2)"]],
      ]
    );
    // The inputs reached the builder: the audit block lists them as given.
    const model = recorded.written[0].model as WorkbookModel;
    const text = JSON.stringify(model);
    assert.ok(text.includes('"8 (given)"'), "the months as given");
  });

  it("writes nothing and gives the builder's reason when it refuses the loan", async () => {
    // Loan 1001 brought current: no arrears, so no repayment plan.
    const current = caseOf("1001", { months_delinquent: "0", next_due_date: "2026-12-01" });
    const r = await writeWorksheet(host, { kind: "repayment-plan", case: current, inputs: {} });
    assert.equal(r.ok, false);
    assert.match(!r.ok ? r.reason : "", /^No sheet was written: loan 1001 has no arrears to repay/);
    // Loan 5002: HAMP, the one modification of its order, does not work.
    const offer = await writeWorksheet(host, {
      kind: "modification-offer",
      case: caseOf("5002"),
      inputs: {},
    });
    assert.match(
      !offer.ok ? offer.reason : "",
      /^No sheet was written: no modification works for loan 5002/
    );
    const bad = await writeWorksheet(host, {
      kind: "repayment-plan",
      case: caseOf("1001"),
      inputs: { months: "0" },
    });
    assert.match(!bad.ok ? bad.reason : "", /^No sheet was written: months: .*at least 1/);
    assert.deepEqual(recorded.written, []);
  });

  it("says so when the builders cannot be loaded", async () => {
    entry.load = async () => {
      throw new Error("Loading chunk sheets failed");
    };
    const r = await writeWorksheet(host, {
      kind: "repayment-plan",
      case: caseOf("1001"),
      inputs: {},
    });
    assert.deepEqual(r, {
      ok: false,
      reason: "The worksheet builders could not be loaded: Loading chunk sheets failed.",
    });
    assert.deepEqual(recorded.written, []);
  });

  it("passes on a workbook's refusal", async () => {
    host = standInHost(
      { host: null, platform: null },
      { tables: [], refuseWrites: "The workbook is protected." }
    );
    const r = await writeWorksheet(host, { kind: "comparison", case: caseOf("1002"), inputs: {} });
    assert.deepEqual(r, { ok: false, reason: "The workbook is protected." });
    assert.deepEqual(g.__lmStandIn!.written, []);
  });
});
