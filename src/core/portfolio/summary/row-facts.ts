import { CalendarDate } from "../../calendar-date";
import { Cents } from "../../verified-rounding";
import { ColumnValue, RESULT_COLUMNS } from "../columns";

/**
 * What the portfolio summary reads of one loan, taken from its result row (RESULT_COLUMNS order)
 * and nothing else: so every figure of the report can be recomputed from the per-loan sheet.
 */
export interface RowFacts {
  readonly row: number;
  readonly loanId: string;
  readonly investor: string;
  readonly state: string;
  /** Unpaid principal balance in cents (0 when the row has none). */
  readonly upb: Cents;
  readonly asOf?: CalendarDate;
  readonly daysDelinquent?: number;
  /** The recommended option's plain name, or "No workout". */
  readonly program: string;
  readonly ruleSet: string;
  readonly ruleSetVersion: string;
  readonly offerable: boolean;
  readonly noteRate?: number;
  readonly newRate?: number;
  readonly remainingTerm?: number;
  readonly newTerm?: number;
  readonly capitalizedUpb?: Cents;
  readonly forbearance?: Cents;
  readonly partialClaim?: Cents;
  readonly pi?: Cents;
  readonly newPi?: Cents;
  readonly npvBenefit?: Cents;
  /** The modification the NPV test valued (its rule-set id). */
  readonly modProgram?: string;
  /** "NPV-2026 (2026-11-27)": the NPV assumptions' id and version. */
  readonly npvAssumptions?: string;
  readonly liveContactBy?: CalendarDate;
  readonly writtenNoticeBy?: CalendarDate;
  readonly firstFilingFrom?: CalendarDate;
  readonly acknowledgeBy?: CalendarDate;
  readonly evaluateBy?: CalendarDate;
  readonly acceptanceDays?: number;
  readonly regxRuleSet?: string;
}

const AT: Readonly<Record<string, number>> = Object.fromEntries(
  RESULT_COLUMNS.map((c, i) => [c.name, i])
);

/** The index of a result column by name; throws at load time when a name is not a column. */
function at(name: string): number {
  const i = AT[name];
  if (i === undefined) throw new Error(`no result column named ${name}`);
  return i;
}

const I = {
  row: at("row"),
  loanId: at("loan_id"),
  investor: at("investor"),
  state: at("property_state"),
  upb: at("upb"),
  asOf: at("as_of_date"),
  days: at("days_delinquent"),
  program: at("program"),
  ruleSet: at("rule_set"),
  ruleSetVersion: at("rule_set_version"),
  offerable: at("offerable"),
  noteRate: at("note_rate"),
  newRate: at("new_rate"),
  remainingTerm: at("remaining_term"),
  newTerm: at("new_term"),
  capitalizedUpb: at("capitalized_upb"),
  forbearance: at("forbearance"),
  partialClaim: at("partial_claim"),
  pi: at("pi_payment"),
  newPi: at("new_pi"),
  npvBenefit: at("npv_benefit"),
  modProgram: at("mod_program"),
  assumptions: at("assumptions"),
  liveContact: at("live_contact_by"),
  writtenNotice: at("written_notice_by"),
  firstFiling: at("first_filing_from"),
  acknowledge: at("acknowledge_by"),
  evaluate: at("evaluate_by"),
  acceptance: at("acceptance_days"),
  regx: at("regx_rule_set"),
};

const num = (v: ColumnValue): number | undefined => (typeof v === "number" ? v : undefined);
const text = (v: ColumnValue): string => (typeof v === "string" ? v : "");
const date = (v: ColumnValue): CalendarDate | undefined =>
  typeof v === "object" && v !== null ? v : undefined;
const optText = (v: ColumnValue): string | undefined =>
  typeof v === "string" && v !== "" ? v : undefined;

/** The facts of one loan's result row. */
export function rowFacts(row: readonly ColumnValue[]): RowFacts {
  return {
    row: num(row[I.row]) ?? 0,
    loanId: text(row[I.loanId]),
    investor: text(row[I.investor]),
    state: text(row[I.state]),
    upb: num(row[I.upb]) ?? 0,
    asOf: date(row[I.asOf]),
    daysDelinquent: num(row[I.days]),
    program: text(row[I.program]),
    ruleSet: text(row[I.ruleSet]),
    ruleSetVersion: text(row[I.ruleSetVersion]),
    offerable: row[I.offerable] === true,
    noteRate: num(row[I.noteRate]),
    newRate: num(row[I.newRate]),
    remainingTerm: num(row[I.remainingTerm]),
    newTerm: num(row[I.newTerm]),
    capitalizedUpb: num(row[I.capitalizedUpb]),
    forbearance: num(row[I.forbearance]),
    partialClaim: num(row[I.partialClaim]),
    pi: num(row[I.pi]),
    newPi: num(row[I.newPi]),
    npvBenefit: num(row[I.npvBenefit]),
    modProgram: optText(row[I.modProgram]),
    npvAssumptions: optText(row[I.assumptions]),
    liveContactBy: date(row[I.liveContact]),
    writtenNoticeBy: date(row[I.writtenNotice]),
    firstFilingFrom: date(row[I.firstFiling]),
    acknowledgeBy: date(row[I.acknowledge]),
    evaluateBy: date(row[I.evaluate]),
    acceptanceDays: num(row[I.acceptance]),
    regxRuleSet: optText(row[I.regx]),
  };
}
