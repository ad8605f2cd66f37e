import { Command } from "commander";
import { fieldsNeededBy } from "../core/programs/catalogue";
import { Progress } from "./progress";
import { TapeFlags, checkOptions, tapeOptions } from "./run-options";
import { sampleLoanId } from "./sample-loan";
import { projectVersion } from "./project-files";
import { checkCommand } from "./commands/check";
import { EvaluateFlags, evaluateCommand } from "./commands/evaluate";
import { DEFAULT_REPORT, reportCommand } from "./commands/report";
import { SHEET_KINDS } from "./commands/sheet-output";
import { SheetFlags, sheetCommand } from "./commands/sheet";

const TAPE_ARGUMENT = "a loan tape, .csv or .xlsx (default: the bundled sample tape)";

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
        `${sampleNote()}\nExit codes: 0 done (rejected rows are not a failure), 1 the input could not be used, 2 a usage error.`
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
  )
    .addHelpText(
      "after",
      () =>
        `\nThe check requires the fields every row needs for --program (for AUTO: ${["loan_id", ...fieldsNeededBy("AUTO")].join(", ")}). A loan that passes but that the program itself cannot evaluate (a field only that program needs) is rejected by evaluate, with the program's reasons.${sampleNote()}`
    )
    .action(async (tape: string | undefined, flags: TapeFlags & { output?: string }) => {
      await checkCommand(tape, flags.output, checkOptions(flags), progress(flags));
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
  )
    .addHelpText("after", sampleNote)
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
  )
    .addHelpText("after", sampleNote)
    .action(async (tape: string | undefined, flags: TapeFlags & { output?: string }) => {
      await reportCommand(tape, flags.output, checkOptions(flags), progress(flags));
    });

  tapeOptions(
    program
      .command("sheet")
      .description(
        "a lender-ready worksheet for one loan (--loan) or for every loan of the tape (--all)"
      )
      .argument("<kind>", SHEET_KINDS.map((k) => k.kind).join(", "))
      .argument("[tape]", TAPE_ARGUMENT)
      .option("--loan <loan_id>", "the loan (write --loan=<id> when the id starts with -)")
      .option("--all", "every loan of the tape, one file each, into the folder -o")
      .option(
        "-o, --output <file.xlsx|folder>",
        "the worksheet file (--loan) or the folder (--all)"
      )
  )
    .addHelpText(
      "after",
      () =>
        `\nKinds:\n${SHEET_KINDS.map((k) => `  ${k.kind.padEnd(20)} ${k.title}`).join("\n")}\n${sampleNote()}`
    )
    .action(async (kind: string, tape: string | undefined, flags: TapeFlags & SheetFlags) => {
      await sheetCommand(kind, tape, flags, checkOptions(flags), progress(flags));
    });

  return program;
}
