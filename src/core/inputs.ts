import Decimal from "decimal.js";
import { D } from "./money";
import { Issue } from "./result";

/**
 * Range checks for the engine's inputs, shared by the core (which re-checks what it is given) and
 * the Excel adapter (which names the user's own argument in the message).
 */

/** Ten trillion dollars: past any loan, and still exact in cents as a double (2^53 cents ≈ 9.0e13). */
export const MAX_MONEY = 1e13;
/** 100 years. Programs stop at 480 months; the payment math allows more for modelling. */
export const MAX_TERM_MONTHS = 1200;

export function checkMoney(field: string, value: number): Issue | undefined {
  if (!Number.isFinite(value))
    return { code: "VALUE", field, value, reason: `${field} must be a number` };
  if (value < 0)
    return { code: "VALUE", field, value, reason: `${field} cannot be negative (got ${value})` };
  if (value > MAX_MONEY)
    return {
      code: "NUM",
      field,
      value,
      reason: `${field} is larger than ${MAX_MONEY.toExponential()} dollars`,
    };
  return undefined;
}

/**
 * Annual rates are fractions (0.065 = 6.5%). A value above 1 is almost always a percent typed as a
 * number, so it is refused with a hint rather than read as 650%. At or below −100% there is no payment.
 */
export function checkRate(field: string, value: number): Issue | undefined {
  if (!Number.isFinite(value))
    return { code: "VALUE", field, value, reason: `${field} must be a number` };
  if (value > 1)
    return {
      code: "VALUE",
      field,
      value,
      reason: `${field} ${value} looks like a percent: enter ${new D(value).div(100).toString()} or ${value}%`,
    };
  if (value <= -1) return { code: "NUM", field, value, reason: `${field} must be above -100%` };
  return undefined;
}

export function checkTerm(field: string, value: number): Issue | undefined {
  if (!Number.isFinite(value))
    return { code: "VALUE", field, value, reason: `${field} must be a number of months` };
  if (value <= 0)
    return {
      code: "NUM",
      field,
      value,
      reason: `${field} must be at least 1 month (got ${value})`,
    };
  if (!Number.isInteger(value))
    return {
      code: "VALUE",
      field,
      value,
      reason: `${field} must be a whole number of months (got ${value})`,
    };
  if (value > MAX_TERM_MONTHS)
    return { code: "NUM", field, value, reason: `${field} is more than ${MAX_TERM_MONTHS} months` };
  return undefined;
}

export function checkCount(field: string, value: number, max = MAX_TERM_MONTHS): Issue | undefined {
  if (!Number.isFinite(value) || !Number.isInteger(value))
    return {
      code: "VALUE",
      field,
      value,
      reason: `${field} must be a whole number (got ${value})`,
    };
  if (value < 0)
    return { code: "VALUE", field, value, reason: `${field} cannot be negative (got ${value})` };
  if (value > max) return { code: "NUM", field, value, reason: `${field} is more than ${max}` };
  return undefined;
}

/** Money is taken to the cent (half-up) before any arithmetic: the engine's amounts are whole cents. */
export function toCents(value: number): number {
  const c = value * 100;
  const r = Math.round(c);
  // Math.round rounds ties toward +∞ and the product may sit a hair off a tie: decide those exactly.
  if (Math.abs(Math.abs(c - Math.trunc(c)) - 0.5) < 1e-6) {
    return new D(value).times(100).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();
  }
  return r;
}

export function collect(...checks: (Issue | undefined)[]): Issue[] {
  return checks.filter((c): c is Issue => c !== undefined);
}
