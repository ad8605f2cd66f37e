import { strict as assert } from "node:assert";
import { FHA_LOAN, GSE_LOAN, HAMP_A, SEASONED, VA_LOAN, auto, tried } from "./auto-loans";

/*
 * AUTO end to end, investor by investor, each loan worked out by hand: the AUTO orders are
 *   FNMA, FHLMC: REPAY-FNMA → DEFERRAL → FLEX-2024 → SHORT-SALE-GSE → DIL-GSE
 *   FHA:         REPAY-FNMA → FHA-2025 → SHORT-SALE-FHA → DIL-FHA
 *   VA:          REPAY-FNMA → VA-2026 → SHORT-SALE-VA → DIL-VA
 *   USDA, PRIVATE: REPAY-FNMA → HAMP → SHORT-SALE-GSE → DIL-GSE
 * Level payments (P = L·r / (1 − (1 + r)^−n), r = rate / 12, half-up to cents) were checked with
 * Python's decimal module at 50 digits.
 */

describe("core/programs AUTO waterfall, by investor", () => {
  it("FNMA: the repayment plan first — 1 payment of 1,200 past due is repaid in 2 months of 1,800", () => {
    // contractual 1,000 + 200 = 1,200; arrears 1 × 1,200 = 1,200; 1,200 + 1,200 / m ≤ 1.5 × 1,200
    // = 1,800 → m ≥ 2; 2 ≤ 12 months without approval.
    const e = auto({
      investor: "FNMA",
      upb: 150000,
      note_rate: 0.04,
      remaining_term: 300,
      pi_payment: 1000,
      escrow_payment: 200,
      months_delinquent: 1,
      hardship_resolved: true,
      ...SEASONED,
    });
    assert.equal(e.ruleSet, "REPAY-FNMA");
    assert.deepEqual(tried(e), ["REPAY-FNMA:true"]);
    assert.equal(e.amounts!.plan_months, 2);
    assert.equal(e.amounts!.installment, 180000);
    assert.equal(e.newPi, 100000);
  });

  it("FNMA: a plan over 12 months passes to the payment deferral of 4 × 1,000 + 3,000", () => {
    // arrears 4 × 1,200 + 3,000 advances = 7,800; 1,200 + 7,800 / m ≤ 1,800 → m ≥ 13 > 12: the
    // plan needs the investor's approval. Deferral: 4 past due (2 to 6), 0 + 4 ≤ 12 cumulative,
    // 92 months old, 300 > 36 months left, hardship resolved: 4 × 1,000 + 3,000 = 7,000 deferred.
    const e = auto({
      investor: "FNMA",
      upb: 150000,
      note_rate: 0.04,
      remaining_term: 300,
      pi_payment: 1000,
      escrow_payment: 200,
      months_delinquent: 4,
      servicing_advances: 3000,
      hardship_resolved: true,
      ...SEASONED,
    });
    assert.equal(e.ruleSet, "DEFERRAL");
    assert.deepEqual(tried(e), ["REPAY-FNMA:false", "DEFERRAL:true"]);
    assert.equal(e.options[0].evaluation!.reasonCode, "NEEDS_INVESTOR_APPROVAL");
    assert.equal(e.forbearance, 700000);
    assert.equal(e.newPi, 100000);
  });

  it("FHLMC: hardship not resolved passes over the plan and the deferral to FLEX-2024 at 6.5%", () => {
    // gross 203,000, MTMLTV 67.7% ≥ 50%; target: largest cent below 0.8 × 1,609.25 = 1,287.40 →
    // 1,287.39. 6.500% over 360 on 203,000 = 1,283.10 ≤ target; 6.625% = 1,299.83 > target.
    const e = auto({ investor: "FHLMC", ...GSE_LOAN, property_value: 300000 });
    assert.equal(e.ruleSet, "FLEX-2024");
    assert.deepEqual(tried(e), ["REPAY-FNMA:false", "DEFERRAL:false", "FLEX-2024:true"]);
    assert.equal(e.newRate!.toString(), "0.065");
    assert.equal(e.newPi, 128310);
    assert.equal(e.reasonCode, "TARGET_MET");
  });

  it("FNMA: an ineligible Flex (3 prior modifications) passes to the short sale: net 130,500 against 203,000", () => {
    // 150,000 − 6% 9,000 − 2% 3,000 − 7,500 relocation (principal residence) = 130,500;
    // debt 200,000 + 3,000 = 203,000; deficiency 72,500.
    const e = auto({
      investor: "FNMA",
      occupancy: "PRIMARY",
      ...GSE_LOAN,
      prior_modifications: 3,
      property_value: 150000,
    });
    assert.equal(e.ruleSet, "SHORT-SALE-GSE");
    assert.deepEqual(tried(e), [
      "REPAY-FNMA:false",
      "DEFERRAL:false",
      "FLEX-2024:false",
      "SHORT-SALE-GSE:true",
    ]);
    assert.match(e.options[2].reason, /^not eligible: 3 prior modifications/);
    assert.equal(e.amounts!.net_proceeds, 13050000);
    assert.equal(e.amounts!.deficiency, 7250000);
  });

  it("FNMA: a sale that covers the debt is no short sale: the deed-in-lieu, recovery 352,500", () => {
    // short sale: 400,000 − 24,000 − 8,000 − 7,500 = 360,500 ≥ 203,000. Deed-in-lieu: 400,000 −
    // 10% 40,000 − 7,500 = 352,500 (occupancy not stated: taken as a principal residence).
    const e = auto({
      investor: "FNMA",
      ...GSE_LOAN,
      prior_modifications: 3,
      property_value: 400000,
    });
    assert.equal(e.ruleSet, "DIL-GSE");
    assert.equal(e.options[3].evaluation!.reasonCode, "NET_COVERS_DEBT");
    assert.equal(e.amounts!.recovery, 35250000);
    assert.equal(e.amounts!.equity, 35250000 - 20300000);
  });

  it("FHA: a borrower who can resume the payment gets the standalone partial claim of the 3,000 arrears", () => {
    // 3,000 ≤ 45,600 available; the P&I stays 997.95.
    const e = auto({ ...FHA_LOAN, pre_hardship_pi: 1200, can_resume_payment: true });
    assert.equal(e.ruleSet, "FHA-2025");
    assert.equal(e.program, "FHA standalone partial claim");
    assert.deepEqual(tried(e), ["REPAY-FNMA:false", "FHA-2025:true"]);
    assert.equal(e.partialClaim, 300000);
    assert.equal(e.newPi, 99795);
  });

  it("FHA: otherwise the combination — 150,000 at the 5% market rate over 360 months, 805.23 ≤ 900", () => {
    // target ⌊0.75 × 1,200⌋ = 900.00; arrears into the claim, modified UPB 150,000; 5%/360 → 805.23.
    const e = auto({ ...FHA_LOAN, pre_hardship_pi: 1200, can_resume_payment: false });
    assert.equal(e.program, "FHA combination modification and partial claim");
    assert.equal(e.newRate!.toString(), "0.05");
    assert.equal(e.newTerm, 360);
    assert.equal(e.newPi, 80523);
    assert.equal(e.partialClaim, 300000);
    assert.equal(e.interestBearingUpb, 15000000);
  });

  it("FHA, investment property: no option works — NO_OPTION, 'No workout', every option's reason", () => {
    // FHA-2025: target ⌊0.75 × 500⌋ = 375; 45,600 − 3,000 = 42,600 left is far short of what the
    // target needs (over 70,000 at 360 or 480 months), so 107,400 over 480 months at 5% = 517.88 >
    // 500: not offerable. Short sale: 300,000 − 18,000 − 6,000 − 0 relocation (investment) =
    // 276,000 ≥ 153,000. Deed-in-lieu: FHA takes none on an investment property.
    const e = auto({
      ...FHA_LOAN,
      occupancy: "INVESTMENT",
      pre_hardship_pi: 500,
      can_resume_payment: false,
      property_value: 300000,
    });
    assert.equal(e.reasonCode, "NO_OPTION");
    assert.equal(e.program, "No workout");
    assert.equal(e.ruleSet, "AUTO");
    assert.equal(e.offerable, false);
    assert.deepEqual(tried(e), [
      "REPAY-FNMA:false",
      "FHA-2025:false",
      "SHORT-SALE-FHA:false",
      "DIL-FHA:false",
    ]);
    assert.equal(e.options[1].evaluation!.newPi, 51788);
    assert.match(e.reason, /^no option in the FHA waterfall works: REPAY-FNMA: not eligible/);
    assert.match(e.reason, /DIL-FHA: not eligible: occupancy INVESTMENT/);
  });

  it("VA: the affordable modification at the 5% market rate: PITIA 1,473.64 ≤ 31% of 6,000", () => {
    // target PITIA 0.31 × 6,000 = 1,860; target P&I 1,460; rate min(5%, 6% + 1%) = 5%;
    // 200,000 over 360 months at 5% = 1,073.64.
    const e = auto({
      ...VA_LOAN,
      gross_monthly_income: 6000,
      prior_partial_claims: 0,
      "Market Rate": 0.05,
    });
    assert.equal(e.ruleSet, "VA-2026");
    assert.equal(e.newPi, 107364);
    assert.equal(e.newPitia, 147364);
    assert.equal(e.partialClaim, 0);
  });

  it("VA: a modification that raises the payment and misses the target passes to the compromise sale", () => {
    // rate min(8%, 6% + 1%) = 7%; target 0.31 × 1,200 = 372 − 400 < 0; claim 60,000 − 60,000 = 0;
    // 200,000 over 480 months at 7% = 1,242.86 > 1,199.10: not offerable. Sale: 150,000 − 9,000 −
    // 3,000 − 0 liens − 1,500 relocation = 136,500 against 200,000.
    const e = auto({
      ...VA_LOAN,
      occupancy: "PRIMARY",
      gross_monthly_income: 1200,
      prior_partial_claims: 60000,
      "Market Rate": 0.08,
      property_value: 150000,
    });
    assert.equal(e.ruleSet, "SHORT-SALE-VA");
    assert.deepEqual(tried(e), ["REPAY-FNMA:false", "VA-2026:false", "SHORT-SALE-VA:true"]);
    assert.equal(e.options[1].evaluation!.newPi, 124286);
    assert.equal(e.amounts!.net_proceeds, 13650000);
  });

  it("USDA: HAMP-A — 4.375%, P&I 998.57, the closest to 990 without going below", () => {
    // target 0.31 × 4,000 − 250 = 990; 4.375% → 998.57 ≥ 990; 4.25% → 983.88 < 990.
    const e = auto({
      investor: "USDA",
      ...HAMP_A,
      gross_monthly_income: 4000,
      property_value: 250000,
    });
    assert.equal(e.ruleSet, "HAMP");
    assert.deepEqual(tried(e), ["REPAY-FNMA:false", "HAMP:true"]);
    assert.equal(e.newRate!.toString(), "0.04375");
    assert.equal(e.newPi, 99857);
  });

  it("PRIVATE: a housing ratio under 31% is not eligible for HAMP; the sale covers the debt: deed-in-lieu", () => {
    // (1,398.43 + 250) / 10,000 = 16.48% ≤ 31%. Sale 400,000 − 24,000 − 8,000 − 7,500 ≥ 200,000.
    // Deed-in-lieu under the GSE rules, which say they stand in for a private investor.
    const e = auto({
      investor: "PRIVATE",
      ...HAMP_A,
      gross_monthly_income: 10000,
      property_value: 400000,
    });
    assert.equal(e.ruleSet, "DIL-GSE");
    assert.deepEqual(tried(e), [
      "REPAY-FNMA:false",
      "HAMP:false",
      "SHORT-SALE-GSE:false",
      "DIL-GSE:true",
    ]);
    assert.ok(e.steps.some((s) => s.option === "DIL-GSE" && s.code === "OTHER_INVESTOR"));
    assert.equal(e.amounts!.recovery, 35250000);
  });
});
