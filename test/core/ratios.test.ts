import { strict as assert } from "node:assert";
import { backEndDti, frontEndDti, housingPayment, ltv } from "../../src/core/ratios";
import { marketRate } from "../../src/core/market-rate";
import { capitalize } from "../../src/core/capitalization";

describe("core/ratios", () => {
  it("DTI-1: housing 1,500 + 200 + 75 + 200 = 1,975 on 4,000 income → 49.375% (published 49.38%)", () => {
    assert.equal(
      housingPayment({ pi: 1500, taxes: 200, insurance: 75, hoa: 200 }).toString(),
      "1975"
    );
    const r = frontEndDti(4000, { pi: 1500, taxes: 200, insurance: 75, hoa: 200 });
    assert.ok(r.ok && r.value.toString() === "0.49375");
  });

  it("back-end DTI adds every debt: (1,975 + 300 + 350) / 4,000 = 0.65625", () => {
    const r = backEndDti(4000, [1975, 300, 350]);
    assert.ok(r.ok && r.value.toString() === "0.65625");
  });

  it("keeps full precision: 1,000 / 3,000 is not rounded", () => {
    const r = backEndDti(3000, [1000]);
    assert.ok(r.ok && r.value.toString().startsWith("0.333333333333333333333333333333"));
  });

  it("zero income is #DIV/0!, negative income #VALUE!", () => {
    const z = backEndDti(0, [100]);
    assert.ok(!z.ok && z.issues[0].code === "DIV0");
    const n = frontEndDti(-1, { pi: 100 });
    assert.ok(!n.ok && n.issues[0].code === "VALUE");
  });

  it("MTM-1: 225,000 / 200,000 = 112.5%; after forbearing 25,000 → 100%; 50,000 → 87.5%; 10,000 → 107.5%", () => {
    const cases: [number, string][] = [
      [225000, "1.125"],
      [200000, "1"],
      [175000, "0.875"],
      [215000, "1.075"],
    ];
    for (const [balance, expected] of cases) {
      const r = ltv(balance, 200000);
      assert.ok(r.ok && r.value.toString() === expected, `${balance}`);
    }
    const z = ltv(1, 0);
    assert.ok(!z.ok && z.issues[0].code === "DIV0");
  });
});

describe("core/market-rate", () => {
  it("RATE-1: round to the nearest 0.125%, ties up, then add FHA 25 bp / VA 50 bp", () => {
    const rows: [string, string, string, string][] = [
      ["0.0687", "0.06875", "0.07125", "0.07375"],
      ["0.0681", "0.0675", "0.07", "0.0725"],
      ["0.069375", "0.07", "0.0725", "0.075"],
    ];
    for (const [pmms, r8, fha, va] of rows) {
      assert.equal(marketRate(pmms).toString(), r8, pmms);
      assert.equal(marketRate(pmms, "0.0025").toString(), fha, pmms);
      assert.equal(marketRate(pmms, "0.005").toString(), va, pmms);
    }
  });

  it("honours another increment: 6.87% to the nearest 0.25% is 6.75%", () => {
    assert.equal(marketRate("0.0687", 0, "0.0025").toString(), "0.0675");
  });
});

describe("core/capitalization", () => {
  it("CAP-1: 100,000 UPB + 20,000 past-due interest → 120,000 (housekeepingreport.com)", () => {
    const c = capitalize(100000, { pastDueInterest: 20000 });
    assert.equal(c.grossUpb.toString(), "120000");
  });

  it("capitalizes interest and advances, never late fees", () => {
    const c = capitalize(150000, {
      pastDueInterest: 2400.5,
      escrowAdvances: 1800.25,
      servicingAdvances: 350,
      lateFees: 400,
    });
    assert.equal(c.capitalizableArrears.toString(), "4550.75");
    assert.equal(c.grossUpb.toString(), "154550.75");
    assert.equal(c.lateFeesWaived.toString(), "400");
  });
});
