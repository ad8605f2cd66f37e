import { Cell } from "../input";
import { Issue } from "../result";
import { FieldName, LoanFields, Use } from "../record-fields";

/** A problem with one field: always names the field (or `headers`/`values` for the row's shape). */
export interface RecordIssue extends Issue {
  readonly field: string;
}

/** A column the record does not know, kept as given. `column` is its 0-based position. */
export interface ExtraColumn {
  readonly header: string;
  readonly column: number;
  readonly value: Cell;
}

/**
 * One loan: each field the row gave, in the core's types (money in whole cents, rates as Decimal
 * fractions, months and counts as integers, dates as calendar dates), and what derives from them.
 */
export type LoanRecord = LoanFields & {
  /** Unknown columns, passed through in column order. */
  readonly extra: readonly ExtraColumn[];
  /** Fields computed rather than given: `pi_payment`, `escrow_payment`, `pre_hardship_pi`. */
  readonly derived: readonly FieldName[];
  /** The header each given field was read from. */
  readonly columns: { readonly [F in FieldName]?: string };
  /** What `market_rate` holds: PMMS itself (column headed `PMMS`) or the market rate. */
  readonly market_rate_basis?: "PMMS" | "MARKET_RATE";
};

export interface RecordReading {
  /** True when there is no issue at all. */
  readonly ok: boolean;
  readonly record: LoanRecord;
  readonly issues: readonly RecordIssue[];
}

export interface ReadOptions {
  /** Fields that must be present (reported `NA` by name when missing). */
  readonly require?: readonly FieldName[];
  /** Uses whose required fields must be present ("required for" of the field table); added to `require`. */
  readonly uses?: readonly Use[];
}
