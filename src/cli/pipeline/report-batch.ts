/**
 * The report's share of a batch, made where the batch is evaluated (a worker thread on a large
 * tape): each evaluated loan tallied into a partial summary and written as a per-loan table row,
 * one JSON line each. The main thread appends the lines to a file and merges the summaries, so it
 * never holds a loan's outcome, and the per-loan rows never wait in memory.
 */
import { ColumnValue, PortfolioTally, TallyState } from "../../core/portfolio";
import { perLoanRows } from "../../report/portfolio/per-loan";

export interface ReportBatchResult {
  /** One JSON array per line: the loan's per-loan table row (dates as Excel serials). */
  readonly lines: string;
  readonly tally: TallyState;
}

const makeRow = perLoanRows();

export class ReportBatch {
  private readonly tally = new PortfolioTally();
  private lines = "";

  /** An evaluated loan's result row. */
  add(row: readonly ColumnValue[]): void {
    const facts = this.tally.add(row);
    this.lines += `${JSON.stringify(makeRow(row, facts))}\n`;
  }

  /** A row that passed the tape check but that the program could not evaluate. */
  notEvaluable(): void {
    this.tally.addNotEvaluable(1);
  }

  result(): ReportBatchResult {
    return { lines: this.lines, tally: this.tally.state };
  }
}
