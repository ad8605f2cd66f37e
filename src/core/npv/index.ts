/**
 * The NPV comparison: a modification against foreclosure and a short sale, under dated assumptions
 * the user can override field by field, with the full list of what each result was made from.
 */
export type { NpvComponents, NpvDecision, NpvInputs, NpvItem, NpvResult } from "./types";
export { annuityFactor, discountFactor } from "./factors";
export type { NpvOverrides } from "./overrides";
export { withOverrides } from "./overrides";
export { overridesFromRecord } from "./record-overrides";
export { npvCompare } from "./compare";
