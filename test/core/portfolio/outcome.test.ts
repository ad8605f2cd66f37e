import { fieldsNeededBy } from "../../../src/core/programs/catalogue";
import { strict as assert } from "node:assert";
import { readLoanRecord } from "../../../src/core/record";
import { REGX_FIELDS, regxDates } from "../../../src/core/regx/deadlines";
import { evaluateProgram } from "../../../src/core/programs/registry";
import { loanNpv } from "../../../src/core/programs/loan-npv";
import { WaterfallEvaluation } from "../../../src/core/programs/waterfall";
import {
  ColumnValue,
  RESULT_COLUMNS,
  evaluateLoan,
  resolveSettings,
  resultRow,
} from "../../../src/core/portfolio";
import { checkTape } from "../../../src/core/tape";

/**
 * The HAMP-A loan of the README's function examples: LM.WATERFALL("HAMP", H, V, "new_pi") = 998.57
 * at 4.375%, LM.NPV gives npv_mod 135,970.72 and npv_fc 155,455.96. The same loan through one loan's
 * outcome must give the same figures in its result columns (money in whole cents).
 */
const H = [
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
  "months_delinquent",
  "PMMS",
];
// Current on its payments (months_delinquent 0, which AUTO's repayment plan reads; HAMP does not).
const V = ["HAMP-A", "PRIVATE", "TX", 200000, 0.075, 360, 1398.43, 250, 4000, 250000, 0, 0.06];

function record(headers = H, values: (string | number)[] = V) {
  const r = readLoanRecord(headers, values);
  assert.ok(r.ok, JSON.stringify(r.issues));
  return r.record;
}

function columns(values: ColumnValue[]): Record<string, ColumnValue> {
  return Object.fromEntries(RESULT_COLUMNS.map((c, i) => [c.name, values[i]]));
}

describe("core/portfolio: one loan's outcome and its result columns", () => {
  it("the HAMP-A loan under HAMP: the README's LM.WATERFALL and LM.NPV figures, in cents", () => {
    const o = evaluateLoan(7, record(), { program: "HAMP" });
    assert.ok(o.ok);
    const c = columns(resultRow(o.value));
    assert.equal(c.row, 7);
    assert.equal(c.loan_id, "HAMP-A");
    assert.equal(c.rule_set, "HAMP");
    assert.equal(c.new_pi, 99857);
    assert.equal(c.new_rate, 0.04375);
    assert.equal(c.npv_mod, 13597072);
    assert.equal(c.npv_fc, 15545596);
    // The benefit is the difference of the two reported amounts: 135,970.72 − 155,455.96.
    assert.equal(c.npv_benefit, 13597072 - 15545596);
    assert.equal(c.decision, "FORECLOSE");
    assert.equal(c.upb, 20000000);
    assert.equal(c.note_rate, 0.075);
  });

  it("AUTO: the waterfall's choice, and the NPV of the options it already evaluated equals a fresh NPV", () => {
    const r = record();
    const o = evaluateLoan(2, r);
    assert.ok(o.ok);
    const direct = evaluateProgram("AUTO", r);
    assert.ok(direct.ok);
    assert.equal(o.value.evaluation.ruleSet, direct.value.ruleSet);
    assert.deepEqual(
      o.value.options?.map((x) => [x.ruleSet, x.works]),
      (direct.value as WaterfallEvaluation).options.map((x) => [x.ruleSet, x.works])
    );
    const fresh = loanNpv(record());
    assert.ok(fresh.ok && o.value.npv.ok);
    assert.equal(o.value.npv.value.npv.npvMod.toString(), fresh.value.npv.npvMod.toString());
    assert.equal(o.value.npv.value.npv.npvFc.toString(), fresh.value.npv.npvFc.toString());
  });

  it("a loan the NPV cannot value keeps its waterfall result and says why in npv_note", () => {
    const o = evaluateLoan(2, record(H.slice(0, -1), V.slice(0, -1)), { program: "HAMP" });
    assert.ok(o.ok);
    const c = columns(resultRow(o.value));
    assert.equal(c.new_pi !== undefined, true);
    assert.equal(c.npv_mod, undefined);
    assert.match(String(c.npv_note), /pmms is required/);
  });

  it("a program that cannot evaluate the loan at all fails with its reasons (FLEX-2024 needs mod_rate)", () => {
    const o = evaluateLoan(2, record(), { program: "FLEX-2024" });
    assert.equal(o.ok, false);
    assert.ok(!o.ok && o.issues.some((i) => i.field === "mod_rate"));
  });

  it("the Reg X columns are LM.REGXDATES's, computed by the core's Reg X engine", () => {
    const h = [...H, "next_due_date", "as_of_date", "application_received_date"];
    const v = [...V, "2026-09-01", "2026-12-01", "2026-11-20"];
    const r = record(h, v);
    const o = evaluateLoan(2, r, { program: "HAMP" });
    assert.ok(o.ok);
    const c = columns(resultRow(o.value));
    const d = regxDates(r);
    assert.deepEqual(c.live_contact_by, d.live_contact_by);
    assert.deepEqual(c.acknowledge_by, d.acknowledge_by);
    assert.equal(c.days_delinquent, 91);
    assert.equal(c.regx_rule_set, d.rule_set);
  });

  it("every result field of LM.WATERFALL, LM.NPV and LM.REGXDATES is a column, in the functions' order", () => {
    // The field lists the README gives for LM.WATERFALL and LM.NPV; REGX_FIELDS is LM.REGXDATES's own list.
    const waterfall = [
      "program",
      "rule_set",
      "eligible",
      "target_met",
      "offerable",
      "capitalized_upb",
      "mtmltv",
      "new_rate",
      "new_term",
      "forbearance",
      "interest_bearing_upb",
      "partial_claim",
      "new_pi",
      "new_pitia",
      "pi_reduction",
      "dti_after",
      "reason",
    ];
    const npv = [
      "npv_mod",
      "npv_fc",
      "npv_ss",
      "npv_benefit",
      "decision",
      "discount_rate",
      "months_to_reo_sale",
      "mod_program",
      "assumptions",
    ];
    const names = RESULT_COLUMNS.map((c) => c.name);
    for (const list of [waterfall, npv, [...REGX_FIELDS]]) {
      const at = list.map((f) => names.indexOf(f));
      assert.ok(
        at.every((i) => i >= 0),
        `missing: ${list.filter((f) => !names.includes(f))}`
      );
      assert.deepEqual(
        [...at].sort((a, b) => a - b),
        at,
        "in order"
      );
    }
    assert.equal(new Set(names).size, names.length, "no column twice");
    for (const key of ["loan_id", "investor", "property_state", "upb", "months_delinquent"])
      assert.ok(names.includes(key), key);
  });

  it("money columns hold whole cents, dates calendar dates, flags booleans (on every loan of a small tape)", () => {
    const rows = [
      [...V.slice(0, 1), ...V.slice(1)],
      ["B", "FNMA", "CA", 180000, 0.06875, 300, 1300.11, 400, 5000, 160000, 0, 0.0623],
      ["C", "FHA", "FL", 150000.555, 0.055, 320, 1000, 300, 3000, 150000, 0, 0.0623],
    ];
    const c = checkTape(H, rows, { require: fieldsNeededBy("AUTO") });
    assert.equal(c.records.length, 3);
    for (const { row, record: r } of c.records) {
      // The repayment plan reads every loan here (AUTO would stop at FHA-2025's missing fields).
      const o = evaluateLoan(row, r, { program: "REPAY-FNMA" });
      assert.ok(o.ok, r.loan_id);
      resultRow(o.value).forEach((v, i) => {
        const k = RESULT_COLUMNS[i].kind;
        if (v === undefined) return;
        if (k === "money") assert.ok(Number.isSafeInteger(v), `${RESULT_COLUMNS[i].name} ${v}`);
        if (k === "flag") assert.equal(typeof v, "boolean");
        if (k === "date") assert.deepEqual(Object.keys(v as object), ["year", "month", "day"]);
        if (k === "whole") assert.ok(Number.isInteger(v));
      });
    }
    // 150000.555 dollars is 15000055.5 cents: half-up gives 15000056.
    const fha = c.records.find((x) => x.record.loan_id === "C")!;
    const o = evaluateLoan(fha.row, fha.record, { program: "REPAY-FNMA" });
    assert.ok(o.ok);
    assert.equal(columns(resultRow(o.value)).upb, 15000056);
  });
});

describe("core/portfolio: market settings", () => {
  it("checks each setting with the tape's own parser and names the setting in the message", () => {
    const r = resolveSettings(
      { pmms: "6.5", asOfDate: "2026-02-30", modRate: "0.0625" },
      { pmms: "--pmms", modRate: "--mod-rate", asOfDate: "--as-of", npv: "--npv" }
    );
    assert.equal(r.ok, false);
    assert.ok(!r.ok);
    assert.deepEqual(
      r.issues.map((i) => i.reason),
      [
        '--pmms: "6.5" looks like a percent: enter 0.065 or 6.5%',
        '--as-of: "2026-02-30" is not a date of the calendar',
      ]
    );
  });

  it("an absurd setting is refused as a tape row would be (a PMMS of 40%)", () => {
    const r = resolveSettings({ pmms: "40%" });
    assert.ok(!r.ok);
    assert.match(r.issues[0].reason, /above 25%/);
  });

  it("NPV assumption overrides become the assumptions every loan starts from; a loan's own column still wins", () => {
    const s = resolveSettings({ npv: { spread: "0.01" } });
    assert.ok(s.ok);
    assert.equal(s.value.assumptions.params.spread, "0.01");
    const base = evaluateLoan(2, record(), { program: "HAMP", assumptions: s.value.assumptions });
    assert.ok(base.ok && base.value.npv.ok);
    // discount rate = PMMS 6% + spread 1%.
    assert.equal(base.value.npv.value.npv.discountRateAnnual.toString(), "0.07");
    const own = evaluateLoan(2, record([...H, "spread"], [...V, 0.02]), {
      program: "HAMP",
      assumptions: s.value.assumptions,
    });
    assert.ok(own.ok && own.value.npv.ok);
    assert.equal(own.value.npv.value.npv.discountRateAnnual.toString(), "0.08");
  });

  it("an unknown NPV assumption is refused by name", () => {
    const r = resolveSettings({ npv: { sprad: "0.01" } });
    assert.ok(!r.ok);
    assert.match(r.issues[0].reason, /sprad is not an NPV assumption/);
  });

  it("pmms, mod_rate and as_of_date become column defaults a blank cell takes", () => {
    const s = resolveSettings({ pmms: "0.0623", modRate: "6.25%", asOfDate: "2026-12-01" });
    assert.ok(s.ok);
    assert.deepEqual(
      s.value.defaults.map((d) => [d.header, d.value]),
      [
        ["PMMS", "0.0623"],
        ["mod_rate", "6.25%"],
        ["as_of_date", "2026-12-01"],
      ]
    );
    const c = checkTape(
      ["loan_id", "as_of_date"],
      [
        ["A", ""],
        ["B", "2026-06-30"],
      ],
      {
        defaults: s.value.defaults,
      }
    );
    assert.deepEqual(
      c.records.map((x) => [
        x.record.as_of_date?.month,
        x.record.mod_rate?.toString(),
        x.record.market_rate_basis,
      ]),
      [
        [12, "0.0625", "PMMS"],
        [6, "0.0625", "PMMS"],
      ]
    );
  });
});
