import { strict as assert } from "node:assert";
import fc from "fast-check";
import Decimal from "decimal.js";
import {
  NpvInputs,
  NpvOverrides,
  NpvResult,
  annuityFactor,
  npvCompare,
  withOverrides,
} from "../../src/core/npv";
import {
  NPV_2026,
  NpvAssumptions,
  STATE_TIMELINES,
  TIMELINE_SOURCES,
} from "../../src/core/rules/npv-2026";
import { STATE_CODES } from "../../src/core/record-fields";
import { Issue, Result } from "../../src/core/result";
import oracle from "../fixtures/oracles/npv-python-decimal.json";

/*
 * Expected values in the hand-worked cases were computed apart from our code by test/oracle/npv_model.py:
 * the model written out with month-by-month sums (no closed forms) in Python's decimal module at 60
 * digits, then rounded half-up to cents (regenerate with
 * `/usr/bin/python3 test/oracle/npv_model.py > test/fixtures/oracles/npv-python-decimal.json`). The
 * intermediate figures quoted in the comments come from the same arithmetic. Money goes in as whole
 * cents and comes out as whole cents.
 */

const value = <T>(r: Result<T>): T => {
  assert.ok(r.ok, `expected a value, got ${JSON.stringify(r)}`);
  return (r as { value: T }).value;
};
const issuesOf = <T>(r: Result<T>): readonly Issue[] => {
  assert.ok(!r.ok, "expected issues");
  return (r as { issues: readonly Issue[] }).issues;
};
/** The test's own decimal arithmetic, at 50 digits (decimal.js's global default is only 20). */
const X50 = Decimal.clone({ precision: 50, rounding: Decimal.ROUND_HALF_UP });
const assumptions = (o: NpvOverrides): NpvAssumptions => value(withOverrides(NPV_2026, o));
/** |ours − reference| < 1e-20 dollars. */
const near = (ours: Decimal, reference: string, what: string) =>
  assert.ok(ours.minus(reference).abs().lt("1e-20"), `${what}: ${ours.toString()} vs ${reference}`);
/** Cents as dollars with two decimals, for reading. */
const usd = (c: number | undefined) => (c === undefined ? undefined : (c / 100).toFixed(2));
const item = (r: NpvResult, name: string) => {
  const it = r.inputs.find((x) => x.name === name);
  assert.ok(it, `no ${name} in the input list`);
  return it;
};

const base: NpvInputs = {
  propertyValue: 25_000_000,
  pmms: 0.06,
  state: "CA",
  modPayment: 120_000,
  modTermMonths: 360,
  forborne: 3_000_000,
};

describe("core/npv: hand-worked cases", () => {
  it("d = 0 (PMMS 0, spread 0): every sum is a plain count, NPV_FC 129,000, NPV_MOD 410,250, MODIFY", () => {
    // TX timeline 480 days → 16 months, + 6 REO months → m = 22.
    // NPV_FC  = 200,000 × (1 − 0.2) − 500 × 22 − 0.1 × 200,000 = 160,000 − 11,000 − 20,000 = 129,000
    // NPV_MOD = 0.75 × (1,000 × 480 + 20,000) + 0.25 × (1,000 × 12 + 129,000)
    //         = 0.75 × 500,000 + 0.25 × 141,000 = 375,000 + 35,250 = 410,250
    // NPV_SS  = 150,000 / 1^4 = 150,000; benefit 410,250 − 129,000 = 281,250
    const a = assumptions({ spread: 0, reo_discount: 0.2, fc_cost_rate: 0.1 });
    const r = value(
      npvCompare(
        {
          propertyValue: 20_000_000,
          pmms: 0,
          state: "TX",
          modPayment: 100_000,
          modTermMonths: 480,
          forborne: 2_000_000,
          monthlyCarry: 50_000,
          shortSaleNet: 15_000_000,
        },
        a
      )
    );
    assert.equal(r.discountRateMonthly.toString(), "0");
    assert.equal(r.monthsToReoSale, 22);
    assert.equal(usd(r.npvFc), "129000.00");
    assert.equal(usd(r.npvMod), "410250.00");
    assert.equal(usd(r.npvSs), "150000.00");
    assert.equal(usd(r.npvBenefit), "281250.00");
    assert.equal(r.decision, "MODIFY");
  });

  it("p = 0: NPV_MOD is the pure annuity plus the discounted balloon, 158,427.97", () => {
    // d = (0.06 + 0.025)/12 = 0.0070833…; n = 360: a(360) = 130.05364340061297967…, v^360 = 0.07878669257899139394…
    // NPV_MOD = 1,200 × 130.0536434006… + 30,000 × 0.0787866925789… = 158,427.97285810531743…
    // CA 600 days → 20 months, m = 26; carry = 250,000 × 0.02 / 12 = 416.666…; a(26) = 23.67002375719751…,
    // v^26 = 0.832337331719850957…: NPV_FC = 212,500 × v^26 − 416.666… × a(26) − 25,000 × v^26
    //        = 176,871.68299046… − 9,862.50989883… − 20,808.43329299… = 146,200.73979863975786…
    const r = value(npvCompare(base, assumptions({ redefault_probability: 0 })));
    near(r.exact.npvMod, "158427.97285810531743293819807404663935667454829662", "NPV_MOD");
    near(r.exact.npvFc, "146200.73979863975786679136528371409060031297173576", "NPV_FC");
    near(
      r.components.fcSaleProceeds,
      "176871.68299046832842836628228953245427907596666164",
      "sale"
    );
    near(r.components.fcCarry, "9862.5098988322966288259426188145455282834694362701", "carry");
    near(r.components.fcCosts, "20808.433292996273932748974387003818150479525489605", "costs");
    assert.equal(usd(r.npvMod), "158427.97");
    assert.equal(usd(r.npvFc), "146200.74");
    assert.equal(usd(r.npvBenefit), "12227.23");
    assert.equal(r.decision, "MODIFY");
    assert.equal(r.npvSs, undefined);
  });

  it("p = 1: NPV_MOD is k payments then the foreclosure value discounted k months, 149,817.70", () => {
    // k = 24: a(24) = 21.99945337099146105…, v^24 = 0.84417053862214381756…
    // NPV_MOD = 1,200 × 21.999453370991… + 146,200.739798639… × 0.844170538622143… = 149,817.70130796337571…
    const r = value(
      npvCompare(base, assumptions({ redefault_probability: 1, redefault_months: 24 }))
    );
    near(r.exact.npvMod, "149817.70130796337571543273084594086598367227225727", "NPV_MOD");
    assert.equal(usd(r.npvMod), "149817.70");
    assert.equal(usd(r.npvBenefit), "3616.96");
    assert.equal(r.decision, "MODIFY");
  });

  it("g = 3% a year over a 64-month New York foreclosure: a fractional power, NPV_FC 176,343.37", () => {
    // d = 0.09/12 = 0.0075; NY 1,740 days → 58 months, m = 64; (1.03)^(64/12) = 1.17075278194732587618…
    // v^64 = 0.61989265707841806112…, a(64) = 50.68097905621092518…
    // NPV_FC = 400,000 × 0.85 × 1.170752781947… × v^64 − 900 × a(64) − 40,000 × v^64
    //        = 246,751.95794631… − 45,612.88115058… − 24,795.70628313… = 176,343.37051258784067…
    // NPV_MOD = 0.7 × (1,850.50 × a(480) + 45,000 × v^480) + 0.3 × (1,850.50 × a(18) + NPV_FC × v^18)
    //   a(480) = 129.64090201156995…, v^480 = 0.02769323491322537…, a(18) = 16.77918106521325…, v^18 = 0.87415614201090…
    //   = 224,363.13381975165154…; NPV_SS = 330,000 × v^4 (0.970554171928…) = 320,282.876736264…
    const a = assumptions({
      home_price_change: 0.03,
      redefault_probability: 0.3,
      redefault_months: 18,
    });
    const r = value(
      npvCompare(
        {
          propertyValue: 40_000_000,
          pmms: 0.065,
          state: "NY",
          modPayment: 185_050,
          modTermMonths: 480,
          forborne: 4_500_000,
          monthlyCarry: 90_000,
          shortSaleNet: 33_000_000,
        },
        a
      )
    );
    assert.equal(r.monthsToReoSale, 64);
    near(
      r.components.fcSaleProceeds,
      "246751.95794631439578187282342786463829870450055062",
      "sale"
    );
    near(r.exact.npvFc, "176343.37051258784067187295145208363465777148174718", "NPV_FC");
    near(r.exact.npvMod, "224363.13381975165154713669930175392305491454755952", "NPV_MOD");
    near(r.exact.npvSs as Decimal, "320282.87673626405705030461824424254836621586986860", "NPV_SS");
    assert.equal(usd(r.npvFc), "176343.37");
    assert.equal(usd(r.npvMod), "224363.13");
    assert.equal(usd(r.npvSs), "320282.88");
    assert.equal(usd(r.npvBenefit), "48019.76");
  });

  it("NPV-2026 defaults, Florida (720 days → 24 months, m = 30): 192,241.41 against 167,507.14", () => {
    // d = (0.0625 + 0.025)/12; reo 15%, g 0, costs 10% of value, carry 300,000 × 0.02 / 12 = 500, p 0.25, k 12.
    const r = value(
      npvCompare({
        propertyValue: 30_000_000,
        pmms: 0.0625,
        state: "FL",
        modPayment: 150_000,
        modTermMonths: 480,
        forborne: 0,
        shortSaleNet: 26_000_000,
      })
    );
    assert.equal(r.assumptionsId, "NPV-2026");
    assert.equal(r.assumptionsVersion, NPV_2026.version);
    assert.equal(r.monthsToReoSale, 30);
    near(r.exact.npvFc, "167507.13547585824622749972370625775330467996708305", "NPV_FC");
    near(r.exact.npvMod, "192241.41313299635813703997717639841549217256254022", "NPV_MOD");
    near(r.exact.npvSs as Decimal, "252552.91397301134163652217279520668368074908804258", "NPV_SS");
    assert.equal(usd(r.npvFc), "167507.14");
    assert.equal(usd(r.npvMod), "192241.41");
    assert.equal(usd(r.npvSs), "252552.91");
    assert.equal(usd(r.npvBenefit), "24734.27");
    assert.equal(r.decision, "MODIFY");
  });

  it("a modification worth less than foreclosure: FORECLOSE, benefit −48,395.68", () => {
    // GA 480 days → 16 months, m = 22; P = 200 a month for 480 months and a 100,000 balloon discounted 40 years.
    const r = value(
      npvCompare({
        propertyValue: 15_000_000,
        pmms: 0.07,
        state: "GA",
        modPayment: 20_000,
        modTermMonths: 480,
        forborne: 10_000_000,
      })
    );
    near(r.exact.npvFc, "89553.011549885970365502648965562050636529549412033", "NPV_FC");
    near(r.exact.npvMod, "41157.333575850211815033367831777154543486153267437", "NPV_MOD");
    assert.equal(usd(r.npvBenefit), "-48395.68");
    assert.equal(r.decision, "FORECLOSE");
  });
});

describe("core/npv: the input list", () => {
  it("names every input, assumption and derived figure with its source", () => {
    const r = value(npvCompare({ ...base, shortSaleNet: 200000 }));
    const names = r.inputs.map((x) => x.name);
    for (const n of [
      "property_value",
      "pmms",
      "state",
      "mod_payment",
      "mod_term_months",
      "forborne",
      "short_sale_net",
      "spread",
      "discount_rate_annual",
      "discount_rate_monthly",
      "state_timeline_months",
      "reo_marketing_months",
      "months_to_reo_sale",
      "reo_discount",
      "home_price_change",
      "fc_cost_rate",
      "fc_costs",
      "carry_rate",
      "monthly_carry",
      "redefault_probability",
      "redefault_months",
      "short_sale_months",
      "assumptions",
    ])
      assert.ok(names.includes(n), n);
    assert.equal(new Set(names).size, names.length, "no name twice");
    for (const it of r.inputs) assert.ok(it.source.length > 0 && it.value.length > 0, it.name);
    assert.equal(item(r, "spread").source, NPV_2026.paramSources.spread);
    assert.match(
      item(r, "state_timeline_months").source,
      /FNMA-2025-T \(CA, non-judicial, 600 days/
    );
    assert.equal(item(r, "monthly_carry").value, "416.6666666666666666666666666666667"); // 250,000 × 0.02 / 12 at 34 digits
    assert.match(item(r, "assumptions").value, /^NPV-2026 /);
  });

  it("is enough to reproduce the numbers: recomputed from the list alone, month by month", () => {
    const check = (inputs: NpvInputs, a: NpvAssumptions = NPV_2026) => {
      const r = value(npvCompare(inputs, a));
      const L = Object.fromEntries(r.inputs.map((x) => [x.name, x.value]));
      const X = Decimal.clone({ precision: 60 });
      const d = new X(L.pmms).plus(L.spread).div(12);
      const v = (t: number) => new X(1).div(new X(1).plus(d).pow(t));
      const sum = (c: string, n: number) => {
        let s = new X(0);
        for (let t = 1; t <= n; t++) s = s.plus(v(t).times(c));
        return s;
      };
      const m = Number(L.state_timeline_months) + Number(L.reo_marketing_months);
      const V = new X(L.property_value);
      const fcv = V.times(new X(1).minus(L.reo_discount))
        .times(new X(1).plus(L.home_price_change).pow(new X(m).div(12)))
        .times(v(m))
        .minus(sum(L.monthly_carry, m))
        .minus(new X(L.fc_costs).times(v(m)));
      const n = Number(L.mod_term_months);
      const k = Number(L.redefault_months);
      const p = new X(L.redefault_probability);
      const mod = new X(1)
        .minus(p)
        .times(sum(L.mod_payment, n).plus(new X(L.forborne).times(v(n))))
        .plus(p.times(sum(L.mod_payment, k).plus(fcv.times(v(k)))));
      assert.equal(fcv.toFixed(2, Decimal.ROUND_HALF_UP), usd(r.npvFc));
      assert.equal(mod.toFixed(2, Decimal.ROUND_HALF_UP), usd(r.npvMod));
      if (L.short_sale_net !== undefined) {
        assert.equal(
          new X(L.short_sale_net)
            .times(v(Number(L.short_sale_months)))
            .toFixed(2, Decimal.ROUND_HALF_UP),
          usd(r.npvSs)
        );
      }
    };
    check({ ...base, shortSaleNet: 20_123_456 });
    check(
      { ...base, state: "ME", monthlyCarry: 61_234 },
      assumptions({ home_price_change: -0.02, reo_discount: 0.3 })
    );
    check(
      { ...base, state: "AS", pmms: 0.0712 },
      assumptions({ state_timeline_months: { AS: 40 }, redefault_months: 0 })
    );
  });
});

describe("core/npv: NPV-2026 assumptions", () => {
  it("has a foreclosure timeline for every state code, each with a known source", () => {
    for (const code of STATE_CODES) {
      const t = STATE_TIMELINES[code];
      assert.ok(t, `no timeline for ${code}`);
      assert.ok(Number.isInteger(t.months) && t.months > 0, code);
      assert.ok(TIMELINE_SOURCES[t.source], `${code}: unknown source ${t.source}`);
      // Whole 30-day months covering the exhibit's days: the last month is needed, one fewer is not.
      if (t.days !== null)
        assert.ok(
          t.months * 30 >= t.days && (t.months - 1) * 30 < t.days,
          `${code}: ${t.days} days`
        );
    }
    assert.equal(Object.keys(STATE_TIMELINES).length, STATE_CODES.size);
    // By hand: 500 / 30 = 16.7 → 17; 1,740 / 30 = 58 exactly; 600 / 30 = 20; 720 / 30 = 24; 480 / 30 = 16.
    assert.equal(STATE_TIMELINES.GU.months, 17);
    assert.equal(STATE_TIMELINES.NY.months, 58);
    assert.equal(STATE_TIMELINES.CA.months, 20);
    assert.equal(STATE_TIMELINES.FL.months, 24);
    assert.equal(STATE_TIMELINES.TX.months, 16);
  });

  it("category months are the medians of the dated rows, as the source note says (795 → 27, 480 → 16)", () => {
    const dated = Object.values(STATE_TIMELINES).filter((t) => t.days !== null);
    const median = (xs: number[]) => {
      const s = [...xs].sort((a, b) => a - b);
      return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    };
    const j = median(dated.filter((t) => t.method === "JUDICIAL").map((t) => t.days as number));
    const nj = median(
      dated.filter((t) => t.method === "NON_JUDICIAL").map((t) => t.days as number)
    );
    assert.equal(j, 795);
    assert.equal(nj, 480);
    for (const t of Object.values(STATE_TIMELINES)) {
      if (t.source === "CATEGORY")
        assert.equal(t.months, Math.ceil((t.method === "NON_JUDICIAL" ? nj : j) / 30));
      if (t.source === "NO-SOURCE") assert.equal(t.months, Math.ceil(j / 30));
    }
  });

  it("every default carries a source", () => {
    for (const [name, src] of Object.entries(NPV_2026.paramSources))
      assert.ok(src.startsWith("NPV-2026: "), name);
  });

  it("withOverrides replaces fields one by one and the result shows them as overrides", () => {
    const a = assumptions({ reo_discount: "0.2", state_timeline_months: { ca: 30 }, spread: null });
    assert.equal(a.params.reo_discount, "0.2");
    assert.equal(a.params.spread, NPV_2026.params.spread);
    assert.equal(a.stateTimelines.CA.months, 30);
    assert.deepEqual(a.overridden, ["reo_discount", "state_timeline_months.CA"]);
    assert.equal(NPV_2026.params.reo_discount, "0.15", "the base is not changed");
    const r = value(npvCompare(base, a));
    assert.equal(r.assumptionsId, "NPV-2026");
    assert.equal(r.monthsToReoSale, 36);
    assert.match(item(r, "reo_discount").source, /^override \(NPV-2026 default 0\.15\)/);
    assert.equal(item(r, "state_timeline_months").source, "override (state CA)");
  });

  it("the same PMMS under two spreads: each set of assumptions keeps its own discount rate", () => {
    const own = value(npvCompare(base, assumptions({ spread: "0.01" })));
    const defaults = value(npvCompare(base));
    assert.equal(own.discountRateAnnual.toString(), "0.07", "PMMS 6% + spread 1%");
    assert.equal(
      defaults.discountRateAnnual.toString(),
      new Decimal("0.06").plus(NPV_2026.params.spread).toString()
    );
    assert.notEqual(own.npvMod, defaults.npvMod);
    assert.equal(
      value(npvCompare(base)).discountRateMonthly,
      defaults.discountRateMonthly,
      "made once"
    );
  });

  it("as JSON: every figure, the exact values, the components and the audit list, as plain data", () => {
    const r = value(npvCompare({ ...base, shortSaleNet: 20_000_000 }));
    const json = JSON.parse(JSON.stringify(r));
    assert.deepEqual(Object.keys(json), [
      "assumptionsId",
      "assumptionsVersion",
      "decision",
      "npvMod",
      "npvFc",
      "npvSs",
      "npvBenefit",
      "discountRateAnnual",
      "discountRateMonthly",
      "monthsToReoSale",
      "exact",
      "components",
      "inputs",
    ]);
    assert.equal(json.npvBenefit, r.npvMod - r.npvFc);
    assert.equal(json.exact.npvSs, r.exact.npvSs!.toString());
    assert.equal(json.components.fcCarry, r.components.fcCarry.toString());
    assert.deepEqual(json.inputs, r.inputs);
    assert.equal(
      Object.keys(JSON.parse(JSON.stringify(value(npvCompare(base))))).includes("npvSs"),
      false
    );
  });

  it("withOverrides reports every bad override, naming its field", () => {
    const issues = issuesOf(
      withOverrides(NPV_2026, {
        redefault_probability: 1.5,
        spread: -0.01,
        home_price_change: -1,
        redefault_months: 2.5,
        reo_marketing_months: "abc",
        state_timeline_months: { ZZ: 10, CA: -1, TX: 20 },
        ...({ bogus: 1 } as object),
      })
    );
    const byField = Object.fromEntries(issues.map((i) => [i.field, i.code]));
    assert.deepEqual(byField, {
      redefault_probability: "VALUE",
      spread: "VALUE",
      home_price_change: "NUM",
      redefault_months: "VALUE",
      reo_marketing_months: "VALUE",
      "state_timeline_months.ZZ": "VALUE",
      "state_timeline_months.CA": "VALUE",
      bogus: "VALUE",
    });
  });
});

describe("core/npv: validation (issues, never exceptions, never NaN)", () => {
  const fields = (r: Result<NpvResult>) => issuesOf(r).map((i) => `${i.field}:${i.code}`);

  it("missing required inputs are #N/A naming the field", () => {
    const r = npvCompare({ ...base, propertyValue: null, state: " ", modTermMonths: null });
    assert.deepEqual(fields(r), ["property_value:NA", "state:NA", "mod_term_months:NA"]);
  });

  it("negative amounts, bad rates, unknown states and bad terms", () => {
    assert.deepEqual(fields(npvCompare({ ...base, propertyValue: -1 })), ["property_value:VALUE"]);
    assert.deepEqual(fields(npvCompare({ ...base, pmms: 6.5 })), ["pmms:VALUE"]);
    assert.deepEqual(fields(npvCompare({ ...base, pmms: -1 })), ["pmms:NUM"]);
    assert.deepEqual(fields(npvCompare({ ...base, state: "ZZ" })), ["state:VALUE"]);
    assert.deepEqual(fields(npvCompare({ ...base, modTermMonths: 0 })), ["mod_term_months:NUM"]);
    assert.deepEqual(fields(npvCompare({ ...base, modTermMonths: 12.5 })), [
      "mod_term_months:VALUE",
    ]);
    assert.deepEqual(
      fields(
        npvCompare({
          ...base,
          forborne: -5,
          monthlyCarry: "x" as unknown as number,
          shortSaleNet: NaN,
        })
      ),
      ["forborne:VALUE", "short_sale_net:VALUE", "monthly_carry:VALUE"]
    );
    assert.ok(Number.isSafeInteger(value(npvCompare({ ...base, pmms: 1, state: "ca" })).npvMod));
    // Money is whole cents: a fraction of a cent is not the core's money.
    assert.deepEqual(fields(npvCompare({ ...base, modPayment: 1200.5 })), ["mod_payment:VALUE"]);
  });

  it("redefault months beyond the term", () => {
    const r = npvCompare({ ...base, modTermMonths: 6 });
    assert.deepEqual(fields(r), ["redefault_months:VALUE"]);
  });

  it("bad hand-built assumptions and garbage inputs come back as issues", () => {
    const bad = {
      ...NPV_2026,
      params: { ...NPV_2026.params, spread: "x", redefault_probability: "2" },
    } as NpvAssumptions;
    assert.deepEqual(fields(npvCompare(base, bad)), [
      "spread:VALUE",
      "redefault_probability:VALUE",
    ]);
    const garbage = npvCompare(undefined as unknown as NpvInputs);
    assert.equal(issuesOf(garbage).length, 5);
    const weird = npvCompare({ ...base, propertyValue: {} as unknown as number, pmms: Infinity });
    assert.deepEqual(fields(weird), ["property_value:VALUE", "pmms:VALUE"]);
  });
});

describe("core/npv: properties", () => {
  const cents = fc.integer({ min: 0, max: 100_000_000 });
  // A short sale's net proceeds, negative when its costs exceed the price.
  const shortSaleNet = fc.integer({ min: -10_000_000, max: 100_000_000 });
  const bp = (min: number, max: number) =>
    fc.integer({ min, max }).map((b) => new Decimal(b).div(10000));
  const states = fc.constantFrom(...STATE_CODES);
  const scenario = fc.record({
    V: cents,
    pmms: bp(0, 1500),
    spread: bp(0, 400),
    state: states,
    P: cents,
    n: fc.integer({ min: 1, max: 480 }),
    kFrac: fc.double({ min: 0, max: 1, noNaN: true }),
    F: cents,
    p: bp(0, 10000),
    reo: bp(0, 10000),
    g: bp(-3000, 3000),
    fcr: bp(0, 3000),
    carry: fc.option(cents, { nil: undefined }),
    mkt: fc.integer({ min: 0, max: 36 }),
  });
  type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;
  const run = (s: Scenario, over: NpvOverrides = {}, shortSaleNet?: number) => {
    const k = Math.floor(s.kFrac * s.n);
    const a = assumptions({
      spread: s.spread,
      redefault_probability: s.p,
      redefault_months: k,
      reo_discount: s.reo,
      home_price_change: s.g,
      fc_cost_rate: s.fcr,
      reo_marketing_months: s.mkt,
      ...over,
    });
    return value(
      npvCompare(
        {
          propertyValue: s.V,
          pmms: s.pmms,
          state: s.state,
          modPayment: s.P,
          modTermMonths: s.n,
          forborne: s.F,
          monthlyCarry: s.carry,
          shortSaleNet,
        },
        a
      )
    );
  };

  it("NPV_MOD increases with the modified payment", () => {
    fc.assert(
      fc.property(scenario, cents, (s, extra) => {
        fc.pre(extra > 0 && s.kFrac * s.n >= 1);
        const lo = run(s);
        const hi = run({ ...s, P: s.P + extra });
        assert.ok(hi.exact.npvMod.gt(lo.exact.npvMod));
      }),
      { numRuns: 200 }
    );
  });

  it("NPV_FC decreases as the REO discount rises", () => {
    fc.assert(
      fc.property(scenario, bp(1, 10000), (s, more) => {
        fc.pre(s.V > 0 && s.reo.plus(more).lte(1));
        const lo = run(s);
        const hi = run(s, { reo_discount: s.reo.plus(more) });
        assert.ok(hi.exact.npvFc.lt(lo.exact.npvFc));
      }),
      { numRuns: 200 }
    );
  });

  it("NPV_FC does not rise with more months to the REO sale (flat prices, costs below the discounted sale value)", () => {
    // With g = 0 and d ≥ 0: NPV_FC(m) = v^m·(V(1−r) − C + carry/d) − carry/d, non-increasing in m when V(1−r) ≥ C;
    // with rising prices faster than the discount rate, waiting can be worth more, so g is held at 0 here.
    fc.assert(
      fc.property(scenario, fc.integer({ min: 1, max: 60 }), (s, more) => {
        const t = { ...s, g: new Decimal(0), fcr: Decimal.min(s.fcr, new Decimal(1).minus(s.reo)) };
        const short = run(t);
        const long = run(t, { reo_marketing_months: s.mkt + more });
        assert.ok(long.exact.npvFc.lte(short.exact.npvFc));
        if (long.inputs.find((x) => x.name === "monthly_carry")!.value !== "0")
          assert.ok(long.exact.npvFc.lt(short.exact.npvFc));
      }),
      { numRuns: 200 }
    );
  });

  it("the closed-form annuity equals the month-by-month sum to 1e-20 relative", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -500, max: 3000 }),
        fc.integer({ min: 0, max: 600 }),
        (annualBp, n) => {
          const d = new X50(annualBp).div(10000).div(12);
          const closed = annuityFactor(d, n);
          let loop = new X50(0);
          for (let t = 1; t <= n; t++) loop = loop.plus(new X50(1).div(d.plus(1).pow(t)));
          if (n === 0) assert.ok(closed.isZero());
          else
            assert.ok(
              closed.minus(loop).abs().div(loop).lt("1e-20"),
              `${annualBp} bp, n ${n}: ${closed} vs ${loop}`
            );
        }
      ),
      { numRuns: 150 }
    );
  });

  it("the fast path's cents are the exact values rounded half-up, on every random loan (float against decimal)", () => {
    const halfUp = (x: Decimal) =>
      x.times(100).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber() || 0;
    fc.assert(
      fc.property(scenario, fc.option(shortSaleNet, { nil: undefined }), (s, ss) => {
        const r = run(s, {}, ss);
        assert.equal(r.npvMod, halfUp(r.exact.npvMod));
        assert.equal(r.npvFc, halfUp(r.exact.npvFc));
        if (ss !== undefined) assert.equal(r.npvSs, halfUp(r.exact.npvSs!));
        const exactBenefit = r.exact.npvMod.minus(r.exact.npvFc);
        if (exactBenefit.abs().gte("0.01"))
          assert.equal(r.decision === "MODIFY", exactBenefit.gt(0));
      }),
      { numRuns: 2000 }
    );
  });
});

describe("core/npv: against the independent Python decimal model (test/oracle/npv_model.py)", () => {
  type OracleCase = (typeof oracle.cases)[number];
  const evaluate = (c: OracleCase) => {
    const { state_timeline_months: months, ...params } = c.assumptions;
    const x = c.inputs;
    return npvCompare(
      {
        propertyValue: x.property_value_cents,
        pmms: x.pmms,
        state: x.state,
        modPayment: x.mod_payment_cents,
        modTermMonths: x.mod_term_months,
        forborne: x.forborne_cents,
        shortSaleNet: x.short_sale_net_cents,
        monthlyCarry: x.monthly_carry_cents,
      },
      assumptions({ ...params, state_timeline_months: { [x.state]: months } })
    );
  };

  it(`gives the oracle's cents, benefit and decision on its ${oracle.cases.length} loans (${oracle.cases.length - 7} of them random)`, () => {
    for (const c of oracle.cases) {
      const r = value(evaluate(c));
      const e = c.expected as OracleCase["expected"] & { npv_ss_cents?: number; npv_ss?: string };
      assert.equal(r.npvFc, e.npv_fc_cents, `${c.name}: NPV_FC`);
      assert.equal(r.npvMod, e.npv_mod_cents, `${c.name}: NPV_MOD`);
      assert.equal(r.npvSs, e.npv_ss_cents, `${c.name}: NPV_SS`);
      assert.equal(r.npvBenefit, e.benefit_cents, `${c.name}: benefit`);
      assert.equal(r.decision, e.decision, c.name);
      const close = (ours: Decimal, ref: string, what: string) =>
        assert.ok(
          ours.minus(ref).abs().lte(new Decimal(ref).abs().times("1e-25").plus("1e-25")),
          `${c.name}: ${what} ${ours.toString()} vs ${ref}`
        );
      close(r.exact.npvFc, e.npv_fc, "exact NPV_FC");
      close(r.exact.npvMod, e.npv_mod, "exact NPV_MOD");
      if (e.npv_ss !== undefined) close(r.exact.npvSs!, e.npv_ss, "exact NPV_SS");
    }
  });

  it("the hand-worked cases above are the oracle's first six", () => {
    assert.deepEqual(
      oracle.cases.slice(0, 6).map((c) => c.expected.npv_mod_cents),
      [41_025_000, 15_842_797, 14_981_770, 22_436_313, 19_224_141, 4_115_733]
    );
  });
});
