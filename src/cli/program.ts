import { Command } from "commander";
import { fieldsNeededBy } from "../core/programs/catalogue";
import { Progress } from "./progress";
import { TapeFlags, checkOptions, tapeOptions } from "./run-options";
import { OutputFlags } from "./commands/tape-run";
import { sampleLoanId } from "./sample-loan";
import { projectVersion } from "./project-files";
import { checkCommand } from "./commands/check";
import { EvaluateFlags, evaluateCommand } from "./commands/evaluate";
import { DEFAULT_REPORT, reportCommand } from "./commands/report";
import { SHEET_KINDS, SheetKind } from "../report/sheets";
import { SheetFlags, kindNamed, sheetCommand } from "./commands/sheet";
import { addInputOptions, inputOptions, optionFlag } from "./commands/sheet-options";
import { sampleLoanForEveryKind } from "./commands/sheet-sample";
import { OVERWRITE_RULE } from "./output/file-placement";
import { usageError } from "./cli-error";

const TAPE_ARGUMENT = "a loan tape, .csv or .xlsx (default: the bundled sample tape)";
const FORCE = "replace files that exist (without it, an existing file stops the run)";

/** What `check`, `evaluate` and `report` say of their files and exit codes, after their options. */
const TAPE_COMMAND_NOTES = [
  "",
  `Files: ${OVERWRITE_RULE}.`,
  "An existing file stops the run before the tape is read. Each file is written under a temporary",
  "name beside it and put in place when complete, so a failed or interrupted run (Ctrl-C) leaves no",
  "partial file. Standard output is written as it comes.",
  "",
  "Exit codes: 0 done (rejected rows are listed, not a failure); 1 the input could not be used:",
  "a missing or unreadable tape, a header row no row can be read under, an output file that exists",
  "(without --force), a write that failed; 2 a usage error; 130 stopped by Ctrl-C (143 by a kill),",
  "with no partial file left.",
].join("\n");

function sampleNote(): string {
  const id = sampleLoanId();
  return `\nWithout a tape, the bundled sample tape is read (1,000 loans of every investor and a few bad rows)${id ? `; one of its loans is ${id}` : ""}.`;
}

/** The `lm-workbench` command line: commands, options and help. Actions report their failures by throwing CliError. */
export function buildProgram(stderr: NodeJS.WritableStream = process.stderr): Command {
  const progress = (flags: TapeFlags) => new Progress(stderr as never, !!flags.quiet);
  const program = new Command("lm-workbench")
    .description(
      "Loss-mitigation evaluations over loan tapes: the investor's waterfall, NPV and Reg X dates for every loan, exact to the cent."
    )
    .version(projectVersion(), "-V, --version")
    .showHelpAfterError("(add --help to see the options)")
    .addHelpText(
      "after",
      () =>
        `${sampleNote()}\nFiles: ${OVERWRITE_RULE}.\nExit codes: 0 done (rejected rows are not a failure), 1 the input could not be used (an existing output file without --force included), 2 a usage error, 130 stopped by Ctrl-C (143 by a kill) with no partial file left.`
    );

  tapeOptions(
    program
      .command("check")
      .description(
        "check a loan tape: every rejected row with its row number, loan id, field, value and reason"
      )
      .argument("[tape]", TAPE_ARGUMENT)
      .option(
        "-o, --output <file.csv>",
        "write the exceptions to this file (default: CSV on standard output)"
      )
      .option("--force", FORCE)
  )
    .addHelpText(
      "after",
      () =>
        `\nThe check requires the fields every row needs for --program (for AUTO: ${["loan_id", ...fieldsNeededBy("AUTO")].join(", ")}). A loan that passes but that the program itself cannot evaluate (a field only that program needs) is rejected by evaluate, with the program's reasons.${sampleNote()}\n${TAPE_COMMAND_NOTES}`
    )
    .action(async (tape: string | undefined, flags: TapeFlags & OutputFlags) => {
      await checkCommand(tape, flags, checkOptions(flags), progress(flags));
    });

  tapeOptions(
    program
      .command("evaluate")
      .description(
        "evaluate every loan: one row per loan with every result field (waterfall, NPV, Reg X dates)"
      )
      .argument("[tape]", TAPE_ARGUMENT)
      .option(
        "-o, --output <file>",
        "results.csv, results.json or results.xlsx (default: CSV on standard output)"
      )
      .option(
        "--exceptions <file.csv>",
        "the rejected rows (default: beside -o as <name>.exceptions.csv; without -o, a summary on standard error)"
      )
      .option("--force", FORCE)
  )
    .addHelpText("after", () => `${sampleNote()}\n${TAPE_COMMAND_NOTES}`)
    .action(async (tape: string | undefined, flags: TapeFlags & EvaluateFlags) => {
      await evaluateCommand(tape, flags, checkOptions(flags), progress(flags));
    });

  tapeOptions(
    program
      .command("report")
      .description(
        "the portfolio report: summary, breakdowns, Reg X calendar, charts, per-loan results and exceptions"
      )
      .argument("[tape]", TAPE_ARGUMENT)
      .option("-o, --output <file.xlsx>", `the report file (default: ${DEFAULT_REPORT})`)
      .option("--force", FORCE)
  )
    .addHelpText("after", () => `${sampleNote()}\n${TAPE_COMMAND_NOTES}`)
    .action(async (tape: string | undefined, flags: TapeFlags & OutputFlags) => {
      await reportCommand(tape, flags, checkOptions(flags), progress(flags));
    });

  sheetCommands(program, progress);

  return program;
}

const SHEET_USAGE = "<kind> [tape] (--loan <loan_id> -o <file.xlsx> | --all -o <folder>) [options]";

/** The rules every worksheet command states in its help, and an example with a sample loan. */
function sheetNotes(kind?: SheetKind): string {
  const id = sampleLoanForEveryKind();
  const k = kind?.id ?? "evaluation-notice";
  const examples = [
    `  lm-workbench sheet ${k} --loan${id?.startsWith("-") ? "=" : " "}${id ?? "<loan_id>"} -o ${k}.xlsx`,
    `  lm-workbench sheet ${k} tape.csv --all -o ${k}s`,
  ];
  return [
    "",
    "Examples:",
    ...examples,
    "",
    "A worksheet is dated by the loan's as_of_date, else by --as-of; a loan with neither is refused.",
    "--all writes <kind>-<loan_id>.xlsx for each loan (an id a file name cannot hold as it is gets _",
    "for those characters and a fingerprint of the id), <kind>-not-made.csv (the loans the document",
    "cannot be made for, with the reason) and <kind>-exceptions.csv (the rows that failed their check).",
    `Files: ${OVERWRITE_RULE};`,
    "a failed or interrupted write (Ctrl-C) leaves no partial file.",
    "",
    "Without a tape, the bundled sample tape is read (1,000 loans of every investor, a few bad rows)",
    id ? `and every kind of worksheet can be made for its loan ${id}.` : "",
    "",
    "Exit codes: 0 done (under --all, rows rejected and loans not made are listed, not a failure);",
    "1 the input could not be used: a missing or unreadable tape, an unknown loan id, the loan's row",
    "failed its check, the document cannot be made for the loan, an existing file without --force;",
    "2 a usage error; 130 stopped by Ctrl-C (143 by a kill), with no partial file left.",
  ].join("\n");
}

/** The options every kind takes, listed once in `sheet --help` from the first kind's command. */
function sharedSheetOptions(sheet: Command): string {
  const first = sheet.commands[0];
  const helper = first.createHelp();
  const own = new Set(inputOptions().map((o) => optionFlag(o.spec)));
  const shared = helper
    .visibleOptions(first)
    .filter((o) => o.long !== "--help" && !own.has(o.long ?? ""));
  const width = Math.max(...shared.map((o) => helper.optionTerm(o).length));
  return [
    "Options of every kind (each kind's own: lm-workbench sheet <kind> --help):",
    ...shared.map((o) =>
      helper.formatItem(helper.optionTerm(o), width, helper.optionDescription(o), helper)
    ),
    "",
  ].join("\n");
}

/** `lm-workbench sheet <kind>`: one command per kind of SHEET_KINDS, its options from the kind's inputs. */
function sheetCommands(program: Command, progress: (flags: TapeFlags) => Progress): void {
  const sheet: Command = program
    .command("sheet")
    .description(
      "a lender-ready worksheet (.xlsx) for one loan (--loan) or for every loan of a tape (--all)"
    )
    .usage(SHEET_USAGE)
    .allowUnknownOption()
    .allowExcessArguments()
    .addHelpText("after", () => `\n${sharedSheetOptions(sheet)}${sheetNotes()}`)
    .action((_flags: object, cmd: Command) => {
      const kind = cmd.args[0];
      if (kind !== undefined) kindNamed(kind);
      throw usageError(
        `say which worksheet: lm-workbench sheet ${SHEET_USAGE}, where <kind> is one of ${SHEET_KINDS.map((k) => k.id).join(", ")}`
      );
    });
  for (const kind of SHEET_KINDS) {
    const cmd = sheet
      .command(kind.id)
      .optionsGroup("Loan and output:")
      .summary(kind.title.toLowerCase())
      .description(`${kind.title}: ${kind.description}.`)
      .usage("[tape] (--loan <loan_id> -o <file.xlsx> | --all -o <folder>) [options]")
      .argument("[tape]", TAPE_ARGUMENT)
      .option(
        "--loan <loan_id>",
        "the loan, by its id in the tape (write --loan=<id> when the id starts with -)"
      )
      .option("--all", "every loan of the tape, one file each, into the folder -o")
      .option(
        "-o, --output <file.xlsx|folder>",
        "the worksheet file (--loan) or the folder (--all)"
      )
      .option("--force", FORCE)
      .option("--preparer <name>", "who prepared the worksheet, printed on it");
    cmd.optionsGroup(`Options of the ${kind.title.toLowerCase()}:`);
    addInputOptions(cmd, kind);
    cmd.optionsGroup("Tape and settings:");
    tapeOptions(cmd, false, false)
      .addHelpText("after", () => sheetNotes(kind))
      .exitOverride()
      .action(async (tape: string | undefined, flags: TapeFlags & SheetFlags) => {
        const options = checkOptions({ ...flags, program: undefined });
        await sheetCommand(kind.id, tape, flags, options, progress(flags));
      });
  }
  sheet.exitOverride();
}
