/**
 * A tape held in memory (an Excel table read by the task pane, a test's rows) through the same
 * steps as the command line's report: the tape check with the settings as defaults, each accepted
 * loan through its program, the summary tallied one result row at a time, and the report's rows.
 * Pure: the pane runs it in a Web Worker; progress goes to a callback.
 */
import {
  MarketSettings,
  PLAIN_LABELS,
  PortfolioSummary,
  PortfolioTally,
  SettingLabels,
  evaluateTapeLoan,
  resolveSettings,
  resultRow,
} from "../../core/portfolio";
import { fieldsNeededBy } from "../../core/programs/catalogue";
import type { Cell } from "../../core/record";
import { Result, failWith, ok } from "../../core/result";
import { TapeIssue, checkTape } from "../../core/tape";
import type { TableRow } from "../model";
import { exceptionRow } from "./exceptions-table";
import { perLoanRows } from "./per-loan";

export interface TableRunOptions {
  /** Row number of the header row as the sheet shows it (default 1: loans from row 2). */
  readonly headerRow?: number;
  /** AUTO (default) or a rule-set id. */
  readonly program?: string;
  readonly settings?: MarketSettings;
  /** How the settings are named in messages. */
  readonly labels?: SettingLabels;
  readonly onProgress?: (done: number, total: number) => void;
  /** Loans between progress calls (default 250). */
  readonly progressEvery?: number;
}

export interface TableRun {
  readonly summary: PortfolioSummary;
  readonly perLoan: TableRow[];
  readonly exceptions: TableRow[];
  /** The exceptions as issues (row, loan id, field, value, reason), for the pane's list. */
  readonly issues: readonly TapeIssue[];
  /** Settings the tape's own columns made unused, in words. */
  readonly notes: readonly string[];
}

/**
 * Fails with the settings' problems, or the header row's (a tape whose header cannot be read has no
 * row to run); otherwise every row is counted: read = evaluated + rejected.
 */
export function runTable(
  headers: readonly Cell[],
  rows: readonly (readonly Cell[])[],
  options: TableRunOptions = {}
): Result<TableRun> {
  const program = (options.program ?? "AUTO").trim().toUpperCase();
  const settings = resolveSettings(options.settings ?? {}, options.labels ?? PLAIN_LABELS);
  if (!settings.ok) return settings;
  const checked = checkTape(headers, rows, {
    headerRow: options.headerRow ?? 1,
    require: fieldsNeededBy(program),
    defaults: settings.value.defaults,
  });
  if (checked.headerIssues.length) return failWith(checked.headerIssues);
  const tally = new PortfolioTally();
  const makeRow = perLoanRows();
  const perLoan: TableRow[] = [];
  const issues: TapeIssue[] = [...checked.issues];
  const every = options.progressEvery ?? 250;
  const total = checked.records.length;
  let notEvaluable = 0;
  checked.records.forEach(({ row, record }, i) => {
    const v = evaluateTapeLoan(row, record, {
      program,
      assumptions: settings.value.assumptions,
    });
    if (v.ok) {
      const values = resultRow(v.outcome);
      perLoan.push(makeRow(values, tally.add(values)));
    } else {
      notEvaluable++;
      issues.push(...v.issues);
    }
    if ((i + 1) % every === 0) options.onProgress?.(i + 1, total);
  });
  options.onProgress?.(total, total);
  tally.addNotEvaluable(notEvaluable);
  issues.sort((a, b) => a.row - b.row);
  const c = checked.counts;
  const summary = tally.finish({
    read: c.read,
    evaluated: c.accepted - notEvaluable,
    rejected: c.rejected + notEvaluable,
    blank: c.blank,
  });
  if (!summary.ok) return summary;
  return ok({
    summary: summary.value,
    perLoan,
    exceptions: issues.map(exceptionRow),
    issues,
    notes: checked.notes,
  });
}
