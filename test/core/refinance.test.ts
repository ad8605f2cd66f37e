import { strict as assert } from "node:assert";
import {
  breakEvenMonths,
  fhaStreamlineNetTangibleBenefit,
  monthlySaving,
  parseRateType,
  refinance,
  vaIrrrlNetTangibleBenefit,
} from "../../src/core/refinance";
import { VA_IRRRL_2018 } from "../../src/core/rules/va-irrrl-2018";

describe("core/refinance (docs/rules/refinance.md)", () => {
  it("refinance 200,000 from 6% to 5% over 360 months with 3,000 of costs: saving 125.46, break-even 24 months", () => {
    // new P&I = 200000·(0.05/12)/(1 − (1 + 0.05/12)^−360) = 1073.6432… → 1,073.64
    // current 1,199.10 (6%); saving 1,199.10 − 1,073.64 = 125.46; 3000 / 125.46 = 23.91… → 24
    const r = refinance({
      principal: 200000,
      annualRate: 0.05,
      termMonths: 360,
      currentPi: "1199.10",
      closingCosts: 3000,
    });
    assert.ok(r.ok);
    assert.equal(r.value.new_pi.toFixed(2), "1073.64");
    assert.equal(r.value.monthly_saving.toFixed(2), "125.46");
    assert.equal(r.value.break_even_months, 24);
  });

  it("break-even rounds up, but an exact division stays: 1,200 / 100 = 12", () => {
    assert.deepEqual(breakEvenMonths(1200, 1100, 1000), { ok: true, value: 12 });
    assert.deepEqual(breakEvenMonths(1200.01, 1100, 1000), { ok: true, value: 13 });
    assert.deepEqual(breakEvenMonths(0, 1100, 1000), { ok: true, value: 0 });
  });

  it("no saving is NA; negative inputs are VALUE", () => {
    const same = breakEvenMonths(1000, 1000, 1000);
    assert.ok(
      !same.ok && same.issues[0].code === "NA" && /no monthly saving/.test(same.issues[0].reason)
    );
    const up = breakEvenMonths(1000, 1000, 1100.5);
    assert.ok(!up.ok && up.issues[0].code === "NA");
    const neg = breakEvenMonths(-1, 1000, 900);
    assert.ok(!neg.ok && neg.issues[0].code === "VALUE" && neg.issues[0].field === "closing_costs");
    const saving = monthlySaving(1000, 1100.5);
    assert.ok(saving.ok && saving.value.toFixed(2) === "-100.50");
    const none = refinance({
      principal: 200000,
      annualRate: 0.07,
      termMonths: 360,
      currentPi: 1000,
      closingCosts: 3000,
    });
    assert.ok(none.ok && none.value.break_even_months === undefined);
  });

  describe("VA IRRRL net tangible benefit (VA-IRRRL-2018)", () => {
    const base = { currentPi: 1199.1, newPi: 1099.1, closingCosts: 3600 };

    it("fixed to fixed: a drop of exactly 0.50 point passes; 0.49 fails", () => {
      // 6.50% → 6.00%: down 0.50 point ≥ 0.50; costs 3,600 / saving 100 = 36 months ≤ 36
      const ok = vaIrrrlNetTangibleBenefit({ ...base, currentRate: 0.065, newRate: 0.06 });
      assert.ok(ok.ok);
      assert.equal(ok.value.passed, true);
      assert.equal(ok.value.recoup_months, 36);
      assert.equal(ok.value.rule_set, "VA-IRRRL-2018");
      const short = vaIrrrlNetTangibleBenefit({ ...base, currentRate: 0.065, newRate: 0.0601 });
      assert.ok(short.ok && !short.value.passed);
      assert.deepEqual(
        short.value.checks.map((c) => [c.test, c.passed]),
        [
          ["recoupment", true],
          ["rate_reduction", false],
        ]
      );
    });

    it("recoupment: 36 months passes, 37 fails (3,601 / 100 = 36.01 → 37)", () => {
      const r = vaIrrrlNetTangibleBenefit({
        ...base,
        closingCosts: 3601,
        currentRate: 0.065,
        newRate: 0.055,
      });
      assert.ok(r.ok && !r.value.passed && r.value.recoup_months === 37);
      assert.match(r.value.checks[0].detail, /recouped in 37 months \(limit 36\)/);
      const noSaving = vaIrrrlNetTangibleBenefit({
        ...base,
        newPi: 1199.1,
        currentRate: 0.065,
        newRate: 0.055,
      });
      assert.ok(
        noSaving.ok && !noSaving.value.passed && noSaving.value.recoup_months === undefined
      );
      const noCost = vaIrrrlNetTangibleBenefit({
        ...base,
        newPi: 1199.1,
        closingCosts: 0,
        currentRate: 0.065,
        newRate: 0.055,
      });
      assert.ok(noCost.ok && noCost.value.passed && noCost.value.recoup_months === 0);
    });

    it("fixed to ARM needs 2.00 points; from an ARM there is no rate test", () => {
      const arm = (newRate: number) =>
        vaIrrrlNetTangibleBenefit({
          ...base,
          currentRate: 0.065,
          newRate,
          currentRateType: "FIXED",
          newRateType: "ARM",
        });
      const a = arm(0.045);
      assert.ok(a.ok && a.value.passed);
      const b = arm(0.0451);
      assert.ok(b.ok && !b.value.passed);
      const fromArm = vaIrrrlNetTangibleBenefit({
        ...base,
        currentRate: 0.05,
        newRate: 0.055,
        currentRateType: "ARM",
      });
      assert.ok(fromArm.ok && fromArm.value.passed);
      assert.equal(fromArm.value.checks[1].applies, false);
      assert.equal(VA_IRRRL_2018.params.recoupMaxMonths, 36);
    });

    it("a rate written as a percent number is VALUE", () => {
      const r = vaIrrrlNetTangibleBenefit({ ...base, currentRate: 6.5, newRate: 0.06 });
      assert.ok(
        !r.ok &&
          r.issues[0].field === "current_rate" &&
          /looks like a percent/.test(r.issues[0].reason)
      );
    });
  });

  describe("FHA streamline net tangible benefit (FHA-STREAMLINE-2015)", () => {
    it("fixed to fixed: the combined rate (note + annual MIP) must drop by at least 0.50 point", () => {
      const test = (newRate: number, newMip: number) =>
        fhaStreamlineNetTangibleBenefit({
          currentRate: 0.055,
          currentAnnualMip: 0.0085,
          newRate,
          newAnnualMip: newMip,
        });
      // 5.50 + 0.85 = 6.35 → 5.35 + 0.50 = 5.85: down exactly 0.50 → passes
      const exact = test(0.0535, 0.005);
      assert.ok(exact.ok && exact.value.passed);
      assert.match(exact.value.checks[0].detail, /combined rate 6\.35% → 5\.85%: down 0\.5%/);
      // 6.35 → 5.35 + 0.55 = 5.90: down 0.45 → fails
      const short = test(0.0535, 0.0055);
      assert.ok(short.ok && !short.value.passed);
      // the MIP cut alone counts: 6.35 → 5.50 + 0.30 = 5.80, down 0.55 → passes
      const mip = test(0.055, 0.003);
      assert.ok(mip.ok && mip.value.passed);
    });

    it("other rate types are outside the rule set: NA", () => {
      const r = fhaStreamlineNetTangibleBenefit({
        currentRate: 0.055,
        currentAnnualMip: 0.0085,
        newRate: 0.05,
        newAnnualMip: 0.0055,
        currentRateType: "ARM",
      });
      assert.ok(!r.ok && r.issues[0].code === "NA");
      assert.equal(parseRateType("fixed"), "FIXED");
      assert.equal(parseRateType("Adjustable"), "ARM");
      assert.equal(parseRateType("balloon"), undefined);
    });
  });
});
