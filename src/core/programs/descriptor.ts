import { LoanRecord, requireFields } from "../record";
import { FieldName } from "../record-fields";
import { Issue, Result } from "../result";
import { RuleSet } from "../rules/rule-set";
import { Evaluation } from "./evaluation";
import { requirePositive } from "./positive-fields";

/** What an option is: a workout keeps the borrower in the home; a liquidation ends the loan. */
export type ProgramKind = "workout" | "liquidation";

/**
 * What the NPV test uses from an option: the investor's modification (its P&I, term and forborne
 * balloon, valued against foreclosure), or the short sale (its net proceeds, discounted as NPV_SS).
 */
export type NpvRole = "modification" | "short_sale";

/** The record fields a program reads. */
export interface FieldUse {
  /** The fields it cannot be evaluated without: each missing one is an NA issue naming it. */
  readonly required: readonly FieldName[];
  /** Of the required money fields, those that must be above 0 (a value a ratio divides by). */
  readonly positive?: readonly FieldName[];
  /** The fields it reads when they are given (a missing one is said in its audit trail, or taken as 0). */
  readonly optional: readonly FieldName[];
  /** Columns of the record it reads by header, beyond the record's fields ("offer_price" ...). */
  readonly columns?: readonly string[];
}

/**
 * One program, described once: every list of programs (the registry, the AUTO orders' check, the
 * fields each program needs, the NPV mapping, LM.WATERFALL's documentation) is derived from these.
 */
export interface ProgramDescriptor extends FieldUse {
  readonly positive: readonly FieldName[];
  readonly columns: readonly string[];
  /** The rule-set id: what LM.WATERFALL's `program` argument and the AUTO orders name. */
  readonly id: string;
  /** Its plain name ("GSE Flex Modification"). */
  readonly name: string;
  readonly kind: ProgramKind;
  /** The rule set it runs: id, version, effective date, sources. */
  readonly rules: RuleSet<unknown>;
  /** What the NPV test uses from it, if anything. */
  readonly npv?: NpvRole;
  /** Evaluates one loan: its evaluation, or the issues naming the fields it lacks. */
  readonly evaluate: (record: LoanRecord) => Result<Evaluation>;
}

/** The loan's terms every evaluation starts from. */
export const TERMS_FIELDS: readonly FieldName[] = ["upb", "note_rate", "remaining_term"];

/** The housing payment and the income a housing-ratio target is measured on. */
export const HOUSING_FIELDS: readonly FieldName[] = [
  "pi_payment",
  "escrow_payment",
  "gross_monthly_income",
];

/** What capitalization and the total debt read: the arrears, and the late fees said to be waived. */
export const ARREARS_FIELDS: readonly FieldName[] = [
  "past_due_interest",
  "escrow_advances",
  "servicing_advances",
  "late_fees",
];

/** A descriptor, its id taken from its rule set. */
export function describeProgram(
  d: Omit<ProgramDescriptor, "id" | "positive" | "columns"> & FieldUse
): ProgramDescriptor {
  return { id: d.rules.id, ...d, positive: d.positive ?? [], columns: d.columns ?? [] };
}

/**
 * The issues that keep a program from evaluating a record: an NA issue naming each required field
 * it lacks, else a VALUE issue naming each positive one given as 0.
 */
export function fieldIssues(record: LoanRecord, use: FieldUse, purpose: string): Issue[] {
  const all = use.required.every((f) => record[f] !== undefined);
  const missing = all ? [] : requireFields(record, use.required, purpose);
  if (missing.length || !use.positive?.length) return missing;
  return requirePositive(record, use.positive, purpose);
}
