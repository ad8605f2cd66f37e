import { Cell, isBlank } from "../input";
import { HeaderMap, LoanRecord, RecordIssue, mapHeaders, readRow } from "../record";
import { FieldName, Use, fieldsRequiredFor } from "../record-fields";
import { ColumnDefault, planDefaults } from "./column-defaults";
import { DuplicateIds, loanIdColumn, loanIdOf } from "./loan-ids";
import { plausibilityIssues } from "./plausibility";
import { TapeCounts, TapeIssue } from "./tape-issue";

/**
 * Tape validation, row by row: a header row, then rows one at a time, each with its row number, so
 * a file of any length streams through in constant memory. A row is accepted with its loan record,
 * or rejected with every reason (row, loan id, field, value, reason): blank rows, rows with extra
 * or missing cells, cells the record cannot read, missing required fields, implausible values,
 * impossible dates, loan ids shared with other rows. Counts reconcile: read = accepted + rejected.
 *
 * Duplicate loan ids need the whole tape: a first pass counts them (LoanIdTally) and hands the
 * repeated ones in, so that every row sharing an id is rejected, the first one included.
 */

export interface TapeCheckOptions {
  /** Row number of the header row (1 unless rows above the table were skipped). */
  readonly headerRow?: number;
  /** Fields every row must give, besides loan_id. */
  readonly require?: readonly FieldName[];
  /** Uses whose required fields every row must give. */
  readonly uses?: readonly Use[];
  /** Ids on more than one row, from a first pass; without it duplicates are not looked for. */
  readonly duplicates?: DuplicateIds;
  /** Values given once for every loan; a blank cell takes them, a filled one wins. */
  readonly defaults?: readonly ColumnDefault[];
}

export type RowVerdict =
  | { readonly ok: true; readonly row: number; readonly record: LoanRecord }
  | {
      readonly ok: false;
      readonly row: number;
      readonly loanId?: string;
      readonly issues: readonly TapeIssue[];
    };

export interface TapeValidator {
  /** Problems with the header row itself. When there are any, every row is rejected. */
  readonly headerIssues: readonly TapeIssue[];
  /** Defaults not applied, and why. */
  readonly notes: readonly string[];
  /** Checks one row. Rows must come in order, each once. */
  row(rowNumber: number, cells: readonly Cell[]): RowVerdict;
  /** Rejects a row its reader could not split into cells (a quote never closed), with the reader's reason. */
  unreadable(rowNumber: number, reason: string): RowVerdict;
  /** The tally so far. */
  counts(): TapeCounts;
}

function rejectionsOf(issues: readonly RecordIssue[], row: number, loanId?: string): TapeIssue[] {
  return issues.map((i) => ({
    row,
    loanId,
    code: i.code,
    field: i.field,
    value: i.value,
    reason: i.reason,
  }));
}

function headerProblems(
  map: HeaderMap,
  required: readonly FieldName[],
  headerRow: number
): TapeIssue[] {
  const issues = rejectionsOf(map.issues, headerRow);
  const given = new Set(map.fieldAt.filter((f): f is FieldName => !!f));
  const duplicated = new Set(map.issues.map((i) => i.field));
  for (const field of required) {
    if (given.has(field) || duplicated.has(field)) continue;
    issues.push({
      row: headerRow,
      code: "NA",
      field,
      reason: `no column gives ${field}, which every row needs${field === "loan_id" ? " (head one column loan_id, Loan Number or Loan ID)" : ""}`,
    });
  }
  return issues;
}

export function tapeValidator(
  headers: readonly Cell[],
  options: TapeCheckOptions = {}
): TapeValidator {
  const headerRow = options.headerRow ?? 1;
  const width = headers.length;
  const plan = planDefaults(headers, options.defaults ?? []);
  const map = mapHeaders(plan.headers);
  const require: FieldName[] = [
    ...new Set<FieldName>([
      "loan_id",
      ...(options.require ?? []),
      ...fieldsRequiredFor(...(options.uses ?? [])),
    ]),
  ];
  const headerIssues = headerProblems(map, require, headerRow);
  const idColumn = loanIdColumn(headers);
  const duplicates = options.duplicates;
  const tally = { read: 0, accepted: 0, rejected: 0, blank: 0 };

  const reject = (row: number, loanId: string | undefined, issues: TapeIssue[]): RowVerdict => {
    tally.rejected++;
    return { ok: false, row, loanId, issues };
  };

  function row(rowNumber: number, cells: readonly Cell[]): RowVerdict {
    tally.read++;
    if (cells.every(isBlank)) {
      tally.blank++;
      return reject(rowNumber, undefined, [
        {
          row: rowNumber,
          code: "VALUE",
          field: "row",
          value: "",
          reason: "blank row: no cell has a value",
        },
      ]);
    }
    const issues: TapeIssue[] = [];
    if (headerIssues.length)
      issues.push({
        row: rowNumber,
        loanId: idColumn >= 0 ? loanIdOf(cells[idColumn]) : undefined,
        code: "VALUE",
        field: "header",
        reason: `the header row (row ${headerRow}) has problems, so no row of this tape can be read`,
      });
    if (cells.length !== width)
      issues.push({
        row: rowNumber,
        loanId: idColumn >= 0 ? loanIdOf(cells[idColumn]) : undefined,
        code: "VALUE",
        field: "row",
        value: cells.length,
        reason: `the row has ${cells.length} cells but the header row has ${width} columns (${cells.length > width ? "extra" : "missing"} cells)`,
      });
    const sized =
      cells.length === width
        ? cells
        : cells.length > width
          ? cells.slice(0, width)
          : [...cells, ...new Array<Cell>(width - cells.length).fill("")];
    const reading = readRow(map, plan.fill(sized), { require });
    const record = reading.record;
    const loanId = record.loan_id ?? (idColumn >= 0 ? loanIdOf(cells[idColumn]) : undefined);
    // readRow lists the header row's issues first: they are reported once, as the header's.
    issues.push(...rejectionsOf(reading.issues.slice(map.issues.length), rowNumber, loanId));
    const sharing = loanId === undefined ? undefined : duplicates?.get(loanId);
    if (sharing) {
      const others = sharing.filter((r) => r !== rowNumber);
      issues.push({
        row: rowNumber,
        loanId,
        code: "VALUE",
        field: "loan_id",
        value: loanId,
        reason: `loan_id ${JSON.stringify(loanId)} is also on row${others.length > 1 ? "s" : ""} ${others.join(", ")}: which row is right cannot be told, so every one is rejected`,
      });
    }
    issues.push(...plausibilityIssues(record, rowNumber, loanId));
    if (issues.length) return reject(rowNumber, loanId, issues);
    tally.accepted++;
    return { ok: true, row: rowNumber, record };
  }

  function unreadable(rowNumber: number, reason: string): RowVerdict {
    tally.read++;
    return reject(rowNumber, undefined, [{ row: rowNumber, code: "VALUE", field: "row", reason }]);
  }

  return { headerIssues, notes: plan.notes, row, unreadable, counts: () => ({ ...tally }) };
}
