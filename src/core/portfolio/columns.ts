import Decimal from "decimal.js";
import { CalendarDate } from "../calendar-date";
import { LoanRecord } from "../record";
import { Evaluation, Outcome } from "../programs/evaluation";
import { RatioName } from "../programs/outcome";
import { rateNumber } from "../input";
import { LoanNpv } from "../programs/loan-npv";
import { REGX_FIELDS, REGX_FIELD_KINDS, RegxField } from "../regx/deadlines";
import { Cents } from "../verified-rounding";
import { LoanOutcome } from "./outcome";

/**
 * The result columns of a loan, described once: the command line's CSV, JSON and XLSX, and the
 * portfolio report's per-loan table all read this list. Each column has a name (the result field's
 * name in LM.WATERFALL, LM.NPV and LM.REGXDATES, or the record field's), a kind, and how to read it.
 *
 * Values by kind: text a string; money integer cents; ratio and rate a fraction (0.065); date a
 * calendar date; whole an integer; flag a boolean. A blank result is undefined.
 */
export type ColumnKind = "text" | "money" | "ratio" | "rate" | "date" | "whole" | "flag";
export type ColumnValue = string | number | boolean | CalendarDate | undefined;
export type ColumnGroup = "loan" | "waterfall" | "npv" | "regx";

export interface ResultColumn {
  readonly name: string;
  readonly kind: ColumnKind;
  readonly group: ColumnGroup;
  readonly read: (o: LoanOutcome) => ColumnValue;
}

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
const num = (v: Decimal | undefined): number | undefined =>
  v === undefined ? undefined : rateNumber(v);

/** An evaluation's ratio as the number a cell holds (made from its cents when it can be). */
const ratio = (e: Evaluation, name: RatioName): number | undefined =>
  e instanceof Outcome ? e.ratioNumber(name) : num(e[name]);

function field(name: keyof LoanRecord & string, kind: ColumnKind): ResultColumn {
  const pick = (o: LoanOutcome) => o.record[name] as unknown;
  const read: (o: LoanOutcome) => ColumnValue =
    kind === "money"
      ? (o) => pick(o) as Cents | undefined
      : kind === "rate" || kind === "ratio"
        ? (o) => num(pick(o) as Decimal | undefined)
        : (o) => pick(o) as ColumnValue;
  return { name, kind, group: "loan", read };
}

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
  part("new_rate", "rate", (e) => num(e.newRate)),
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

/** A Reg X column: LM.REGXDATES's field of that name. */
function regx(name: RegxField): ResultColumn {
  return { name, kind: REGX_FIELD_KINDS[name], group: "regx", read: (o) => o.regx[name] };
}

export const RESULT_COLUMNS: readonly ResultColumn[] = [
  { name: "row", kind: "whole", group: "loan", read: (o) => o.row },
  field("loan_id", "text"),
  field("investor", "text"),
  field("property_state", "text"),
  field("occupancy", "text"),
  field("upb", "money"),
  field("note_rate", "rate"),
  field("remaining_term", "whole"),
  field("pi_payment", "money"),
  field("escrow_payment", "money"),
  field("months_delinquent", "whole"),
  field("next_due_date", "date"),
  field("gross_monthly_income", "money"),
  field("property_value", "money"),
  field("as_of_date", "date"),
  ...WATERFALL_COLUMNS.map((c): ResultColumn => ({
    name: c.name,
    kind: c.kind,
    group: "waterfall",
    read: (o) => c.of(o.evaluation),
  })),
  // LM.NPV's result fields, then why NPV is blank when it is.
  ...NPV_COLUMNS.map((c): ResultColumn => ({
    name: c.name,
    kind: c.kind,
    group: "npv",
    read: (o) => (o.npv.ok ? c.of(o.npv.value) : undefined),
  })),
  {
    name: "npv_note",
    kind: "text",
    group: "npv",
    read: (o) => (o.npv.ok ? undefined : o.npv.issues.map((i) => i.reason).join("; ")),
  },
  // LM.REGXDATES's result fields, and the Reg X rule set.
  ...REGX_FIELDS.map(regx),
  { name: "regx_rule_set", kind: "text", group: "regx", read: (o) => o.regx.rule_set },
];

/** One loan's values, in RESULT_COLUMNS order. */
export function resultRow(o: LoanOutcome): ColumnValue[] {
  return RESULT_COLUMNS.map((c) => c.read(o));
}
