/** The Settings page's checks: each setting's problem named by its label, from the core's parsers. */
import { strict as assert } from "node:assert";
import { checkSettings, npvDefaultText } from "../../src/taskpane/settings/check-settings";
import { resolvePaneSettings } from "../../src/taskpane/settings/case-settings";
import { NPV_2026 } from "../../src/core/rules/npv-2026";

describe("taskpane/settings", () => {
  it("accepts rates as percents or fractions and dates as YYYY-MM-DD", () => {
    assert.deepEqual(
      checkSettings({
        pmms: "6.23%",
        mod_rate: "0.065",
        as_of_date: "2026-11-16",
        spread: "2.5%",
        redefault_months: "12",
      }),
      {}
    );
  });

  it("names the setting and the reason of each problem", () => {
    assert.deepEqual(
      checkSettings({
        pmms: "6.23",
        mod_rate: "six",
        as_of_date: "16/11/2026",
        spread: "300%",
        reo_discount: "$5",
        redefault_months: "1.5",
      }),
      {
        pmms: 'PMMS (30-year fixed): "6.23" looks like a percent: enter 0.0623 or 6.23%',
        mod_rate: 'GSE modification interest rate: "six" is not a rate (write 0.065 or 6.5%)',
        as_of_date:
          'As-of date: "16/11/2026" is not a date: MM/DD/YYYY puts the month first (or write YYYY-MM-DD)',
        reo_discount: 'REO discount to value: "$5" is not a rate (write 0.065 or 6.5%)',
        redefault_months: 'Months to a redefault: "1.5" is not a whole number of months',
        spread: 'Discount spread over PMMS: "300%" is more than 100%',
      }
    );
  });

  it("overrides the NPV rule set's defaults only where a value is given", () => {
    const r = resolvePaneSettings({ spread: "3%", redefault_months: "18", reo_discount: "" });
    assert.ok(r.ok);
    const a = r.value.assumptions;
    assert.equal(a.params.spread, "0.03");
    assert.equal(a.params.redefault_months, 18);
    assert.equal(a.params.reo_discount, NPV_2026.params.reo_discount);
    assert.deepEqual(a.overridden, ["spread", "redefault_months"]);
    const none = resolvePaneSettings({});
    assert.ok(none.ok && none.value.assumptions === NPV_2026, "no override: the rule set itself");
    assert.equal(npvDefaultText("spread"), "2.5%");
    assert.equal(npvDefaultText("redefault_months"), "12");
  });
});
