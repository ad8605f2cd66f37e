/**
 * What an interrupted run does before it ends (Ctrl-C, SIGINT; a kill, SIGTERM): every cleanup
 * registered by the files in progress runs (their temporary files and folders are removed), one
 * line on standard error says so, and the process exits 130 for SIGINT or 143 for SIGTERM (128 and
 * the signal's number, as a shell reports a command a signal stopped). There is one handler for the
 * whole process: the command line installs it for its whole run (`stopOnSignals`); elsewhere (a
 * command called from a test) it is installed while at least one cleanup is registered.
 */

export type Cleanup = () => void;

const EXIT_CODES: Readonly<Record<"SIGINT" | "SIGTERM", number>> = { SIGINT: 130, SIGTERM: 143 };
const SIGNALS = Object.keys(EXIT_CODES) as (keyof typeof EXIT_CODES)[];

/** Each registration is its own entry, so one function registered twice is run twice. */
const cleanups = new Set<{ readonly run: Cleanup }>();
let installed = false;
let pinned = false;

function stop(signal: NodeJS.Signals): void {
  runCleanups();
  process.stderr.write(`lm-workbench: stopped (${signal}); no partial file is left\n`);
  process.exit(EXIT_CODES[signal as keyof typeof EXIT_CODES] ?? 130);
}

function install(): void {
  if (installed) return;
  for (const s of SIGNALS) process.on(s, stop);
  installed = true;
}

function uninstallWhenIdle(): void {
  if (!installed || pinned || cleanups.size > 0) return;
  for (const s of SIGNALS) process.off(s, stop);
  installed = false;
}

/** The command line's own process: the handler stays installed until the process ends. */
export function stopOnSignals(): void {
  pinned = true;
  install();
}

/**
 * Registers a cleanup to run if the run is interrupted; returns the function that unregisters it
 * (once the file is in place or discarded). Unregistering twice is harmless.
 */
export function onInterrupt(cleanup: Cleanup): () => void {
  const entry = { run: cleanup };
  cleanups.add(entry);
  install();
  return () => {
    if (cleanups.delete(entry)) uninstallWhenIdle();
  };
}

/**
 * Runs every registered cleanup, the latest first; one that fails does not keep the others from
 * running. Registrations stay as they are.
 */
export function runCleanups(): void {
  for (const entry of [...cleanups].reverse()) {
    try {
      entry.run();
    } catch {
      // The next file's cleanup still runs.
    }
  }
}

/** Cleanups registered now (for tests: none is left once a run has ended). */
export function pendingCleanups(): number {
  return cleanups.size;
}
