import Decimal from "decimal.js";
import { D } from "./money";
import { Issue } from "./result";

/**
 * Checks for Decimal-valued inputs of the income and refinance functions (numbers, numeric text or
 * Decimals): a non-negative finite amount, or a rate as a fraction. Each failure is an issue naming
 * its argument.
 */

export function isIssue(x: Decimal | Issue): x is Issue {
  return !Decimal.isDecimal(x);
}

/** A non-negative finite amount, or the `VALUE` issue naming `field`. */
export function checkAmount(field: string, value: Decimal.Value): Decimal | Issue {
  let d: Decimal | undefined;
  try {
    d = new D(value);
  } catch {
    d = undefined;
  }
  if (d === undefined || !d.isFinite())
    return {
      code: "VALUE",
      field,
      value,
      reason: `${field} must be a number (got ${String(value)})`,
    };
  if (d.isNegative() && !d.isZero())
    return {
      code: "VALUE",
      field,
      value,
      reason: `${field} cannot be negative (got ${d.toString()})`,
    };
  return d.isZero() ? new D(0) : d;
}

/** A rate as a fraction from 0 to 1; above 1 is refused as a percent typed without its sign. */
export function checkRateFraction(field: string, value: Decimal.Value): Decimal | Issue {
  const d = checkAmount(field, value);
  if (isIssue(d)) return d;
  if (d.gt(1)) {
    return {
      code: "VALUE",
      field,
      value,
      reason: `${field} ${d.toString()} looks like a percent: enter ${d.div(100).toString()} or ${d.toString()}%`,
    };
  }
  return d;
}

/** All values when every check passed, else the issues. */
export function checkAll(checks: readonly (Decimal | Issue)[]): {
  values: Decimal[];
  issues: Issue[];
} {
  const issues = checks.filter(isIssue);
  return { values: issues.length ? [] : (checks as Decimal[]), issues };
}
