import Decimal from "decimal.js";
import { CalendarDate } from "../calendar-date";
import { LoanRecord } from "../record";
import { Evaluation, Outcome } from "../programs/evaluation";
import { RatioName } from "../programs/outcome";
import { rateNumber } from "../input";
import { NpvResult } from "../npv";
import { RegxDates } from "../regx/deadlines";
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

function result(
  name: string,
  kind: ColumnKind,
  read: (e: Evaluation) => ColumnValue
): ResultColumn {
  return { name, kind, group: "waterfall", read: (o) => read(o.evaluation) };
}

function npv(
  name: string,
  kind: ColumnKind,
  read: (n: NpvResult, o: LoanOutcome) => ColumnValue
): ResultColumn {
  return {
    name,
    kind,
    group: "npv",
    read: (o) => (o.npv.ok ? read(o.npv.value.npv, o) : undefined),
  };
}

function regx<F extends keyof RegxDates>(name: F, kind: ColumnKind): ResultColumn {
  return { name, kind, group: "regx", read: (o) => o.regx[name] as ColumnValue };
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
  // LM.WATERFALL's result fields, in its order.
  result("program", "text", (e) => e.program),
  result("rule_set", "text", (e) => e.ruleSet),
  result("rule_set_version", "text", (e) => e.ruleSetVersion),
  result("eligible", "flag", (e) => e.eligible),
  result("target_met", "flag", (e) => e.targetMet),
  result("offerable", "flag", (e) => e.offerable),
  result("capitalized_upb", "money", (e) => e.capitalizedUpb),
  result("mtmltv", "ratio", (e) => ratio(e, "mtmltv")),
  result("new_rate", "rate", (e) => num(e.newRate)),
  result("new_term", "whole", (e) => e.newTerm),
  result("forbearance", "money", (e) => e.forbearance),
  result("interest_bearing_upb", "money", (e) => e.interestBearingUpb),
  result("partial_claim", "money", (e) => e.partialClaim),
  result("new_pi", "money", (e) => e.newPi),
  result("new_pitia", "money", (e) => e.newPitia),
  result("pi_reduction", "ratio", (e) => ratio(e, "piReduction")),
  result("dti_after", "ratio", (e) => ratio(e, "dtiAfter")),
  result("reason", "text", (e) => e.reason),
  // LM.NPV's result fields, then why NPV is blank when it is.
  npv("npv_mod", "money", (n) => n.npvMod),
  npv("npv_fc", "money", (n) => n.npvFc),
  npv("npv_ss", "money", (n) => n.npvSs),
  npv("npv_benefit", "money", (n) => n.npvBenefit),
  npv("decision", "text", (n) => n.decision),
  npv("discount_rate", "rate", (n) => rateNumber(n.discountRateAnnual)),
  npv("months_to_reo_sale", "whole", (n) => n.monthsToReoSale),
  npv("mod_program", "text", (_n, o) => (o.npv.ok ? o.npv.value.modification.ruleSet : undefined)),
  npv("assumptions", "text", (n) => `${n.assumptionsId} (${n.assumptionsVersion})`),
  {
    name: "npv_note",
    kind: "text",
    group: "npv",
    read: (o) => (o.npv.ok ? undefined : o.npv.issues.map((i) => i.reason).join("; ")),
  },
  // LM.REGXDATES's result fields, and the Reg X rule set.
  regx("live_contact_by", "date"),
  regx("written_notice_by", "date"),
  regx("first_filing_from", "date"),
  regx("acknowledge_by", "date"),
  regx("evaluate_by", "date"),
  regx("appeal_available", "flag"),
  regx("acceptance_days", "whole"),
  regx("days_delinquent", "whole"),
  { name: "regx_rule_set", kind: "text", group: "regx", read: (o) => o.regx.rule_set },
];

/** One loan's values, in RESULT_COLUMNS order. */
export function resultRow(o: LoanOutcome): ColumnValue[] {
  return RESULT_COLUMNS.map((c) => c.read(o));
}
