import { Cell, isBlank } from "../input";
import { IssueCode } from "../result";
import { FieldName, fieldsRequiredFor } from "../record-fields";
import { mapHeaders } from "./headers";
import { repeatedIdIssue, repeatedIds } from "./loan-ids";
import { readRow } from "./row";
import { LoanRecord, ReadOptions, RecordIssue, RecordReading } from "./types";

export interface TapeRecord {
  /** Row number as the sheet or file shows it (the header row is `firstRow − 1`). */
  readonly row: number;
  readonly record: LoanRecord;
}

export interface RejectedCell {
  readonly row: number;
  readonly code: IssueCode;
  readonly field: string;
  readonly value?: unknown;
  readonly reason: string;
}

export interface TapeReading {
  readonly records: readonly TapeRecord[];
  /** One entry per problem; a rejected row may have several. */
  readonly rejected: readonly RejectedCell[];
  /** Issues with the header row itself (they also reject every row). */
  readonly headerIssues: readonly RecordIssue[];
  /** read = evaluated + rejected; blank rows are skipped and not read. */
  readonly counts: {
    readonly read: number;
    readonly evaluated: number;
    readonly rejected: number;
    readonly blank: number;
  };
}

export interface TapeOptions extends ReadOptions {
  /** Row number of the first data row (default 2: headers on row 1). */
  readonly firstRow?: number;
}

/**
 * Reads a loan tape. Every row is read against the same headers; `loan_id` is always required and
 * must be unique (every row sharing an id is rejected: which one is right cannot be told). A row
 * with any issue is rejected and reported cell by cell; the others are returned with their row
 * numbers. Wholly blank rows are skipped.
 */
export function readLoanTape(
  headers: readonly Cell[],
  rows: readonly (readonly Cell[])[],
  options: TapeOptions = {}
): TapeReading {
  const map = mapHeaders(headers);
  const firstRow = options.firstRow ?? 2;
  const require: FieldName[] = [
    "loan_id",
    ...(options.require ?? []),
    ...fieldsRequiredFor(...(options.uses ?? [])),
  ];
  const readings: { row: number; reading: RecordReading }[] = [];
  let blank = 0;
  rows.forEach((values, i) => {
    if (values.every(isBlank)) {
      blank++;
      return;
    }
    readings.push({ row: firstRow + i, reading: readRow(map, values, { require }) });
  });

  const repeated = repeatedIds(
    readings.map((r) => r.reading.record.loan_id),
    readings.map((r) => r.row)
  );
  const records: TapeRecord[] = [];
  const rejected: RejectedCell[] = [];
  let rejectedRows = 0;
  readings.forEach(({ row, reading }, i) => {
    const problems: RejectedCell[] = reading.issues.map((issue) => ({
      row,
      code: issue.code,
      field: issue.field,
      value: issue.value,
      reason: issue.reason,
    }));
    const same = repeated.get(i);
    if (same) problems.push({ row, ...repeatedIdIssue(reading.record.loan_id!, same, "the tape") });
    if (problems.length) {
      rejectedRows++;
      rejected.push(...problems);
    } else {
      records.push({ row, record: reading.record });
    }
  });
  return {
    records,
    rejected,
    headerIssues: map.issues,
    counts: { read: readings.length, evaluated: records.length, rejected: rejectedRows, blank },
  };
}
