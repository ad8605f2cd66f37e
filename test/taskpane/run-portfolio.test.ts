/**
 * The Portfolio page's run over a table: counts that reconcile, the workout mix, and every rejected
 * row with its field and reason. Expected totals are summed here from the CSV's own text.
 */
import { strict as assert } from "node:assert";
import { runPortfolio } from "../../src/taskpane/portfolio/run-portfolio";
import { evaluateProgram } from "../../src/core/programs/registry";
import { readDraft } from "../../src/taskpane/loan/loan-reading";
import { draftFromRow } from "../../src/taskpane/loan/loan-draft";
import { SAMPLE_MARKET_SETTINGS, sampleLoans } from "./sample-tape";

/** Dollars text ("212450.18") to cents, digit by digit. */
function cents(text: string): number {
  const [whole, fraction = ""] = text.split(".");
  return Number(whole) * 100 + Number(fraction.padEnd(2, "0").slice(0, 2));
}

describe("taskpane/portfolio run", () => {
  const table = sampleLoans();
  const request = {
    table: table.table,
    headers: table.headers,
    rows: [...table.rows, table.rows[0].map(() => ""), [...table.rows[0]]],
    firstRow: table.firstRowNumber,
    settings: SAMPLE_MARKET_SETTINGS,
    today: "2026-11-30",
  };

  it("reconciles: rows read = evaluated + rejected, blank rows apart", () => {
    const progress: number[] = [];
    const s = runPortfolio(request, (done) => progress.push(done));
    // 15 sample rows + a blank row + a copy of the first: the copy and the first share an id, so both
    // are rejected, and so is loan 1007 (its note rate is typed as 6.875).
    assert.deepEqual(s.counts, { read: 16, evaluated: 13, rejected: 3, blank: 1 });
    assert.equal(s.counts.read, s.counts.evaluated + s.counts.rejected);
    assert.deepEqual(progress, [13]);
    assert.deepEqual(
      [...new Set(s.exceptions.map((x) => x.row))].sort((a, b) => a - b),
      [2, 16, 18]
    );
    assert.ok(s.exceptions.some((x) => x.field === "note_rate" && x.value === "6.875"));
    assert.ok(s.exceptions.some((x) => x.field === "loan_id" && /not unique/.test(x.reason)));
  });

  it("counts each recommended workout once, with its UPB", () => {
    const s = runPortfolio({ ...request, rows: table.rows }, () => undefined);
    assert.equal(
      s.mix.reduce((n, m) => n + m.count, 0),
      s.counts.evaluated
    );
    const upbColumn = table.headers.indexOf("upb");
    const idColumn = table.headers.indexOf("loan_id");
    const accepted = table.rows.filter((r) => r[idColumn] !== "1007");
    const upb = accepted.reduce((sum, r) => sum + cents(String(r[upbColumn])), 0);
    assert.equal(s.upb, upb);
    assert.equal(
      s.mix.reduce((n, m) => n + m.upb, 0),
      upb
    );
    // Each loan's workout is the core waterfall's choice for it.
    const expected = new Map<string, number>();
    table.rows.forEach((values, i) => {
      const reading = readDraft(
        draftFromRow({ ...table, rowNumber: 2 + i, values }),
        SAMPLE_MARKET_SETTINGS,
        "2026-11-30"
      );
      if (reading.issues.length) return;
      const w = evaluateProgram("AUTO", reading.record);
      assert.ok(w.ok);
      const key = w.value.offerable ? w.value.ruleSet : "NO_OPTION";
      expected.set(key, (expected.get(key) ?? 0) + 1);
    });
    assert.deepEqual(new Map(s.mix.map((m) => [m.ruleSet, m.count])), expected);
  });
});
