import { Cell } from "../input";
import { RecordIssue, mapHeaders, readRow } from "../record";
import { FIELD_TABLE } from "../record-fields";
import { parseField } from "../record/field-values";

/** Loan ids given on more than one row, each with every row that gives it, in row order. */
export type DuplicateIds = ReadonlyMap<string, readonly number[]>;

/** The one-column header the id cells are read against: the record's own parser reads each id. */
const ID_ONLY = mapHeaders(["loan_id"]);

/** The column holding loan_id in a header row, or -1 when no column (or more than one) gives it. */
export function loanIdColumn(headers: readonly Cell[]): number {
  return mapHeaders(headers).fieldAt.indexOf("loan_id");
}

/**
 * A loan id cell as the record reads it (trimmed text; a number as its text); undefined when blank
 * or unreadable. Text with nothing to trim is its own id (the fast path; a property test holds it to
 * the record's reading); anything else is read by the record's parser of loan_id, as readRow does.
 */
export function loanIdOf(cell: Cell): string | undefined {
  if (cell === undefined || cell === null || cell === "") return undefined;
  if (typeof cell === "string" && cell.trim() === cell) return cell;
  const id = parseField("loan_id", FIELD_TABLE.loan_id.kind, cell);
  return id.ok ? (id.value as string) : undefined;
}

/** The exact path alone, for the property test of loanIdOf's fast path. */
export function loanIdByRecord(cell: Cell): string | undefined {
  return readRow(ID_ONLY, [cell]).record.loan_id;
}

/**
 * The first pass over a tape: counts loan ids, so the second pass can reject every row that shares
 * one. It keeps the ids and the row numbers of repeated ids, never the rows themselves.
 */
export class LoanIdTally {
  private readonly column: number;
  private readonly firstRow = new Map<string, number>();
  private readonly repeated = new Map<string, number[]>();

  constructor(headers: readonly Cell[]) {
    this.column = loanIdColumn(headers);
  }

  add(row: number, cells: readonly Cell[]): void {
    if (this.column < 0) return;
    const id = loanIdOf(cells[this.column]);
    if (id === undefined) return;
    const first = this.firstRow.get(id);
    if (first === undefined) {
      this.firstRow.set(id, row);
      return;
    }
    const rows = this.repeated.get(id);
    if (rows) rows.push(row);
    else this.repeated.set(id, [first, row]);
  }

  /** Distinct ids seen. */
  get distinct(): number {
    return this.firstRow.size;
  }

  duplicates(): DuplicateIds {
    return this.repeated;
  }

  /** Every distinct id seen, in the order first seen (each iteration walks them again). */
  ids(): Iterable<string> {
    const firstRow = this.firstRow;
    return { [Symbol.iterator]: () => firstRow.keys() };
  }
}

/**
 * The issue of a row whose loan_id other rows give too, for a caller that names every row sharing
 * it (`rows`, its own included) and where they are: "this call's values".
 */
export function repeatedIdIssue(id: string, rows: readonly number[], where: string): RecordIssue {
  return {
    code: "VALUE",
    field: "loan_id",
    value: id,
    reason: `loan_id: ${JSON.stringify(id)} is not unique in ${where} (rows ${rows.join(", ")})`,
  };
}
