import { CommanderError } from "commander";
import { CliError, EXIT } from "./cli-error";
import { stopOnSignals } from "./output/interruption";
import { OutputClosed } from "./output/text-target";
import { buildProgram } from "./program";

/**
 * The command line's entry: runs the command and returns its exit code. Every failure ends here as
 * a message in plain words on standard error and an exit code (0 done, 1 input, 2 usage), never a
 * stack trace.
 */
export async function main(argv: readonly string[] = process.argv): Promise<number> {
  const program = buildProgram();
  program.exitOverride();
  program.commands.forEach((c) => c.exitOverride());
  try {
    if (argv.length <= 2) {
      program.outputHelp();
      return EXIT.done;
    }
    await program.parseAsync([...argv]);
    return EXIT.done;
  } catch (e) {
    return report(e);
  }
}

function report(e: unknown): number {
  if (e instanceof CommanderError) {
    // commander has printed its message (or the help, or the version) already.
    return e.exitCode === 0 ? EXIT.done : EXIT.usage;
  }
  // Standard output closed by its reader (`| head`): nothing more is wanted; not a failure.
  if (e instanceof OutputClosed || (e as NodeJS.ErrnoException)?.code === "EPIPE") return EXIT.done;
  if (e instanceof CliError) {
    process.stderr.write(`lm-workbench: ${e.message}\n`);
    for (const line of e.details) process.stderr.write(`${line}\n`);
    return e.exitCode;
  }
  const message = e instanceof Error ? e.message : String(e);
  process.stderr.write(
    `lm-workbench: stopped by an unexpected problem: ${message}\nNothing was left half-written. Please report this with the command you ran.\n`
  );
  return EXIT.input;
}

/** Runs the command line and exits with its code once standard output and error are flushed. */
export function run(): void {
  // A failure outside the command's own promise (a stream's late error) still ends in plain words.
  const last = (e: unknown) => {
    process.exitCode = report(e);
    process.exit();
  };
  process.on("uncaughtException", last);
  process.on("unhandledRejection", last);
  // Ctrl-C or a kill: the files in progress removed, exit 130 or 143, whatever the run is doing.
  stopOnSignals();
  void main().then((code) => {
    process.exitCode = code;
  });
}
