import { formatIsoDate } from "../../core/calendar-date";
import { SHEET_KINDS, SheetKind, sheetKind } from "../../report/sheets";
import { inputError, usageError } from "../cli-error";
import { Progress } from "../progress";
import { RunOptions } from "../run-options";
import { openTape } from "../tape/open-tape";
import { refuseExisting, refuseInput } from "../output/file-placement";
import { writeWorkbookFile } from "../output/workbook-files";
import { lookupLoan } from "./loan-lookup";
import { allLoans } from "./sheet-all";
import { asOfNote, caseOfRow, sheetSettings } from "./sheet-case";
import { sheetInputs } from "./sheet-options";
import { announceTape, checkOutputFolder, problemLine, tapeName } from "./tape-run";

/** The options of `lm-workbench sheet <kind>`, as commander hands them over (the inputs by name). */
export interface SheetFlags {
  readonly loan?: string;
  readonly all?: boolean;
  readonly output?: string;
  readonly force?: boolean;
  readonly preparer?: string;
  readonly [input: string]: unknown;
}

/** The kind named on the command line; an unknown one is a usage error listing the kinds. */
export function kindNamed(name: string): SheetKind {
  const k = sheetKind(name);
  if (!k)
    throw usageError(
      `${JSON.stringify(name)} is not a worksheet; use one of ${SHEET_KINDS.map((s) => s.id).join(", ")}`
    );
  return k;
}

/**
 * `lm-workbench sheet <kind>`: one loan's worksheet (--loan, -o file.xlsx) or every loan's (--all,
 * -o folder). Everything the command line decides is checked before the tape is read: the kind,
 * --loan or --all, -o, the kind's own options; then the loan is found and checked, its case made,
 * and the worksheet built and written whole. A loan the document cannot be made for (a repayment
 * plan with no arrears) is exit 1 with the worksheet's reason.
 */
export async function sheetCommand(
  kindName: string,
  tape: string | undefined,
  flags: SheetFlags,
  options: RunOptions,
  progress: Progress
): Promise<void> {
  const kind = kindNamed(kindName);
  if (flags.loan !== undefined && flags.all)
    throw usageError("give --loan <loan_id> for one loan or --all for every loan, not both");
  if (flags.loan === undefined && !flags.all)
    throw usageError("say which loan: --loan <loan_id>, or --all for every loan of the tape");
  if (flags.loan !== undefined && flags.loan.trim() === "")
    throw usageError("--loan is empty: give the loan's id as the tape holds it");
  if (!flags.output)
    throw usageError(
      flags.all
        ? "give the folder to write the worksheets to: -o <folder>"
        : "give the file to write: -o <file.xlsx>"
    );
  if (flags.all && flags.output.toLowerCase().endsWith(".xlsx"))
    throw usageError(
      `-o ${JSON.stringify(flags.output)}: --all writes one file per loan into a folder; name the folder`
    );
  if (!flags.all && !flags.output.toLowerCase().endsWith(".xlsx"))
    throw usageError(`-o ${JSON.stringify(flags.output)}: a worksheet is written to an .xlsx file`);
  const inputs = sheetInputs(kind, flags);
  const settings = sheetSettings(options, flags.preparer);
  const force = !!flags.force;
  if (flags.all) {
    const opened = openTape(tape, options.sheet);
    announceTape(opened, progress);
    return allLoans({ kind, inputs, settings, opened, folder: flags.output, force, progress });
  }

  const file = flags.output;
  checkOutputFolder(file);
  refuseExisting(file, force);
  const opened = openTape(tape, options.sheet);
  refuseInput(file, opened.file.path, "the tape");
  announceTape(opened, progress);
  const loanId = flags.loan!.trim();
  const found = await lookupLoan(opened, loanId);
  const c = caseOfRow(found.row, found.record, settings);
  const where = `loan ${JSON.stringify(loanId)} (row ${found.row} of ${JSON.stringify(tapeName(opened))})`;
  if (!c.ok)
    throw inputError(`${where} cannot be used, so nothing is written:`, c.issues.map(problemLine));
  const note = asOfNote(c.value, settings);
  if (note) progress.note(note);
  const model = kind.build(c.value, inputs);
  if (!model.ok)
    throw inputError(
      `the ${kind.title.toLowerCase()} cannot be made for ${where}, so nothing is written:`,
      model.issues.map((i) => `  ${i.reason}`)
    );
  await writeWorkbookFile(model.value, file, force);
  progress.note(
    `Wrote ${file}: the ${kind.title.toLowerCase()} for ${where}, dated ${formatIsoDate(c.value.asOf)}.`
  );
}
