/**
 * Writing a worksheet from the pane: the builder's model goes to the host under the sheet name, and
 * nothing reaches the workbook when the builder is missing, refuses, or fails.
 */
import { strict as assert } from "node:assert";
import { WORKSHEETS, type WorksheetBuilder } from "../../src/taskpane/write/worksheet-builders";
import { canWrite, sheetNameFor, writeWorksheet } from "../../src/taskpane/write/write-worksheet";
import { worksheetBase } from "../../src/taskpane/write/worksheet-base";
import { analyse } from "../../src/taskpane/options/use-analysis";
import { draftFromRow } from "../../src/taskpane/loan/loan-draft";
import { readDraft } from "../../src/taskpane/loan/loan-reading";
import { standInHost, type StandInRecord } from "../../src/taskpane/workbook/stand-in-host";
import { WORKSHEET_KINDS } from "../../src/taskpane/workbook/host-types";
import { SAMPLE_MARKET_SETTINGS, sampleLoans } from "./sample-tape";

type Loadable = { load: () => Promise<WorksheetBuilder | undefined> };

describe("taskpane/write-worksheet", () => {
  const g = globalThis as { window?: unknown; __lmStandIn?: StandInRecord };
  const table = sampleLoans();
  const reading = readDraft(
    draftFromRow({ ...table, rowNumber: 2, values: table.rows[0] }),
    SAMPLE_MARKET_SETTINGS,
    "2026-11-30"
  );
  const analysis = analyse(reading.record, SAMPLE_MARKET_SETTINGS);
  assert.equal(analysis.status, "ready");
  const input = worksheetBase(
    "repayment-plan",
    analysis as Extract<typeof analysis, { status: "ready" }>,
    {
      preparer: "R. Diaz",
    }
  );
  const entry = WORKSHEETS["repayment-plan"] as unknown as Loadable;
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

  it("has one entry for every worksheet the pane writes", () => {
    assert.deepEqual(Object.keys(WORKSHEETS).sort(), [...WORKSHEET_KINDS].sort());
    for (const kind of WORKSHEET_KINDS) assert.equal(WORKSHEETS[kind].kind, kind);
  });

  it("names the sheet after the worksheet and the loan", () => {
    assert.equal(sheetNameFor(input), "Repayment Plan 1001");
    assert.equal(input.preparedBy, "R. Diaz");
  });

  it("writes nothing and says why while the worksheet's builder is not included", async () => {
    entry.load = async () => undefined;
    assert.equal(await canWrite("repayment-plan"), false);
    const r = await writeWorksheet(host, input);
    assert.deepEqual(r, {
      ok: false,
      reason: "Repayment Plan: this version of LM Workbench does not include this worksheet yet.",
    });
    assert.deepEqual(recorded.written, []);
  });

  it("hands the builder's model to the workbook under the sheet name", async () => {
    const model = { rows: [["Repayment plan agreement"]] };
    let given: unknown;
    entry.load = async () => (i) => {
      given = i;
      return { ok: true, value: model };
    };
    assert.equal(await canWrite("repayment-plan"), true);
    const r = await writeWorksheet(host, input);
    assert.deepEqual(r, { ok: true, written: "sheet Repayment Plan 1001" });
    assert.equal(given, input);
    assert.deepEqual(recorded.written, [
      { kind: "repayment-plan", name: "Repayment Plan 1001", model },
    ]);
  });

  it("writes nothing when the builder refuses the input or fails", async () => {
    entry.load = async () => () => ({
      ok: false,
      issues: [{ code: "NA", reason: "plan is missing" }],
    });
    assert.deepEqual(await writeWorksheet(host, input), {
      ok: false,
      reason: "Repayment Plan could not be built: plan is missing",
    });
    entry.load = async () => () => {
      throw new Error("boom");
    };
    assert.deepEqual(await writeWorksheet(host, input), {
      ok: false,
      reason: "Repayment Plan could not be built: boom",
    });
    assert.deepEqual(recorded.written, []);
  });

  it("passes on a workbook's refusal", async () => {
    host = standInHost(
      { host: null, platform: null },
      { tables: [], refuseWrites: "The workbook is protected." }
    );
    entry.load = async () => () => ({ ok: true, value: {} });
    assert.deepEqual(await writeWorksheet(host, input), {
      ok: false,
      reason: "The workbook is protected.",
    });
    assert.deepEqual(g.__lmStandIn!.written, []);
  });
});
