import Decimal from "decimal.js";
import { CalendarDate } from "../calendar-date";
import { LoanRecord } from "../record";
import { REGX_FIELDS, REGX_FIELD_KINDS, RegxField } from "../regx/deadlines";
import { Cents } from "../verified-rounding";
import { LoanOutcome } from "./outcome";
import { NPV_COLUMNS, WATERFALL_COLUMNS, fractionNumber } from "./part-columns";

export type { PartColumn } from "./part-columns";
export { NPV_COLUMNS, WATERFALL_COLUMNS, functionFields } from "./part-columns";

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

function field(name: keyof LoanRecord & string, kind: ColumnKind): ResultColumn {
  const pick = (o: LoanOutcome) => o.record[name] as unknown;
  const read: (o: LoanOutcome) => ColumnValue =
    kind === "money"
      ? (o) => pick(o) as Cents | undefined
      : kind === "rate" || kind === "ratio"
        ? (o) => fractionNumber(pick(o) as Decimal | undefined)
        : (o) => pick(o) as ColumnValue;
  return { name, kind, group: "loan", read };
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
