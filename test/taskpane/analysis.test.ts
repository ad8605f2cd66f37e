/**
 * The pane's loan case: every sample loan read from its row with the workbook's settings becomes the
 * same `LoanCase` the worksheets are built from (src/report/sheets/case), the settings filling only
 * what the row leaves blank and said as such; a loan whose fields or settings do not read is
 * refused with the reason, naming the field.
 */
import { strict as assert } from "node:assert";
import { AUTO } from "../../src/core/rules/auto";
import { evaluateProgram } from "../../src/core/programs/registry";
import { loanCase } from "../../src/report/sheets/case/loan-case";
import { draftFromRow } from "../../src/taskpane/loan/loan-draft";
import { readDraft } from "../../src/taskpane/loan/loan-reading";
import { analyse } from "../../src/taskpane/case/analysis";
import { caseSettings } from "../../src/taskpane/settings/case-settings";
import { SAMPLE_MARKET_SETTINGS, sampleLoans } from "./sample-tape";

describe("taskpane/case analysis", () => {
  const table = sampleLoans();
  const readingOf = (values: readonly unknown[], settings = SAMPLE_MARKET_SETTINGS, row = 2) =>
    readDraft(
      draftFromRow({ ...table, rowNumber: row, values: values as string[] }),
      settings,
      "2026-11-30"
    );
  const rowOf = (id: string) => table.rows.find((r) => r[0] === id)!;

  it("refuses a loan whose fields do not read, naming the field", () => {
    const a = analyse(readingOf(rowOf("1007")));
    assert.equal(a.status, "invalid");
    assert.deepEqual(a.status === "invalid" && a.issues.map((i) => i.reason), [
      'note_rate: "6.875" looks like a percent: enter 0.06875 or 6.875%',
    ]);
  });

  it("refuses a loan without an investor or a loan id, naming it", () => {
    const headers = table.headers as string[];
    const without = (field: string) => {
      const values = [...rowOf("1002")];
      values[headers.indexOf(field)] = "";
      return analyse(readingOf(values));
    };
    for (const field of ["investor", "loan_id"]) {
      const a = without(field);
      assert.equal(a.status, "invalid", field);
      assert.match(
        a.status === "invalid" ? a.issues[0].reason : "",
        new RegExp(`^${field} is required`)
      );
    }
  });

  it("refuses settings that do not read, as the settings' problem", () => {
    const a = analyse(readingOf(rowOf("1002"), { ...SAMPLE_MARKET_SETTINGS, pmms: "6.23" }));
    assert.equal(a.status === "invalid" && a.cause, "settings");
    assert.deepEqual(a.status === "invalid" && a.issues.map((i) => i.reason), [
      'PMMS (30-year fixed): "6.23" looks like a percent: enter 0.0623 or 6.23%',
    ]);
  });

  it("fills what the row leaves blank from the settings, and says which came from where", () => {
    // The test tape has no as_of_date, PMMS or mod_rate column: all three are the settings'.
    const reading = readingOf(rowOf("1002"));
    assert.deepEqual([...reading.defaulted].sort(), ["as_of_date", "market_rate", "mod_rate"]);
    const a = analyse(reading);
    assert.ok(a.status === "ready");
    assert.deepEqual(
      a.case.settingsUsed.map((u) => [u.field, u.from]),
      [
        ["as_of_date", "settings"],
        ["market_rate", "settings"],
        ["mod_rate", "settings"],
      ]
    );
    // SAMPLE_MARKET_SETTINGS: as of 2026-11-16, PMMS 6.23%, modification rate 6.5%.
    assert.deepEqual(a.case.asOf, { year: 2026, month: 11, day: 16 });
    assert.equal(a.case.record.market_rate?.toString(), "0.0623");
    assert.equal(a.case.record.market_rate_basis, "PMMS");
    assert.equal(a.case.record.mod_rate?.toString(), "0.065");
    // Without an as-of date in the settings, today's.
    const today = analyse(readingOf(rowOf("1002"), { ...SAMPLE_MARKET_SETTINGS, as_of_date: "" }));
    assert.ok(today.status === "ready");
    assert.deepEqual(today.case.asOf, { year: 2026, month: 11, day: 30 });
  });

  it("gives every readable sample loan the case the worksheets get, AUTO's pick as recommended", () => {
    const settings = caseSettings(SAMPLE_MARKET_SETTINGS, "2026-11-30");
    assert.ok(settings.ok);
    const investors = new Set<string>();
    let cases = 0;
    table.rows.forEach((values, i) => {
      const reading = readingOf(values, SAMPLE_MARKET_SETTINGS, table.firstRowNumber + i);
      if (reading.issues.length) return;
      const a = analyse(reading);
      assert.ok(a.status === "ready", `row ${i}`);
      const direct = loanCase(reading.row, settings.value);
      assert.ok(direct.ok);
      assert.deepEqual(
        a.case.options.map((o) => [o.id, o.works, o.evaluation?.newPi]),
        direct.value.options.map((o) => [o.id, o.works, o.evaluation?.newPi])
      );
      investors.add(a.case.investor);
      assert.deepEqual(
        a.case.options.map((o) => o.id),
        AUTO.params.order[a.case.investor]
      );
      // The core's waterfall on the record as filled: a different path to the same pick.
      const w = evaluateProgram("AUTO", a.case.record);
      assert.ok(w.ok);
      assert.equal(a.case.recommended?.id, w.value.offerable ? w.value.ruleSet : undefined);
      cases++;
    });
    assert.equal(cases, 14, "every sample loan but the one with a bad note rate");
    assert.deepEqual([...investors].sort(), Object.keys(AUTO.params.order).sort());
  });

  it("works each loan out once for every page", () => {
    const reading = readingOf(rowOf("1002"));
    assert.equal(analyse(reading), analyse(reading));
  });
});
