import Decimal from "decimal.js";
import { marketRate } from "../market-rate";
import { LoanFacts } from "./loan-facts";
import { pct } from "./display";

/**
 * The market rate a government modification is offered at (FHA-2025, VA-2026), from the record's
 * `market_rate`: taken as given when it is the market rate, rounded to the nearest increment with the
 * rule set's add-on when the column holds PMMS itself (loan-tape.md; programs.md section 1).
 */
export function offerMarketRate(
  f: LoanFacts,
  addOn: Decimal.Value,
  increment: Decimal.Value
): { rate: Decimal; basis: string } {
  const given = f.marketRate!;
  if (!f.marketRateIsPmms) return { rate: given, basis: `the record's market rate ${pct(given)}` };
  const rate = marketRate(given, addOn, increment);
  return {
    rate,
    basis: `PMMS ${pct(given)} rounded to the nearest ${pct(increment)} plus ${pct(addOn)}: ${pct(rate)}`,
  };
}
