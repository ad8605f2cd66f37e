/**
 * The exceptions table: one row per problem of every rejected row (row, loan id, field, value,
 * reason), in row order, as the command line's exceptions file lists them.
 */
import type { TapeIssue } from "../../core/tape";
import { NumberFormats, TableColumn, TableRow } from "../model";

export const EXCEPTIONS_TABLE = "Exceptions";

export const EXCEPTION_COLUMNS: readonly TableColumn[] = [
  { header: "Row", format: NumberFormats.whole },
  { header: "Loan id", format: NumberFormats.text },
  { header: "Field", format: NumberFormats.text },
  { header: "Value", format: NumberFormats.text },
  { header: "Reason", format: NumberFormats.text },
];

export const EXCEPTION_WIDTHS: readonly number[] = [8, 14, 22, 24, 110];

/** A rejected cell's value as the tape held it, as text. */
export function issueValueText(v: unknown): string {
  if (v === undefined || v === null) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "bigint") return String(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (Array.isArray(v)) return v.map(issueValueText).join(", ");
  return JSON.stringify(v) ?? "";
}

export function exceptionRow(i: TapeIssue): TableRow {
  return [i.row, i.loanId ?? null, i.field, issueValueText(i.value), i.reason];
}
