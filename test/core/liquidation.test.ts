import { strict as assert } from "node:assert";
import { shortSaleNet } from "../../src/core/short-sale";
import { deficiency, lossSeverity } from "../../src/core/loss-severity";

describe("core/short-sale and loss severity", () => {
  it("net proceeds: 250,000 − 6% (15,000) − 4,000 − 6,000 − 7,500 = 217,500", () => {
    const r = shortSaleNet({
      salePrice: 250000,
      commissionRate: 0.06,
      closingCosts: 4000,
      subordinatePayoff: 6000,
      relocation: 7500,
    });
    assert.equal(r.commission.toString(), "15000");
    assert.equal(r.netProceeds.toString(), "217500");
    assert.equal(r.commissionAboveCustomary, false);
  });

  it("rounds the commission half-up to cents: 5.5% of 123,456.78 = 6,790.1229 → 6,790.12", () => {
    const r = shortSaleNet({ salePrice: 123456.78, commissionRate: 0.055, closingCosts: 0 });
    assert.equal(r.commission.toString(), "6790.12");
    assert.equal(r.netProceeds.toString(), "116666.66");
  });

  it("flags a commission above the customary 6%", () => {
    assert.equal(
      shortSaleNet({ salePrice: 100000, commissionRate: 0.07, closingCosts: 0 })
        .commissionAboveCustomary,
      true
    );
  });

  it("SEV-1 (Fannie CAS, as % of default UPB): costs 123%, proceeds 107%, net loss 428 on 2,665 → severity 16.06%", () => {
    // Default UPB 2,665 (millions). As printed: costs 1.23 × 2,665 = 3,277.95, proceeds 1.07 × 2,665 =
    // 2,851.55, so (3,277.95 − 2,851.55) / 2,665 = 426.40 / 2,665 = 0.16 exactly. The table's net loss
    // of 428 (from the unrounded percentages) gives 428 / 2,665 = 0.1606003752345215759849906191369606
    // (Python decimal, 34 significant digits): the published 16.06%.
    const printed = lossSeverity("3277.95", "2851.55", 2665);
    assert.ok(printed.ok && printed.value.eq("0.16"));
    const net = lossSeverity(428, 0, 2665);
    assert.ok(net.ok);
    assert.equal(net.value.toString(), "0.1606003752345215759849906191369606");
    assert.equal(net.value.times(100).toFixed(2), "16.06");
  });

  it("deficiency and severity: (260,000 − 217,500) / 240,000 = 0.1770833…", () => {
    assert.equal(deficiency(260000, 217500).toString(), "42500");
    const r = lossSeverity(260000, 217500, 240000);
    assert.ok(r.ok && r.value.toString().startsWith("0.17708333333"));
    const z = lossSeverity(1, 1, 0);
    assert.ok(!z.ok && z.issues[0].code === "DIV0");
  });
});
