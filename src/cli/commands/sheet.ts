import { existsSync, mkdirSync, renameSync, statSync, unlinkSync } from "node:fs";
import { join } from "node:path";
import { evaluateLoan, resolveSettings } from "../../core/portfolio";
import { inputError, usageError } from "../cli-error";
import { fieldsNeededBy } from "../../core/programs/catalogue";
import { readRows, scanTape } from "../pipeline/run-tape";
import { Progress } from "../progress";
import { projectVersion } from "../project-files";
import { RunOptions } from "../run-options";
import { OpenedTape, openTape } from "../tape/open-tape";
import { exceptionsCsv } from "../output/exceptions-output";
import { partialPath } from "../output/text-target";
import { tapeValidator } from "../../core/tape";
import { lookupLoan } from "./loan-lookup";
import { SHEET_KINDS, SHEET_WRITERS, SheetKind, SheetWriter } from "./sheet-output";
import { announceTape, checkOutputFolder, countsLine, refuseBadHeader, tapeName } from "./tape-run";

export interface SheetFlags {
  readonly loan?: string;
  readonly all?: boolean;
  readonly output?: string;
}

export function sheetKind(kind: string): (typeof SHEET_KINDS)[number] {
  const k = SHEET_KINDS.find((s) => s.kind === kind.trim().toLowerCase());
  if (!k)
    throw usageError(
      `${JSON.stringify(kind)} is not a worksheet; use one of ${SHEET_KINDS.map((s) => s.kind).join(", ")}`
    );
  return k;
}

function writerFor(kind: (typeof SHEET_KINDS)[number]): SheetWriter {
  const w = SHEET_WRITERS[kind.kind];
  if (!w)
    throw inputError(
      `the ${kind.title} worksheet is not available in this version of lm-workbench, so nothing is written (\`lm-workbench evaluate\` gives every loan's results)`
    );
  return w;
}

/** A loan id as part of a file name: letters, digits, `.`, `_` and `-` kept, anything else `_`. */
export function fileNamePart(id: string): string {
  const safe = id.replace(/[^A-Za-z0-9._-]/g, "_").replace(/^[.]+/, "_");
  return safe.slice(0, 80) || "loan";
}

/**
 * `lm-workbench sheet <kind>`: one loan's worksheet (--loan, -o file.xlsx) or every loan's (--all,
 * -o folder, one file per loan and the rejected rows in exceptions.csv there). The loan is found
 * in one pass; a loan whose row fails its check is refused with its problems.
 */
export async function sheetCommand(
  kindName: string,
  tape: string | undefined,
  flags: SheetFlags,
  options: RunOptions,
  progress: Progress
): Promise<void> {
  const kind = sheetKind(kindName);
  if (flags.loan !== undefined && flags.all)
    throw usageError("give --loan <loan_id> for one loan or --all for every loan, not both");
  if (flags.loan === undefined && !flags.all)
    throw usageError("say which loan: --loan <loan_id>, or --all for every loan of the tape");
  if (!flags.output)
    throw usageError(
      flags.all
        ? "give the folder to write the worksheets to: -o <folder>"
        : "give the file to write: -o <file.xlsx>"
    );
  if (!flags.all && !flags.output.toLowerCase().endsWith(".xlsx"))
    throw usageError(`-o ${JSON.stringify(flags.output)}: a worksheet is written to an .xlsx file`);
  if (!flags.all) checkOutputFolder(flags.output);
  const opened = openTape(tape, options.sheet);
  announceTape(opened, progress);
  if (flags.all) return allLoans(kind, opened, flags.output, options, progress);

  const outcome = await lookupLoan(opened, flags.loan!, options);
  const write = writerFor(kind);
  const temp = partialPath(flags.output);
  try {
    await write({
      kind: kind.kind,
      outcome,
      file: temp,
      tape: tapeName(opened),
      sample: opened.sample,
      version: projectVersion(),
    });
    renameSync(temp, flags.output);
  } catch (e) {
    if (existsSync(temp)) unlinkSync(temp);
    throw e;
  }
  progress.note(
    `Wrote ${flags.output}: the ${kind.title} for loan ${JSON.stringify(flags.loan)} (row ${outcome.row}).`
  );
}

async function allLoans(
  kind: (typeof SHEET_KINDS)[number],
  opened: OpenedTape,
  folder: string,
  options: RunOptions,
  progress: Progress
): Promise<void> {
  const write = writerFor(kind);
  if (existsSync(folder) && !statSync(folder).isDirectory())
    throw inputError(
      `-o ${JSON.stringify(folder)}: --all writes one file per loan into a folder, and this is a file`
    );
  const scan = await scanTape(opened.file, progress);
  const settings = resolveSettings(options.settings);
  const validator = tapeValidator(scan.headers, {
    headerRow: scan.headerRow,
    require: fieldsNeededBy(options.program),
    duplicates: scan.duplicates,
    defaults: settings.ok ? settings.value.defaults : [],
  });
  refuseBadHeader(validator, opened);
  mkdirSync(folder, { recursive: true });
  const exceptions = exceptionsCsv(join(folder, "exceptions.csv"));
  const used = new Set<string>();
  const counts = { read: 0, evaluated: 0, rejected: 0, blank: 0 };
  await exceptions.start();
  progress.phase(`writing ${kind.kind} worksheets`, scan.rows);
  let header = true;
  for await (const r of readRows(opened.file)) {
    if (header) {
      header = false;
      continue;
    }
    counts.read++;
    const verdict =
      r.unreadable === undefined
        ? validator.row(r.row, r.cells)
        : validator.unreadable(r.row, r.unreadable);
    if (!verdict.ok) {
      counts.rejected++;
      await exceptions.write(verdict.issues);
      continue;
    }
    const outcome = evaluateLoan(r.row, verdict.record, {
      program: options.program,
      assumptions: settings.ok ? settings.value.assumptions : undefined,
    });
    if (!outcome.ok) {
      counts.rejected++;
      await exceptions.write(
        outcome.issues.map((i) => ({
          row: r.row,
          loanId: verdict.record.loan_id,
          code: i.code,
          field: i.field ?? "program",
          value: i.value,
          reason: `cannot be evaluated under ${options.program}: ${i.reason}`,
        }))
      );
      continue;
    }
    let name = `${kind.kind}-${fileNamePart(outcome.value.record.loan_id!)}`;
    if (used.has(name)) name += `-row${r.row}`;
    used.add(name);
    const file = join(folder, `${name}.xlsx`);
    const temp = partialPath(file);
    await write({
      kind: kind.kind as SheetKind,
      outcome: outcome.value,
      file: temp,
      tape: tapeName(opened),
      sample: opened.sample,
      version: projectVersion(),
    });
    renameSync(temp, file);
    counts.evaluated++;
    progress.tick(counts.read);
  }
  counts.blank = validator.counts().blank;
  await exceptions.finish();
  progress.done();
  progress.note(countsLine(counts, "written"));
  progress.note(
    `Worksheets: ${folder} (${counts.evaluated.toLocaleString("en-US")} files); exceptions: ${join(folder, "exceptions.csv")}.`
  );
}
