// The engine against the committed oracle: test/oracle/fixtures.json, written by
// test/oracle/generate.py (Python's standard library, exact rationals) from the rules in docs/rules/.
// Programs are called through LM.WATERFALL, the surface a user sees.
import { strict as assert } from "node:assert";
import fs from "node:fs";
import path from "node:path";
import { amortize, balanceAfter, levelPayment } from "../../src/core/schedule";
import { maxPrincipal } from "../../src/core/max-principal";
import { npv, waterfall } from "../../src/functions/programs";
import { installCustomFunctionsStandIn } from "../functions/stand-in";

installCustomFunctionsStandIn();

interface Fixtures {
  payment: { principal: string; annual_rate: string; term_months: number; payment: string }[];
  max_principal: {
    target_payment: string;
    annual_rate: string;
    term_months: number;
    principal: string;
  }[];
  balance: {
    principal: string;
    annual_rate: string;
    term_months: number;
    payments_made: number;
    balance: string;
  }[];
  schedule: {
    principal: string;
    annual_rate: string;
    term_months: number;
    forbearance: string;
    payment: string;
    total_interest: string;
    rows: string[][];
  }[];
  npv: Record<string, { npv_fc: string; npv_mod: string; discount_rate: string }>;
  programs: Record<
    string,
    {
      id: string;
      loan: Record<string, string>;
      expected: Record<string, string | number | boolean>;
    }[]
  >;
}

const fixtures: Fixtures = JSON.parse(
  fs.readFileSync(path.join(__dirname, "fixtures.json"), "utf8")
);

const value = <T>(r: { ok: true; value: T } | { ok: false }): T => {
  assert.ok(r.ok, JSON.stringify(r));
  return (r as { value: T }).value;
};
const cents = (dollars: string) => Math.round(Number(dollars) * 100);
const money = (c: number) => (c / 100).toFixed(2);

/** The oracle's field names, as LM.WATERFALL names them; amounts in cents. */
const AS_WATERFALL: Record<string, string> = {
  gross: "capitalized_upb",
  modified_upb: "capitalized_upb",
  rate: "new_rate",
  term: "new_term",
  forbearance: "forbearance",
  partial_claim: "partial_claim",
  new_pi: "new_pi",
  target_met: "target_met",
};
const MONEY_FIELDS = new Set(["capitalized_upb", "forbearance", "partial_claim", "new_pi"]);

/** A loan's fields as cells: numbers as numbers, dates and words as text. */
const cell = (text: string) => (/^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text);

describe("oracle: test/oracle/fixtures.json (exact rationals, Python standard library)", () => {
  describe("level payment, half-up to cents", () => {
    for (const c of fixtures.payment)
      it(`${c.principal} at ${c.annual_rate} over ${c.term_months} → ${c.payment}`, () => {
        const p = value(levelPayment(Number(c.principal), Number(c.annual_rate), c.term_months));
        assert.equal(p.toFixed(2), c.payment);
      });
  });

  describe("max principal, the present value floored to cents", () => {
    for (const c of fixtures.max_principal)
      it(`${c.target_payment} at ${c.annual_rate} over ${c.term_months} → ${c.principal}`, () => {
        const l = value(
          maxPrincipal(Number(c.target_payment), Number(c.annual_rate), c.term_months)
        );
        assert.equal(l.toFixed(2), c.principal);
      });
  });

  describe("schedules and balances", () => {
    for (const c of fixtures.schedule)
      it(`${c.principal} at ${c.annual_rate} over ${c.term_months}, ${c.forbearance} forborne`, () => {
        const s = value(
          amortize(Number(c.principal), Number(c.annual_rate), c.term_months, {
            forbearance: Number(c.forbearance),
          })
        );
        assert.equal(money(s.payment), c.payment);
        assert.equal(money(s.totalInterest), c.total_interest);
        for (const [no, pay, interest, principal, balance] of c.rows) {
          const row = s.rows[Number(no) - 1];
          assert.deepEqual(
            [row.payment, row.interest, row.principal, row.balance].map(money),
            [pay, interest, principal, balance],
            `row ${no}`
          );
        }
      });
    for (const c of fixtures.balance)
      it(`${c.principal} at ${c.annual_rate}: balance after ${c.payments_made} → ${c.balance}`, () => {
        const b = value(
          balanceAfter(Number(c.principal), Number(c.annual_rate), c.term_months, c.payments_made)
        );
        assert.equal(b.toFixed(2), c.balance);
      });
  });

  for (const [ruleSet, list] of Object.entries(fixtures.programs))
    describe(`LM.WATERFALL("${ruleSet}", ...)`, () => {
      for (const c of list)
        it(`${c.id}: ${JSON.stringify(c.expected)}`, () => {
          const names = Object.keys(c.loan);
          const table = waterfall(
            [[ruleSet]],
            [names],
            [names.map((n) => cell(c.loan[n]))],
            null as never
          );
          const got = new Map(table.map(([k, v]) => [k as string, v]));
          for (const [field, expected] of Object.entries(c.expected)) {
            const name = AS_WATERFALL[field];
            if (!name) continue;
            const actual = got.get(name);
            if (MONEY_FIELDS.has(name))
              assert.equal(cents(String(actual)), expected, `${name}: ${String(actual)}`);
            else if (name === "new_rate") assert.equal(String(actual), expected, name);
            else assert.equal(actual, expected, name);
          }
        });
    });

  describe("LM.NPV against foreclosure (discounted sums added month by month)", () => {
    it("the HAMP-A loan in Texas: NPV_FC and NPV_MOD", () => {
      const expected = fixtures.npv["HAMP-A"];
      const headers = [
        "loan_id",
        "investor",
        "property_state",
        "upb",
        "note_rate",
        "remaining_term",
        "pi_payment",
        "escrow_payment",
        "gross_monthly_income",
        "property_value",
        "PMMS",
      ];
      const values = [
        "HAMP-A",
        "PRIVATE",
        "TX",
        200000,
        0.075,
        360,
        1398.43,
        250,
        4000,
        250000,
        0.06,
      ];
      for (const field of ["npv_fc", "npv_mod", "discount_rate"] as const) {
        const out = npv([headers], [values], [[field]]);
        assert.equal(String(out[0][0]), String(Number(expected[field])), field);
      }
    });
  });
});
