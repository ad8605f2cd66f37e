/**
 * Modification offer and trial period plan. Expected figures: HAMP-A (published: 4.375%, P&I
 * 998.57), the HAMP step-up re-amortized by an independent Python decimal schedule (balance after 60
 * payments 181,968.14 → 1,103.90 at 5.375% over 300 months; after 12 more 178,415.46 → 1,170.37 at
 * 6% over 288), FHA-PC-1 (HUD's ML 2016-14 example) and hand-worked dates and ratios below.
 */
import { strict as assert } from "node:assert";
import { D } from "../../../src/core/money";
import { modificationOfferSheet } from "../../../src/report/sheets/modification-offer";
import { FHA_CURRENT, FHA_PC_1, HAMP_A, HAMP_A_SETTINGS, HAMP_LOW_DTI, caseOf } from "./loans";
import { cents, hasTable, modelOf, rowAfter, table, texts, valueOf } from "./query";

const serial = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000 + 25_569;

describe("report/sheets modification offer and trial period plan", () => {
  it("no modification works: no offer, and the issue says why each failed", () => {
    const r = modificationOfferSheet(caseOf(HAMP_LOW_DTI, HAMP_A_SETTINGS));
    assert.ok(!r.ok);
    assert.match(r.issues[0].reason, /no modification works for loan HAMP-LOW/);
    assert.match(r.issues[0].reason, /HAMP: P&I \$1,398\.43 \+ escrow \$250\.00 is 20\.61%/);
  });

  it("a program asked for that is not a modification of the order, or does not work, is an issue", () => {
    const c = caseOf(HAMP_A, HAMP_A_SETTINGS);
    const notMod = modificationOfferSheet(c, { program: "FLEX-2024" });
    assert.ok(!notMod.ok);
    assert.match(
      notMod.issues[0].reason,
      /not a modification option of the PRIVATE order \(HAMP\)/
    );
    const fails = modificationOfferSheet(caseOf(HAMP_LOW_DTI, HAMP_A_SETTINGS), {
      program: "hamp",
    });
    assert.ok(!fails.ok);
    assert.match(fails.issues[0].reason, /^HAMP does not work for loan HAMP-LOW/);
  });

  it("when AUTO recommends nothing, the offer says whether it is the modification asked for or the first that works", () => {
    // Without months_delinquent AUTO stops at the repayment plan (it cannot be evaluated), so nothing
    // is recommended; HAMP, the PRIVATE order's modification, still works.
    const { months_delinquent: _m, ...undecided } = HAMP_A;
    const c = caseOf(undecided, HAMP_A_SETTINGS);
    assert.equal(c.recommended, undefined);
    assert.match(
      texts(modelOf(modificationOfferSheet(c))),
      /No option is recommended for this loan; this offer is the first modification of the PRIVATE order that works\./
    );
    assert.match(
      texts(modelOf(modificationOfferSheet(c, { program: "HAMP" }))),
      /No option is recommended for this loan; this offer is the modification asked for\./
    );
  });

  it("HAMP-A: 7.5% → 4.375%, P&I 1,398.43 → 998.57, housing ratio 41.21% → 31.21%", () => {
    const m = modelOf(modificationOfferSheet(caseOf(HAMP_A, HAMP_A_SETTINGS)));
    assert.equal(valueOf(m, "Program"), "HAMP Tier 1 modification");
    // Rate: 0.075 → 0.04375, change −0.03125.
    assert.deepEqual(rowAfter(m, "Interest rate"), [0.075, 0.04375, -0.03125]);
    // P&I 1,398.43 → 998.57: −399.86; PITIA + 250.00 escrow: 1,648.43 → 1,248.57.
    assert.deepEqual(rowAfter(m, "Monthly P&I"), [1398.43, 998.57, -399.86]);
    assert.deepEqual(rowAfter(m, "Monthly payment (PITIA)"), [1648.43, 1248.57, -399.86]);
    // 1,648.43 / 4,000 = 41.21075%; 1,248.57 / 4,000 = 31.21425%.
    assert.deepEqual(rowAfter(m, "Housing ratio (DTI)"), [164843 / 400000, 124857 / 400000]);
    // (1,398.43 − 998.57) / 1,398.43 = 39,986 / 139,843 = 28.59%.
    assert.equal(
      (rowAfter(m, "P&I reduction")[1] as number).toFixed(6),
      (39986 / 139843).toFixed(6)
    );
    // Maturity: 360 payments from 2026-12-01 end 2056-11-01; modified, from 2027-03-01, 2057-02-01.
    assert.deepEqual(rowAfter(m, "Maturity date"), [
      { year: 2056, month: 11, day: 1 },
      { year: 2057, month: 2, day: 1 },
    ]);
  });

  it("HAMP-A's trial period: 3 payments of 1,248.57 from 12/01/2026, the modification from 03/01/2027", () => {
    const m = modelOf(modificationOfferSheet(caseOf(HAMP_A, HAMP_A_SETTINGS)));
    // TRIAL-HAMP: 3 payments, the first on the 1st of the month after the 2026-11-02 offer.
    assert.deepEqual(table(m, "TrialPayments"), [
      ["1 of 3", serial(2026, 12, 1), 1248.57],
      ["2 of 3", serial(2027, 1, 1), 1248.57],
      ["3 of 3", serial(2027, 2, 1), 1248.57],
    ]);
    assert.match(texts(m), /the first modified payment is due 03\/01\/2027/);
    assert.match(texts(m), /or tell us by 11\/16\/2026/);
  });

  it("HAMP-A's step-up to the 6% cap: 998.57 for 5 years, 1,103.90 in year 6, 1,170.37 after", () => {
    const m = modelOf(modificationOfferSheet(caseOf(HAMP_A, HAMP_A_SETTINGS)));
    assert.deepEqual(table(m, "StepUpSchedule"), [
      ["Years 1–5: 60 payments from 03/01/2027", 0.04375, 998.57, 1248.57],
      ["Year 6: 12 payments from 03/01/2032", 0.05375, 1103.9, 1353.9],
      ["Years 7–30: 288 payments from 03/01/2033", 0.06, 1170.37, 1420.37],
    ]);
  });

  it("lists the waterfall steps with pass or fail and the reason for each", () => {
    const m = modelOf(modificationOfferSheet(caseOf(HAMP_A, HAMP_A_SETTINGS)));
    const steps = table(m, "WaterfallSteps");
    assert.deepEqual(
      steps.map((s) => [s[0], s[3]]),
      [
        ["eligibility: housing ratio", "Pass"],
        ["capitalize", "Pass"],
        ["rate", "Pass"],
        ["step-up", "Pass"],
      ]
    );
    const rate = steps.find((s) => s[0] === "rate")!;
    assert.equal(rate[1], "4.375%");
    assert.equal(rate[2], 998.57);
    assert.match(String(rate[4]), /one more step \(4\.25%\) would go below/);
  });

  it("FHA-PC-1: a standalone partial claim of 7,750.00 takes no trial and leaves the P&I at 400.00", () => {
    const m = modelOf(modificationOfferSheet(caseOf(FHA_PC_1)));
    assert.equal(valueOf(m, "Program"), "FHA standalone partial claim");
    assert.equal(hasTable(m, "TrialPayments"), false);
    assert.match(texts(m), /No trial period: FHA standalone partial claim changes no term/);
    assert.deepEqual(rowAfter(m, "Partial claim (no interest)"), ["—", 7750]);
    assert.deepEqual(rowAfter(m, "Monthly P&I"), [400, 400]);
    assert.equal(cents(rowAfter(m, "Interest-bearing principal")[1]), 5200000);
  });

  it("an FHA borrower fewer than 31 days delinquent makes 4 trial payments (imminent default)", () => {
    const m = modelOf(modificationOfferSheet(caseOf(FHA_CURRENT, { pmms: new D("0.06") })));
    assert.equal(valueOf(m, "Program"), "FHA combination modification and partial claim");
    // 150,000.00 at 6% over 360 months: 899.33 (≤ 900.00, 75% of 1,200.00); + 300.00 escrow.
    assert.deepEqual(table(m, "TrialPayments"), [
      ["1 of 4", serial(2026, 12, 1), 1199.33],
      ["2 of 4", serial(2027, 1, 1), 1199.33],
      ["3 of 4", serial(2027, 2, 1), 1199.33],
      ["4 of 4", serial(2027, 3, 1), 1199.33],
    ]);
    assert.match(texts(m), /4 monthly trial payments \(TRIAL-FHA\): 0 days delinquent/);
    assert.match(texts(m), /TRIAL-FHA \(version 2025-10-01\)/);
  });
});
