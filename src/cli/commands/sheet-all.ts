import { existsSync, mkdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fieldsNeededBy } from "../../core/programs/catalogue";
import { TapeIssue, tapeValidator } from "../../core/tape";
import { SheetInputs, SheetKind } from "../../report/sheets";
import { CliError, inputError } from "../cli-error";
import { ExceptionsOutput, exceptionsCsv, issueLine } from "../output/exceptions-output";
import { OVERWRITE_RULE } from "../output/file-placement";
import { WorkbookFiles } from "../output/workbook-files";
import { readRows, scanTape } from "../pipeline/run-tape";
import { Progress } from "../progress";
import { OpenedTape } from "../tape/open-tape";
import type { CaseDefaults } from "../../report/sheets/case/settings";
import { caseOfRow } from "./sheet-case";
import { listFileNames, sheetFileNames } from "./sheet-files";
import { refuseBadHeader } from "./tape-run";

export interface AllLoansRun {
  readonly kind: SheetKind;
  readonly inputs: SheetInputs;
  readonly settings: CaseDefaults;
  readonly opened: OpenedTape;
  readonly folder: string;
  readonly force: boolean;
  readonly progress: Progress;
}

/** Before anything is written: the folder can hold the files, and none of them exists (unless --force). */
function prepareFolder(folder: string, files: readonly string[], force: boolean): void {
  if (existsSync(folder) && !statSync(folder).isDirectory())
    throw inputError(
      `-o ${JSON.stringify(folder)}: --all writes one file per loan into a folder, and this is a file`
    );
  if (!force) {
    const taken = files.filter((f) => existsSync(join(folder, f)));
    if (taken.length)
      throw inputError(
        `${taken.length.toLocaleString("en-US")} of the files this run would write exist in ${JSON.stringify(folder)}, so nothing is written: ${OVERWRITE_RULE} (add --force to replace them):`,
        [...taken.slice(0, 5).map((f) => `  ${f}`), ...(taken.length > 5 ? ["  ..."] : [])]
      );
  }
  try {
    mkdirSync(folder, { recursive: true });
  } catch (e) {
    throw inputError(`cannot make the folder ${JSON.stringify(folder)}: ${(e as Error).message}`);
  }
}

const n = (x: number) => x.toLocaleString("en-US");

/**
 * `--all`: every loan of the tape, one worksheet file each, into the folder. Rows that fail their
 * check (or have no as-of date) go to <kind>-exceptions.csv; loans the document cannot be made for
 * go to <kind>-not-made.csv with the worksheet's reason; both lists have the columns of `check`'s
 * exceptions (row, loan_id, field, value, reason). Neither is a failure of the run (exit 0). A
 * write that fails stops the run (exit 1): the worksheets already written are whole, the lists are
 * not written.
 */
export async function allLoans(run: AllLoansRun): Promise<void> {
  const { kind, inputs, settings, opened, folder, force, progress } = run;
  const first = await scanTape(opened.file, progress, { ids: true });
  const validator = tapeValidator(first.headers, {
    headerRow: first.headerRow,
    require: fieldsNeededBy("AUTO"),
    duplicates: first.duplicates,
  });
  refuseBadHeader(validator, opened);
  const names = sheetFileNames(kind.id, first.ids ?? []);
  const lists = listFileNames(kind.id);
  prepareFolder(folder, [lists.exceptions, lists.notMade, ...names.values()], force);

  const exceptions = exceptionsCsv(join(folder, lists.exceptions), force);
  const notMade = exceptionsCsv(join(folder, lists.notMade), force);
  const files = new WorkbookFiles(folder);
  const shown: string[] = [];
  const counts = { read: 0, written: 0, notMade: 0, rejected: 0 };
  const reject = async (list: ExceptionsOutput, issues: readonly TapeIssue[]) => {
    await list.write(issues);
    if (list === notMade) {
      counts.notMade++;
      if (shown.length < 10) shown.push(`  ${issueLine(issues[0])}`);
    } else counts.rejected++;
  };
  try {
    await exceptions.start();
    await notMade.start();
    progress.phase(`writing ${kind.id} worksheets`, first.rows);
    let header = true;
    for await (const r of readRows(opened.file)) {
      if (header) {
        header = false;
        continue;
      }
      counts.read++;
      progress.tick(counts.read);
      const verdict =
        r.unreadable === undefined
          ? validator.row(r.row, r.cells)
          : validator.unreadable(r.row, r.unreadable);
      if (!verdict.ok) {
        await reject(exceptions, verdict.issues);
        continue;
      }
      const c = caseOfRow(r.row, verdict.record, settings);
      if (!c.ok) {
        await reject(exceptions, c.issues);
        continue;
      }
      const model = kind.build(c.value, inputs);
      if (!model.ok) {
        await reject(
          notMade,
          model.issues.map((i) => ({
            row: r.row,
            loanId: c.value.loanId,
            code: i.code,
            field: i.field ?? "worksheet",
            value: i.value,
            reason: i.reason,
          }))
        );
        continue;
      }
      const name =
        names.get(c.value.loanId) ?? sheetFileNames(kind.id, [c.value.loanId]).get(c.value.loanId)!;
      await files.write(model.value, join(folder, name), force);
      counts.written++;
    }
    await exceptions.finish();
    await notMade.finish();
  } catch (e) {
    exceptions.discard();
    notMade.discard();
    if (e instanceof CliError && counts.written)
      throw inputError(e.message, [
        ...e.details,
        `${n(counts.written)} worksheets were written to ${JSON.stringify(folder)} before this, each one whole; the lists were not written.`,
      ]);
    throw e;
  } finally {
    files.close();
    progress.done();
  }
  const blank = validator.counts().blank;
  progress.note(
    `${n(counts.read)} rows read = ${n(counts.written)} written + ${n(counts.notMade)} not made + ${n(counts.rejected)} rejected${blank ? ` (${n(blank)} of them blank)` : ""}.`
  );
  if (counts.notMade)
    progress.note(
      `Not made (the ${kind.title.toLowerCase()} cannot be made for ${n(counts.notMade)} loan${counts.notMade === 1 ? "" : "s"})${counts.notMade > shown.length ? `, the first ${shown.length}` : ""}:\n${shown.join("\n")}`
    );
  progress.note(
    `Worksheets: ${folder} (${n(counts.written)} files); not made: ${join(folder, lists.notMade)}; exceptions: ${join(folder, lists.exceptions)}.`
  );
}
