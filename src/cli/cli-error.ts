/**
 * The command line's exit codes: 0 done (rejected rows are never a failure of the run), 1 the input
 * could not be used (a missing or unreadable file, an unknown loan id, the loan's row failed its
 * check, an output not available), 2 a usage error (an unknown option, a bad option value).
 */
export const EXIT = { done: 0, input: 1, usage: 2 } as const;

/** A failure the user can act on: its message is printed as is, in plain words, with no stack trace. */
export class CliError extends Error {
  constructor(
    readonly exitCode: 1 | 2,
    message: string,
    /** Lines printed under the message (a row's problems, the sheets of a workbook). */
    readonly details: readonly string[] = []
  ) {
    super(message);
  }
}

export const usageError = (message: string, details: readonly string[] = []) =>
  new CliError(EXIT.usage, message, details);
export const inputError = (message: string, details: readonly string[] = []) =>
  new CliError(EXIT.input, message, details);
