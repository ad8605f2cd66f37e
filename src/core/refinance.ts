import Decimal from "decimal.js";
import { D, cents } from "./money";
import { Result, fail, failWith, ok } from "./result";
import { levelPayment } from "./schedule";
import { allOf, issuesIn, parseMoneyDecimal, parseRateDecimal } from "./input";
import { VA_IRRRL_2018, VaIrrrlRules } from "./rules/va-irrrl-2018";
import { FHA_STREAMLINE_2015, FhaStreamlineRules } from "./rules/fha-streamline-2015";

/**
 * Refinance analysis (docs/rules/refinance.md): new P&I, monthly saving, break-even months, and the
 * VA IRRRL and FHA streamline net-tangible-benefit tests (rule sets VA-IRRRL-2018, FHA-STREAMLINE-2015).
 */

/** Monthly saving = current P&I − new P&I, half-up to cents (negative when the payment rises). */
export function monthlySaving(currentPi: Decimal.Value, newPi: Decimal.Value): Result<Decimal> {
  const read = allOf([
    parseMoneyDecimal(currentPi, "current_pi"),
    parseMoneyDecimal(newPi, "new_pi"),
  ]);
  if (!read.ok) return read;
  const [current, next] = read.value;
  return ok(cents(current.minus(next)));
}

/**
 * LM.BREAKEVEN: months for the saving to repay the closing costs = closing costs / monthly saving,
 * rounded up to a whole month. Every amount is taken to cents (half-up) first, as a payment is paid:
 * a saving that is 0.00 in cents is no saving. `NA` when there is none.
 */
export function breakEvenMonths(
  closingCosts: Decimal.Value,
  currentPi: Decimal.Value,
  newPi: Decimal.Value
): Result<number> {
  const read = allOf([
    parseMoneyDecimal(closingCosts, "closing_costs"),
    parseMoneyDecimal(currentPi, "current_pi"),
    parseMoneyDecimal(newPi, "new_pi"),
  ]);
  if (!read.ok) return read;
  // parseMoneyDecimal gives each amount already to the cent.
  const [costs, current, next] = read.value;
  const saving = current.minus(next);
  if (saving.lte(0)) {
    return fail(
      "NA",
      `no monthly saving: new P&I ${next.toFixed(2)} is not below current P&I ${current.toFixed(2)}`,
      "new_pi",
      next.toNumber()
    );
  }
  return ok(costs.div(saving).ceil().toNumber());
}

export interface RefinanceInput {
  readonly principal: number;
  readonly annualRate: number;
  readonly termMonths: number;
  readonly currentPi: Decimal.Value;
  readonly closingCosts: Decimal.Value;
}

export interface RefinanceResult {
  readonly new_pi: Decimal;
  readonly monthly_saving: Decimal;
  /** Undefined when there is no saving (the costs are never repaid). */
  readonly break_even_months?: number;
}

/** New P&I on the refinanced loan (docs/rules/conventions.md, level payment), its saving and break-even. */
export function refinance(input: RefinanceInput): Result<RefinanceResult> {
  const pi = levelPayment(input.principal, input.annualRate, input.termMonths);
  const issues = issuesIn(
    parseMoneyDecimal(input.currentPi, "current_pi"),
    parseMoneyDecimal(input.closingCosts, "closing_costs")
  );
  if (!pi.ok || issues.length) return failWith([...(pi.ok ? [] : pi.issues), ...issues]);
  const saving = monthlySaving(input.currentPi, pi.value);
  if (!saving.ok) return saving;
  const be = breakEvenMonths(input.closingCosts, input.currentPi, pi.value);
  return ok({
    new_pi: pi.value,
    monthly_saving: saving.value,
    ...(be.ok ? { break_even_months: be.value } : {}),
  });
}

// ---------------------------------------------------------------------------------------------
// Net tangible benefit

export const RATE_TYPES = ["FIXED", "ARM"] as const;
export type RateType = (typeof RATE_TYPES)[number];

export function parseRateType(text: string): RateType | undefined {
  const t = text.trim().toUpperCase();
  if (t === "FIXED" || t === "FRM") return "FIXED";
  if (t === "ARM" || t === "ADJUSTABLE") return "ARM";
  return undefined;
}

export interface NtbCheck {
  readonly test: "recoupment" | "rate_reduction" | "combined_rate_reduction";
  readonly citation: string;
  /** False when the rule set has no such test for these rate types (then it does not count). */
  readonly applies: boolean;
  readonly passed: boolean;
  readonly detail: string;
}

export interface NtbResult {
  readonly rule_set: string;
  readonly passed: boolean;
  readonly checks: readonly NtbCheck[];
  /** VA: months to recoup the costs (closing costs / monthly P&I saving, rounded up); undefined with no saving. */
  readonly recoup_months?: number;
}

function pct(x: Decimal): string {
  return `${x.times(100).toDecimalPlaces(4).toString()}%`;
}

export interface VaIrrrlInput {
  readonly currentRate: Decimal.Value;
  readonly newRate: Decimal.Value;
  readonly currentRateType?: RateType;
  readonly newRateType?: RateType;
  readonly currentPi: Decimal.Value;
  readonly newPi: Decimal.Value;
  /** Fees and closing costs to recoup (38 U.S.C. 3709(a) leaves out taxes, escrow and the VA funding fee). */
  readonly closingCosts: Decimal.Value;
}

export function vaIrrrlNetTangibleBenefit(
  input: VaIrrrlInput,
  rules: VaIrrrlRules = VA_IRRRL_2018
): Result<NtbResult> {
  const read = allOf([
    parseRateDecimal(input.currentRate, "current_rate"),
    parseRateDecimal(input.newRate, "new_rate"),
    parseMoneyDecimal(input.currentPi, "current_pi"),
    parseMoneyDecimal(input.newPi, "new_pi"),
    parseMoneyDecimal(input.closingCosts, "closing_costs"),
  ]);
  if (!read.ok) return read;
  const [currentRate, newRate, currentPi, newPi, costs] = read.value;
  const from = input.currentRateType ?? "FIXED";
  const to = input.newRateType ?? "FIXED";
  const p = rules.params;
  const checks: NtbCheck[] = [];

  // 38 U.S.C. 3709(a): all fees and closing costs recouped through the lower monthly payment within
  // 36 months: months = costs / (current P&I − new P&I), rounded up, ≤ 36.
  const saving = currentPi.minus(newPi);
  let recoup: number | undefined;
  if (costs.isZero()) recoup = 0;
  else if (saving.gt(0)) recoup = costs.div(saving).ceil().toNumber();
  checks.push({
    test: "recoupment",
    citation: "38 U.S.C. 3709(a)",
    applies: true,
    passed: recoup !== undefined && recoup <= p.recoupMaxMonths,
    detail:
      recoup === undefined
        ? `no monthly saving to recoup ${costs.toFixed(2)} of costs (P&I ${currentPi.toFixed(2)} → ${newPi.toFixed(2)})`
        : `costs ${costs.toFixed(2)} recouped in ${recoup} months (limit ${p.recoupMaxMonths})`,
  });

  // 38 U.S.C. 3709(b)(2): fixed to fixed, rate at least 0.50 point lower;
  // 38 U.S.C. 3709(b)(3): fixed to adjustable, at least 2.00 points lower. No rate test from an ARM.
  const drop = currentRate.minus(newRate);
  const minDrop =
    from === "FIXED"
      ? new D(to === "FIXED" ? p.fixedToFixedMinRateDrop : p.fixedToArmMinRateDrop)
      : undefined;
  checks.push({
    test: "rate_reduction",
    citation: to === "FIXED" ? "38 U.S.C. 3709(b)(2)" : "38 U.S.C. 3709(b)(3)",
    applies: minDrop !== undefined,
    passed: minDrop === undefined || drop.gte(minDrop),
    detail:
      minDrop === undefined
        ? `no rate-reduction test from an adjustable rate (${from} → ${to})`
        : `rate ${pct(currentRate)} → ${pct(newRate)}: down ${pct(drop)}, at least ${pct(minDrop)} required (${from} → ${to})`,
  });

  return ok({
    rule_set: rules.id,
    passed: checks.every((c) => c.passed),
    checks,
    ...(recoup !== undefined ? { recoup_months: recoup } : {}),
  });
}

export interface FhaStreamlineInput {
  readonly currentRate: Decimal.Value;
  readonly currentAnnualMip: Decimal.Value;
  readonly newRate: Decimal.Value;
  readonly newAnnualMip: Decimal.Value;
  readonly currentRateType?: RateType;
  readonly newRateType?: RateType;
}

/**
 * FHA streamline, fixed to fixed: the combined rate (note rate + annual MIP rate) must drop by at
 * least 0.50 point. Other rate-type combinations have their own tests in HUD 4000.1, not in this rule
 * set: `NA`.
 */
export function fhaStreamlineNetTangibleBenefit(
  input: FhaStreamlineInput,
  rules: FhaStreamlineRules = FHA_STREAMLINE_2015
): Result<NtbResult> {
  const read = allOf([
    parseRateDecimal(input.currentRate, "current_rate"),
    parseRateDecimal(input.currentAnnualMip, "current_annual_mip"),
    parseRateDecimal(input.newRate, "new_rate"),
    parseRateDecimal(input.newAnnualMip, "new_annual_mip"),
  ]);
  if (!read.ok) return read;
  const from = input.currentRateType ?? "FIXED";
  const to = input.newRateType ?? "FIXED";
  if (from !== "FIXED" || to !== "FIXED") {
    return fail(
      "NA",
      `${rules.id} has the fixed-to-fixed test only (got ${from} → ${to})`,
      "rate_type",
      `${from}->${to}`
    );
  }
  const [rate, mip, newRate, newMip] = read.value;
  const before = rate.plus(mip);
  const after = newRate.plus(newMip);
  const drop = before.minus(after);
  const minDrop = new D(rules.params.fixedToFixedMinCombinedRateDrop);
  // HUD 4000.1 II.A.8.d: fixed to fixed, new combined rate at least 0.5 point below the old one.
  const check: NtbCheck = {
    test: "combined_rate_reduction",
    citation: "HUD Handbook 4000.1 II.A.8.d",
    applies: true,
    passed: drop.gte(minDrop),
    detail: `combined rate ${pct(before)} → ${pct(after)}: down ${pct(drop)}, at least ${pct(minDrop)} required`,
  };
  return ok({ rule_set: rules.id, passed: check.passed, checks: [check] });
}
