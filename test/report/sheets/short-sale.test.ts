/**
 * Short-sale net sheet. Expected figures: the published case (price 250,000.00, 6% commission
 * 15,000.00, costs 4,000.00, second lien 6,000.00, relocation 7,500.00 → net 217,500.00) and an FHA
 * pre-foreclosure sale worked by hand in loans.ts (minimum net 86% × 210,000.00 = 180,600.00).
 */
import { strict as assert } from "node:assert";
import { D } from "../../../src/core/money";
import { shortSaleSheet } from "../../../src/report/sheets/short-sale";
import { readShortSaleInputs } from "../../../src/report/sheets/inputs";
import { HAMP_A, SHORT_FHA, SHORT_GSE, caseOf } from "./loans";
import { modelOf, rowAfter, table, texts } from "./query";

describe("report/sheets short-sale net sheet", () => {
  it("the published case: 250,000.00 − 15,000.00 − 4,000.00 − 6,000.00 − 7,500.00 = 217,500.00", () => {
    const m = modelOf(shortSaleSheet(caseOf(SHORT_GSE), { closingCosts: 400000 }));
    const lines = table(m, "SettlementLines");
    assert.deepEqual(
      lines.map((l) => [l[0], l[2]]),
      [
        ["Contract sales price", 250000],
        ["Real estate commission", -15000],
        ["Seller closing costs (title, settlement, recording, transfer taxes)", -4000],
        ["Payoff of subordinate liens", -6000],
        ["Relocation assistance to the seller", -7500],
      ]
    );
    assert.equal(
      lines.reduce((s, l) => s + Math.round((l[2] as number) * 100), 0),
      21750000,
      "the lines add up to the net"
    );
    assert.equal(lines[0][1], "the property value (no offer or list price given)");
    assert.equal(lines[2][1], "the settlement statement");
  });

  it("debt 252,700.00 − net 217,500.00 = deficiency 35,200.00; loss severity 35,200 / 240,000 = 14.67%", () => {
    const m = modelOf(shortSaleSheet(caseOf(SHORT_GSE), { closingCosts: 400000 }));
    assert.deepEqual(rowAfter(m, "Total debt"), [252700]);
    assert.deepEqual(rowAfter(m, "Net proceeds to the first lien"), [217500]);
    assert.deepEqual(rowAfter(m, "Deficiency"), ["total debt − net proceeds", 35200]);
    const severity = rowAfter(m, "Loss severity")[1] as number;
    assert.equal(severity, 3520000 / 24000000);
    assert.deepEqual(rowAfter(m, "Late fees"), ["waived: not part of the debt", 300]);
  });

  it("without lines, the rule set's estimates: closing costs 2% of the price, 5,000.00 → net 216,500.00", () => {
    const m = modelOf(shortSaleSheet(caseOf(SHORT_GSE)));
    const lines = table(m, "SettlementLines");
    assert.equal(lines[2][2], -5000);
    assert.equal(lines[2][1], "2% of the price, SHORT-SALE-GSE's estimate");
    assert.deepEqual(rowAfter(m, "Net proceeds to the first lien"), [216500]);
  });

  it("FHA: list price 205,000.00, 45 marketing days → minimum 86% of 210,000.00 = 180,600.00, met by 186,100.00", () => {
    const m = modelOf(shortSaleSheet(caseOf(SHORT_FHA)));
    const lines = table(m, "SettlementLines");
    assert.deepEqual(
      lines.map((l) => l[2]),
      [205000, -12300, -4100, -1500, -1000]
    );
    assert.equal(lines[0][1], "the list_price column");
    assert.match(
      String(lines[3][1]),
      /\(\$2,000\.00, paid up to the limit\); SHORT-SALE-FHA allows up to \$1,500\.00/
    );
    assert.deepEqual(rowAfter(m, "Marketing days"), ["the marketing_days column", 45]);
    assert.deepEqual(rowAfter(m, "Minimum share of the value"), ["for 45 marketing days", 0.86]);
    assert.deepEqual(rowAfter(m, "Minimum net proceeds"), [
      "value × share, to the cent above",
      180600,
    ]);
    assert.deepEqual(rowAfter(m, "Net proceeds meet it"), [
      "$186,100.00 is at or above the minimum",
      "Yes",
    ]);
    // Debt 205,000.00 − 186,100.00 = 18,900.00; 18,900 / 200,000 = 9.45%.
    assert.deepEqual(rowAfter(m, "Deficiency"), ["total debt − net proceeds", 18900]);
  });

  it("FHA: 20 marketing days given → the 88% tier, 184,800.00, and a net short of it says by how much", () => {
    // Price 205,000.00 with 10,000.00 of other costs: net 176,100.00, 8,700.00 short of 184,800.00.
    const m = modelOf(
      shortSaleSheet(caseOf(SHORT_FHA), {
        marketingDays: 20,
        otherCosts: [{ label: "HOA dues", amount: 1000000 }],
      })
    );
    assert.deepEqual(rowAfter(m, "Minimum net proceeds"), [
      "value × share, to the cent above",
      184800,
    ]);
    assert.deepEqual(rowAfter(m, "Net proceeds meet it"), ["$176,100.00 is $8,700.00 short", "No"]);
    assert.deepEqual(table(m, "SettlementLines")[5], [
      "HOA dues",
      "the settlement statement",
      -10000,
    ]);
  });

  it("a net above the debt is a surplus, not a short sale; a commission above 6% is flagged", () => {
    // HAMP-A: 250,000.00 − 20,000.00 (8%) − 5,000.00 − 7,500.00 = 217,500.00 > debt 200,000.00.
    const m = modelOf(shortSaleSheet(caseOf(HAMP_A), { commissionRate: new D("0.08") }));
    assert.deepEqual(rowAfter(m, "Surplus over the debt"), [
      "the sale pays the loan off: it is not a short sale",
      17500,
    ]);
    assert.match(texts(m), /The commission is above the customary 6% of the price/);
  });

  it("reads its inputs with the core's parser: money to cents, a rate, marketing days; a bad one names itself", () => {
    const ok = readShortSaleInputs({
      sale_price: "$205,000",
      commission_rate: "5.5%",
      marketing_days: "45",
      other_costs: 250.5,
    });
    assert.ok(ok.ok);
    assert.equal(ok.value.salePrice, 20500000);
    assert.equal(ok.value.commissionRate?.toString(), "0.055");
    assert.equal(ok.value.marketingDays, 45);
    assert.deepEqual(ok.value.otherCosts, [{ label: "Other settlement costs", amount: 25050 }]);
    const bad = readShortSaleInputs({ sale_price: "lots", price: 1 });
    assert.ok(!bad.ok);
    assert.deepEqual(
      bad.issues.map((i) => i.field),
      ["price"]
    );
    const badValue = readShortSaleInputs({ sale_price: "lots" });
    assert.ok(!badValue.ok);
    assert.match(badValue.issues[0].reason, /^sale_price: "lots"/);
  });
});
