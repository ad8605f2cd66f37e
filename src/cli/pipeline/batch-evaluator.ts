import { Cell } from "../../core/record";
import { fieldsNeededBy } from "../../core/programs/catalogue";
import { DuplicateIds, RunCounts, TapeIssue, TapeValidator, tapeValidator } from "../../core/tape";
import {
  ColumnValue,
  MarketSettings,
  RESULT_COLUMNS,
  ResolvedSettings,
  evaluateTapeLoan,
  resolveSettings,
  resultRow,
} from "../../core/portfolio";
import { NpvAssumptions } from "../../core/rules/npv-2026";
import { csvResultLine, jsonCellValue } from "../output/cell-text";
import { TapeRow } from "../tape/tape-row";
import { ReportBatch, ReportBatchResult } from "./report-batch";

const KINDS = RESULT_COLUMNS.map((c) => c.kind);

/**
 * What a batch's evaluated rows become: nothing (a check), CSV or JSON text, the values themselves,
 * or the portfolio report's share (per-loan rows and a partial summary).
 */
export type OutputMode = "check" | "csv" | "json" | "values" | "report";

/** Everything a worker needs to check and evaluate rows of one tape; structured-clone safe. */
export interface BatchInit {
  readonly headers: readonly Cell[];
  readonly headerRow: number;
  /** AUTO or a rule-set id, already checked. */
  readonly program: string;
  /** Already checked by resolveSettings. */
  readonly settings: MarketSettings;
  readonly duplicates: DuplicateIds;
  readonly mode: OutputMode;
}

export type { RunCounts } from "../../core/tape";
export { ZERO_COUNTS, addRunCounts } from "../../core/tape";

export interface BatchResult {
  readonly seq: number;
  /** CSV lines, or JSON objects separated by ",\n" (csv and json modes). */
  readonly text?: string;
  /** One row of RESULT_COLUMNS values per evaluated loan (values mode). */
  readonly values?: ColumnValue[][];
  /** The per-loan rows and the batch's summary (report mode). */
  readonly report?: ReportBatchResult;
  /** Every problem of every rejected row, in row order. */
  readonly issues: TapeIssue[];
  readonly counts: RunCounts;
}

/** A run's settings, checked when the options were read: a failure here is a fault of the program. */
function settingsOf(init: BatchInit): ResolvedSettings {
  const resolved = resolveSettings(init.settings);
  if (!resolved.ok) throw new Error(resolved.issues.map((i) => i.reason).join("; "));
  return resolved.value;
}

/**
 * The tape validator of a run: its header row, the fields its program needs, the tape's duplicate
 * ids, and the settings filling what a row leaves blank. The same for the header check before the
 * run and for every batch of rows.
 */
export function validatorOf(init: BatchInit, settings = settingsOf(init)): TapeValidator {
  return tapeValidator(init.headers, {
    headerRow: init.headerRow,
    require: fieldsNeededBy(init.program),
    duplicates: init.duplicates,
    defaults: settings.defaults,
  });
}

/**
 * Checks and evaluates batches of rows of one tape, in any order, each independently: the same code
 * runs in a worker thread or, for small tapes, in the main thread. Rows are rejected with every
 * reason; an accepted row whose program cannot evaluate it (a field that program needs is missing)
 * is rejected too, with the program's reasons.
 */
export class BatchEvaluator {
  private readonly validator: TapeValidator;
  private readonly assumptions: NpvAssumptions;

  constructor(private readonly init: BatchInit) {
    const settings = settingsOf(init);
    this.assumptions = settings.assumptions;
    this.validator = validatorOf(init, settings);
  }

  run(seq: number, rows: readonly TapeRow[]): BatchResult {
    const issues: TapeIssue[] = [];
    const out: ColumnValue[][] = [];
    const before = this.validator.counts();
    let read = 0;
    let rejected = 0;
    const report = this.init.mode === "report" ? new ReportBatch() : undefined;
    for (const r of rows) {
      read++;
      const verdict =
        r.unreadable === undefined
          ? this.validator.row(r.row, r.cells)
          : this.validator.unreadable(r.row, r.unreadable);
      if (!verdict.ok) {
        rejected++;
        issues.push(...verdict.issues);
        continue;
      }
      if (this.init.mode === "check") continue;
      const outcome = evaluateTapeLoan(r.row, verdict.record, {
        program: this.init.program,
        assumptions: this.assumptions,
      });
      if (!outcome.ok) {
        rejected++;
        issues.push(...outcome.issues);
        report?.notEvaluable();
        continue;
      }
      if (report) report.add(resultRow(outcome.outcome));
      else out.push(resultRow(outcome.outcome));
    }
    const blank = this.validator.counts().blank - before.blank;
    const counts = { read, evaluated: read - rejected, rejected, blank };
    if (report) return { seq, issues, counts, report: report.result() };
    return { seq, issues, counts, ...this.format(out) };
  }

  private format(rows: ColumnValue[][]): { text?: string; values?: ColumnValue[][] } {
    switch (this.init.mode) {
      case "check":
      case "report":
        return {};
      case "values":
        return { values: rows };
      case "csv": {
        let text = "";
        for (const row of rows) text += csvResultLine(KINDS, row);
        return { text };
      }
      case "json":
        return {
          text: rows
            .map((row) => {
              const o: Record<string, unknown> = {};
              row.forEach(
                (v, i) => (o[RESULT_COLUMNS[i].name] = jsonCellValue(RESULT_COLUMNS[i].kind, v))
              );
              return JSON.stringify(o);
            })
            .join(",\n"),
        };
    }
  }
}
