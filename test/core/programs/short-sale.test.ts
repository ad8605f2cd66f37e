import { strict as assert } from "node:assert";
import fc from "fast-check";
import { Cell, LoanRecord, readLoanRecord } from "../../../src/core/record";
import { Evaluation } from "../../../src/core/programs/evaluation";
import {
  fhaPreForeclosureSale,
  gseShortSale,
  minNetTier,
  shortSale,
} from "../../../src/core/programs/short-sale";
import { SHORT_SALE_FHA } from "../../../src/core/rules/short-sale-fha";

/**
 * Short sale, SHORT-SALE-GSE, SHORT-SALE-FHA and SHORT-SALE-VA (docs/rules/liquidation.md). Each amount is worked by
 * hand in its case: commission and closing costs half-up to cents; severity = (debt − net) / UPB.
 */
function record(fields: Record<string, Cell>): LoanRecord {
  const reading = readLoanRecord(Object.keys(fields), Object.values(fields));
  assert.deepEqual(reading.issues, []);
  return reading.record;
}

function evaluate(fields: Record<string, Cell>): Evaluation {
  const r = shortSale(record(fields));
  assert.ok(r.ok, JSON.stringify(!r.ok && r.issues));
  return r.value;
}

const loan = {
  loan_id: "S",
  upb: 200000,
  note_rate: 0.04,
  remaining_term: 300,
  past_due_interest: 5000,
  property_value: 190000,
};

describe("programs/short sale: GSE", () => {
  it("offer 180,000 − 6% 10,800 − 2% 3,600 − subordinate 6,000 (of 20,000, capped) − relocation 7,500 = 152,100; deficiency 205,000 − 152,100 = 52,900", () => {
    const e = evaluate({
      ...loan,
      investor: "FNMA",
      occupancy: "PRIMARY",
      offer_price: 180000,
      subordinate_liens: 20000,
    });
    assert.equal(e.program, "GSE short sale");
    assert.equal(e.ruleSet, "SHORT-SALE-GSE");
    assert.deepEqual(e.amounts, {
      total_debt: 20500000,
      sale_price: 18000000,
      commission: 1080000,
      closing_costs: 360000,
      subordinate_payoff: 600000,
      relocation: 750000,
      net_proceeds: 15210000,
      deficiency: 5290000,
    });
    assert.ok(e.eligible && e.targetMet && e.offerable);
    assert.match(e.reason, /loss severity 26\.45% of UPB/, "52,900 / 200,000");
    assert.match(e.steps[1].reason, /the offer_price column/);
  });

  it("not a short sale when the net covers the debt: 300,000 − 18,000 − 6,000 − 7,500 = 268,500 ≥ 200,000 (surplus 68,500)", () => {
    const e = evaluate({
      ...loan,
      investor: "FHLMC",
      past_due_interest: 0,
      property_value: 300000,
    });
    assert.equal(e.reasonCode, "NET_COVERS_DEBT");
    assert.equal(e.amounts!.net_proceeds, 26850000);
    assert.equal(e.amounts!.surplus, 6850000);
    assert.equal(e.amounts!.deficiency, 0);
    assert.ok(e.eligible && !e.targetMet && !e.offerable);
  });

  it("a list_price column sets the price when there is no offer; an investment property gets no relocation; VA uses the GSE rules and says so", () => {
    // 185,000 − 11,100 − 3,700 = 170,200.
    const e = evaluate({
      ...loan,
      investor: "USDA",
      occupancy: "INVESTMENT",
      list_price: "$185,000",
    });
    assert.equal(e.ruleSet, "SHORT-SALE-GSE");
    assert.equal(e.amounts!.net_proceeds, 17020000);
    assert.equal(e.amounts!.relocation, 0);
    assert.equal(e.steps[0].code, "OTHER_INVESTOR");
    assert.match(e.steps[0].reason, /investor USDA: the SHORT-SALE-GSE rules stand in/);
  });

  it("needs a value: VALUE_UNKNOWN, not eligible", () => {
    const { property_value: _v, ...noValue } = loan;
    const e = evaluate({ ...noValue, investor: "FNMA" });
    assert.equal(e.reasonCode, "VALUE_UNKNOWN");
    assert.ok(!e.eligible && !e.targetMet);
  });
});

describe("programs/short sale: VA compromise sale", () => {
  it("relocation 1,500 (Circular 26-11-1), nothing paid to junior liens: 190,000 − 11,400 − 3,800 − 1,500 = 173,300; deficiency 31,700", () => {
    const e = evaluate({ ...loan, investor: "VA", occupancy: "PRIMARY", subordinate_liens: 10000 });
    assert.equal(e.program, "VA compromise sale");
    assert.equal(e.ruleSet, "SHORT-SALE-VA");
    assert.equal(e.amounts!.subordinate_payoff, 0);
    assert.equal(e.amounts!.relocation, 150000);
    assert.equal(e.amounts!.net_proceeds, 17330000);
    assert.equal(e.amounts!.deficiency, 3170000);
    assert.ok(e.targetMet && e.offerable);
  });
});

describe("programs/short sale: FHA pre-foreclosure sale", () => {
  it("45 marketing days → 86% tier: net 190,000 − 11,400 − 3,800 − 1,000 = 173,800 ≥ 163,400; deficiency 31,200 (15.6%)", () => {
    const e = evaluate({ ...loan, investor: "FHA", marketing_days: 45 });
    assert.equal(e.program, "FHA pre-foreclosure sale");
    assert.equal(e.ruleSet, "SHORT-SALE-FHA");
    assert.equal(e.amounts!.net_proceeds, 17380000);
    assert.equal(e.amounts!.deficiency, 3120000);
    assert.equal(e.steps[e.steps.length - 1].code, "MINIMUM_NET_MET");
    assert.match(e.steps[e.steps.length - 1].reason, /86% of the as-is value, \$163,400\.00/);
    assert.match(e.reason, /15\.6% of UPB/);
  });

  it("offer 175,000 nets 175,000 − 10,500 − 3,500 − 1,000 = 160,000: below 88% (167,200) by default, above 84% (159,600) after 70 days", () => {
    const early = evaluate({ ...loan, investor: "FHA", offer_price: 175000 });
    assert.equal(early.reasonCode, "BELOW_MINIMUM_NET");
    assert.match(early.reason, /marketing days not stated: day 1 assumed.*\$167,200\.00/);
    assert.ok(early.eligible && !early.targetMet);
    const late = evaluate({ ...loan, investor: "FHA", offer_price: 175000, marketing_days: 70 });
    assert.equal(late.reasonCode, "SHORT_SALE");
    assert.equal(late.amounts!.net_proceeds, 16000000);
  });

  it("tiers: day 30 → 88%, day 31 → 86%, day 60 → 86%, day 61 → 84%", () => {
    const t = SHORT_SALE_FHA.params.minNetTiers;
    assert.deepEqual(
      [30, 31, 60, 61, 400].map((d) => minNetTier(t, d).minNetShare),
      ["0.88", "0.86", "0.86", "0.84", "0.84"]
    );
  });
});

describe("programs/short sale: records", () => {
  it("names missing fields (NA) and malformed pass-through columns (VALUE)", () => {
    const noInvestor = shortSale(record({ loan_id: "A", upb: 1000 }));
    assert.ok(
      !noInvestor.ok &&
        noInvestor.issues[0].field === "investor" &&
        noInvestor.issues[0].code === "NA"
    );
    const noUpb = gseShortSale(record({ loan_id: "A", property_value: 1000 }));
    assert.ok(!noUpb.ok && noUpb.issues[0].field === "upb");
    const badOffer = fhaPreForeclosureSale(
      record({
        loan_id: "A",
        upb: 1000,
        property_value: 1000,
        offer_price: "soon",
        marketing_days: 2.5,
      })
    );
    assert.ok(!badOffer.ok);
    assert.deepEqual(
      badOffer.issues.map((i) => [i.code, i.field]),
      [
        ["VALUE", "offer_price"],
        ["VALUE", "marketing_days"],
      ]
    );
  });

  it("property: works ⇔ net < debt (and, for FHA, net ≥ the tier's share of value); deficiency = debt − net; the last step agrees", () => {
    fc.assert(
      fc.property(
        fc.record({
          upb: fc.integer({ min: 1_000_000, max: 60_000_000 }),
          pdi: fc.integer({ min: 0, max: 2_000_000 }),
          value: fc.integer({ min: 1_000_000, max: 80_000_000 }),
          offerShare: fc.option(fc.integer({ min: 70, max: 110 })),
          liens: fc.integer({ min: 0, max: 2_000_000 }),
          days: fc.integer({ min: 1, max: 120 }),
          investor: fc.constantFrom("FNMA", "FHA", "VA"),
        }),
        (l) => {
          const price =
            l.offerShare === null ? l.value : Math.floor((l.value * l.offerShare) / 100);
          const e = evaluate({
            loan_id: "P",
            investor: l.investor,
            occupancy: "PRIMARY",
            upb: l.upb / 100,
            note_rate: 0.05,
            remaining_term: 300,
            past_due_interest: l.pdi / 100,
            property_value: l.value / 100,
            offer_price: l.offerShare === null ? "" : price / 100,
            subordinate_liens: l.liens / 100,
            marketing_days: l.days,
          });
          // Independent: commission and closing half-up on whole cents (6% and 2% of price in cents).
          const halfUp = (c: number, pctNum: number) => Math.floor((c * pctNum + 50) / 100);
          // Subordinate-lien cap and relocation by investor: GSE 6,000 / 7,500; FHA 1,500 / 1,000; VA 0 / 1,500.
          const fha = l.investor === "FHA";
          const cap = { FNMA: 600000, FHA: 150000, VA: 0 }[l.investor];
          const relocation = { FNMA: 750000, FHA: 100000, VA: 150000 }[l.investor];
          const net =
            price - halfUp(price, 6) - halfUp(price, 2) - Math.min(l.liens, cap) - relocation;
          const debt = l.upb + l.pdi;
          const share = l.days <= 30 ? 88 : l.days <= 60 ? 86 : 84;
          const works = net < debt && (!fha || net * 100 >= l.value * share);
          assert.equal(e.amounts!.net_proceeds, net);
          assert.equal(e.amounts!.total_debt, debt);
          assert.equal(e.targetMet, works);
          assert.equal(e.offerable, works);
          assert.equal(e.steps[e.steps.length - 1].pass, works);
          assert.equal(e.amounts!.deficiency, Math.max(0, debt - net));
        }
      ),
      { numRuns: 500 }
    );
  });
});
