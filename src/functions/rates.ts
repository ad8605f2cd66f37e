import { arg, optional, perRow, positive, rate, required } from "./cells";
import { EIGHTH_POINT, marketRate } from "../core/market-rate";

/**
 * Market rate: rounds a rate to the nearest increment (0.125% by default, ties up), then adds the add-on. FHA adds 0.25%, VA 0.50%.
 * @customfunction MARKETRATE
 * @helpurl https://localhost:3000/help/marketrate.html
 * @param pmms The survey rate (Freddie Mac PMMS 30-year fixed) as a fraction (0.0687 or 6.87%).
 * @param [add_on] Added after rounding, as a fraction (0.0025 for 25 basis points). Default 0.
 * @param [increment] The rounding step as a fraction. Default 0.00125 (one eighth of a point).
 * @returns The rate as a fraction; a column when any argument is a column.
 */
export function marketrate(pmms: any[][], add_on?: any[][], increment?: any[][]): any[][] {
  return perRow(
    [
      arg("pmms", required(rate)),
      arg("add_on", optional(rate, 0)),
      arg("increment", optional(positive, EIGHTH_POINT.toNumber())),
    ] as const,
    [pmms, add_on, increment],
    (p, a, inc) => marketRate(p, a, inc).toNumber()
  );
}
