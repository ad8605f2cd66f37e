/**
 * The Portfolio page's run over a table: counts that reconcile, the workout mix, every rejected row
 * with its field and reason, the settings as defaults, and the report it builds. Expected totals are
 * summed here from the CSV's own text; each loan's workout is the core waterfall's choice for it.
 */
import { strict as assert } from "node:assert";
import { runPortfolio, settingsUsed } from "../../src/taskpane/portfolio/run-portfolio";
import { marketSettings } from "../../src/taskpane/settings/case-settings";
import {
  fieldsOffered,
  headerReading,
  mappedHeaders,
  stillMissing,
} from "../../src/taskpane/portfolio/column-mapping";
import { evaluateProgram } from "../../src/core/programs/registry";
import { readLoanRecord } from "../../src/core/record";
import { prepareWorkbook, type WorkbookModel } from "../../src/report/model";
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

  it("reconciles: rows read = evaluated + rejected, a blank row among the rejected", () => {
    const progress: number[] = [];
    const run = runPortfolio(request, (done) => progress.push(done));
    assert.ok(run.ok);
    const r = run.result;
    // 15 sample rows + a blank row + a copy of the first: the copy and the first share an id, so both
    // are rejected, and so is loan 1007 (its note rate is typed as 6.875); the blank row too.
    assert.deepEqual(
      { ...r.summary.counts },
      { read: 17, evaluated: 13, rejected: 4, blank: 1, notEvaluable: 0, failedCheck: 4 }
    );
    assert.deepEqual(progress, [13]);
    assert.deepEqual(
      [...new Set(r.exceptions.map((x) => x.row))].sort((a, b) => a - b),
      [2, 16, 17, 18]
    );
    assert.ok(r.exceptions.some((x) => x.field === "note_rate" && x.value === "6.875"));
    assert.ok(r.exceptions.some((x) => x.field === "loan_id" && /is also on row/.test(x.reason)));
    assert.equal(r.exceptionCount, r.exceptions.length);
  });

  it("counts each recommended workout once, with its UPB", () => {
    const run = runPortfolio({ ...request, rows: table.rows }, () => undefined);
    assert.ok(run.ok);
    const s = run.result.summary;
    assert.equal(
      s.workouts.reduce((n, m) => n + m.count, 0),
      s.counts.evaluated
    );
    const upbColumn = table.headers.indexOf("upb");
    const idColumn = table.headers.indexOf("loan_id");
    const accepted = table.rows.filter((r) => r[idColumn] !== "1007");
    const upb = accepted.reduce((sum, r) => sum + cents(String(r[upbColumn])), 0);
    assert.equal(s.loans.upb, upb);
    assert.equal(
      s.workouts.reduce((n, m) => n + m.upb, 0),
      upb
    );
    // Each loan's workout is the core waterfall's choice for it, with the settings filling blanks.
    const market = marketSettings(SAMPLE_MARKET_SETTINGS, "2026-11-30");
    const expected = new Map<string, number>();
    table.rows.forEach((values) => {
      const headers = [...table.headers, "PMMS", "mod_rate", "as_of_date"];
      const reading = readLoanRecord(headers, [
        ...values,
        String(market.pmms),
        String(market.modRate),
        String(market.asOfDate),
      ]);
      if (reading.issues.length) return;
      const w = evaluateProgram("AUTO", reading.record);
      assert.ok(w.ok);
      const key = w.value.offerable ? `${w.value.ruleSet} ${w.value.program}` : "none";
      expected.set(key, (expected.get(key) ?? 0) + 1);
    });
    assert.deepEqual(
      new Map(s.workouts.map((m) => [m.ruleSet ? `${m.ruleSet} ${m.label}` : "none", m.count])),
      expected
    );
  });

  it("builds the report for the host: a sound model, named for the table, its settings in the audit", () => {
    const run = runPortfolio({ ...request, rows: table.rows }, () => undefined);
    assert.ok(run.ok);
    const report = run.result.report;
    assert.equal(report.name, `Portfolio report ${table.table}`);
    const model = report.model as WorkbookModel;
    assert.ok(prepareWorkbook(model).ok);
    assert.equal(model.sheets[0].name, "Summary");
    const used = [
      ["PMMS (30-year fixed)", "6.23%"],
      ["GSE modification interest rate", "6.5%"],
      ["As-of date", "2026-11-16"],
    ];
    assert.deepEqual(settingsUsed(SAMPLE_MARKET_SETTINGS, "2026-11-30"), used);
    // The summary's audit block lists them, in that order, among the tape, program and counts.
    const audit = model.sheets[0].blocks.find((b) => b.id === "audit");
    assert.ok(audit?.kind === "pairs", "the summary has an audit block of pairs");
    const labels = new Set(used.map(([label]) => label));
    assert.deepEqual(
      audit.pairs.filter(([label]) => labels.has(label as string)),
      used
    );
  });

  it("says why a table cannot run: a bad setting names it as the Settings page labels it", () => {
    const run = runPortfolio(
      { ...request, settings: { ...SAMPLE_MARKET_SETTINGS, pmms: "lots" } },
      () => undefined
    );
    assert.equal(run.ok, false);
    assert.match(!run.ok ? run.reason : "", /: PMMS \(30-year fixed\): "lots" /);
  });
});

describe("taskpane/portfolio column mapping", () => {
  const headers = ["Acct Ref", "Investor", "Balance Owed", "Notes", ""];

  it("offers the columns the record does not know, and the fields no column gives", () => {
    const reading = headerReading(headers);
    assert.deepEqual(
      reading.unread.map((c) => c.header),
      ["Acct Ref", "Balance Owed", "Notes"]
    );
    assert.deepEqual(reading.missing, ["loan_id", "upb"]);
    const mapping = { 0: "loan_id", 2: "upb" } as const;
    assert.deepEqual(stillMissing(reading, mapping), []);
    // A field mapped to one column is not offered for another; investor is given by its column.
    const offered = fieldsOffered(reading, mapping, 3);
    assert.ok(!offered.includes("upb") && !offered.includes("investor"));
    assert.ok(fieldsOffered(reading, mapping, 2).includes("upb"));
    assert.deepEqual(mappedHeaders(headers, mapping), ["loan_id", "Investor", "upb", "Notes", ""]);
  });

  it("the record's aliases come first: a servicer's usual headers need no mapping", () => {
    const reading = headerReading([
      "Loan Number",
      "Investor Code",
      "Current UPB",
      "offer_price",
      "spread",
    ]);
    assert.deepEqual(reading.unread, []);
    assert.deepEqual(reading.missing, []);
  });
});
