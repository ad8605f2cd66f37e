/**
 * The bundled command line (.cache/cli, made by bin/build-cli.cjs) run in its own process as a user
 * runs it, worker threads included, with the process's own resource usage read at its exit: wall
 * time, CPU time and peak memory (the maximum resident set size, worker threads included).
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";

export interface CliUsage {
  readonly code: number;
  readonly ms: number;
  readonly user: number;
  readonly system: number;
  readonly maxRssMiB: number;
}

const root = join(__dirname, "..");

// Runs the bundled command line in this child and reports its own resource usage at exit.
const probe = `
const m = require(${JSON.stringify(join(root, ".cache", "cli", "lm-workbench.cjs"))});
const t0 = process.hrtime.bigint();
m.main(process.argv).then((code) => {
  const u = process.resourceUsage();
  process.stdout.write(JSON.stringify({ code, ms: Number(process.hrtime.bigint() - t0) / 1e6, user: u.userCPUTime / 1e6, system: u.systemCPUTime / 1e6, maxRssMiB: u.maxRSS / 1024 }) + "\\n");
  process.exitCode = code;
});`;

/** `lm-workbench <args>` with `node` options (--cpu-prof ...): its usage and what it said on stderr. */
export function runCli(
  args: readonly string[],
  nodeOptions: readonly string[] = []
): { readonly usage: CliUsage; readonly stderr: string } {
  const r = spawnSync(process.execPath, [...nodeOptions, "-e", probe, "lm-workbench", ...args], {
    encoding: "utf8",
    maxBuffer: 1 << 26,
  });
  const last = r.stdout.trim().split("\n").pop() ?? "";
  let usage: CliUsage;
  try {
    usage = JSON.parse(last) as CliUsage;
  } catch {
    throw new Error(`lm-workbench ${args[0]} did not finish: ${r.stderr}`);
  }
  return { usage, stderr: r.stderr };
}
