import Decimal from "decimal.js";
import { Evaluation, Outcome } from "../programs/evaluation";
import { RatioName } from "../programs/outcome";
import { LoanNpv } from "../programs/loan-npv";
import { rateNumber } from "../input";
import type { ColumnKind, ColumnValue } from "./columns";

/*
 * The result columns read from the parts of a loan's outcome that a custom function gives on its
 * own: LM.WATERFALL's from an evaluation, LM.NPV's from the NPV test. RESULT_COLUMNS takes them in
 * (columns.ts), and the functions read their fields from them; kept apart from RESULT_COLUMNS so
 * the functions' bundle holds only these.
 */

/**
 * A column read from one part of a loan's outcome: its evaluation, or its NPV test. `field` says
 * whether it is a result field of that part's custom function (LM.WATERFALL, LM.NPV), which reads
 * its fields from these lists.
 */
export interface PartColumn<T> {
  readonly name: string;
  readonly kind: ColumnKind;
  readonly field: boolean;
  readonly of: (part: T) => ColumnValue;
}

/** A rate or ratio (a Decimal fraction) as the number a cell holds. */
export const fractionNumber = (v: Decimal | undefined): number | undefined =>
  v === undefined ? undefined : rateNumber(v);

/** An evaluation's ratio as the number a cell holds (made from its cents when it can be). */
const ratio = (e: Evaluation, name: RatioName): number | undefined =>
  e instanceof Outcome ? e.ratioNumber(name) : fractionNumber(e[name]);

function part<T>(
  name: string,
  kind: ColumnKind,
  of: (part: T) => ColumnValue,
  field = true
): PartColumn<T> {
  return { name, kind, field, of };
}

/** LM.WATERFALL's result fields in its order, with the rule set's version after its id. */
export const WATERFALL_COLUMNS: readonly PartColumn<Evaluation>[] = [
  part("program", "text", (e) => e.program),
  part("rule_set", "text", (e) => e.ruleSet),
  part("rule_set_version", "text", (e) => e.ruleSetVersion, false),
  part("eligible", "flag", (e) => e.eligible),
  part("target_met", "flag", (e) => e.targetMet),
  part("offerable", "flag", (e) => e.offerable),
  part("capitalized_upb", "money", (e) => e.capitalizedUpb),
  part("mtmltv", "ratio", (e) => ratio(e, "mtmltv")),
  part("new_rate", "rate", (e) => fractionNumber(e.newRate)),
  part("new_term", "whole", (e) => e.newTerm),
  part("forbearance", "money", (e) => e.forbearance),
  part("interest_bearing_upb", "money", (e) => e.interestBearingUpb),
  part("partial_claim", "money", (e) => e.partialClaim),
  part("new_pi", "money", (e) => e.newPi),
  part("new_pitia", "money", (e) => e.newPitia),
  part("pi_reduction", "ratio", (e) => ratio(e, "piReduction")),
  part("dti_after", "ratio", (e) => ratio(e, "dtiAfter")),
  part("reason", "text", (e) => e.reason),
];

/** LM.NPV's result fields, in its order. */
export const NPV_COLUMNS: readonly PartColumn<LoanNpv>[] = [
  part("npv_mod", "money", (v) => v.npv.npvMod),
  part("npv_fc", "money", (v) => v.npv.npvFc),
  part("npv_ss", "money", (v) => v.npv.npvSs),
  part("npv_benefit", "money", (v) => v.npv.npvBenefit),
  part("decision", "text", (v) => v.npv.decision),
  part("discount_rate", "rate", (v) => rateNumber(v.npv.discountRateAnnual)),
  part("months_to_reo_sale", "whole", (v) => v.npv.monthsToReoSale),
  part("mod_program", "text", (v) => v.modification.ruleSet),
  part("assumptions", "text", (v) => `${v.npv.assumptionsId} (${v.npv.assumptionsVersion})`),
];

/** The names of the result fields of a custom function, from its columns. */
export function functionFields<T>(columns: readonly PartColumn<T>[]): string[] {
  return columns.filter((c) => c.field).map((c) => c.name);
}
