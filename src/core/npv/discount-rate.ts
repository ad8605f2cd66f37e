import Decimal from "decimal.js";
import { rememberNumber } from "../input";
import { D } from "../money";
import { ParamValues } from "./params";

/** The discount rate from a PMMS under read parameters: PMMS + spread, and a month's share of it. */
export interface DiscountRate {
  readonly pmms: Decimal;
  /** PMMS + spread. */
  readonly annual: Decimal;
  /** annual / 12, full precision. */
  readonly d: Decimal;
  /** d as the double nearest to it (the float model's). */
  readonly dNumber: number;
}

const RATES = new WeakMap<ParamValues, Map<number, DiscountRate>>();
/** PMMS values kept per parameters: one a week for decades is still a few thousand. */
const MAX_RATES = 4096;

/**
 * The discount rate for a PMMS, made once per PMMS and parameters (a tape has one PMMS, or a few):
 * Decimals are immutable, so every loan at that PMMS shares them.
 */
export function discountRate(a: ParamValues, pmmsRate: number): DiscountRate {
  let rates = RATES.get(a);
  if (rates === undefined) {
    rates = new Map();
    RATES.set(a, rates);
  }
  let r = rates.get(pmmsRate);
  if (r === undefined) {
    const pmms = new D(pmmsRate);
    const annual = pmms.plus(a.spread);
    const d = annual.div(12);
    r = { pmms, annual, d, dNumber: d.toNumber() };
    if (rates.size < MAX_RATES) {
      rates.set(pmmsRate, r);
      rememberNumber(annual, annual.toNumber());
    }
  }
  return r;
}
