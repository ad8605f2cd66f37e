import { Cents } from "./verified-rounding";
import { levelPaymentCents } from "./schedule";
import { Issue } from "./result";

/**
 * P&I of a modification: the level payment on the interest-bearing balance, which is the UPB plus
 * the capitalized arrears less any non-interest-bearing forbearance (docs/rules/conventions.md).
 */
export function modifiedPaymentCents(
  upb: Cents,
  capitalizedArrears: Cents,
  forbearance: Cents,
  annualRate: number,
  termMonths: number
): Cents | Issue {
  const gross = upb + capitalizedArrears;
  if (forbearance > gross)
    return {
      code: "VALUE",
      field: "forbearance",
      value: forbearance / 100,
      reason: `forbearance ${forbearance / 100} is more than upb + capitalized arrears ${gross / 100}`,
    };
  return levelPaymentCents(gross - forbearance, annualRate, termMonths);
}
