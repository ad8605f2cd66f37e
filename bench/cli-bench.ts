/**
 * npm run bench:cli [-- <loans> ... | sheet[=<kind>]]: `lm-workbench evaluate` end to end over
 * generated CSV tapes (100,000 and 1,000,000 loans by default), each written to a temporary folder by
 * the sample tape's seeded generator and evaluated to CSV as a user runs it: the bundled command line
 * in its own process, worker threads included. Prints wall time, CPU time, peak memory (the
 * process's maximum resident set size, worker threads included), rows per second, and checks the
 * output's row count against the counts the run printed. Targets for 1,000,000 loans on a 2-core
 * machine: under 90 s and under 1 GB.
 * Then `lm-workbench sheet <kind> --all` over the bundled 1,000-loan sample tape (evaluation-notice
 * unless `sheet=<kind>` names another): one .xlsx per loan; prints the time per file and checks the
 * files in the folder against the counts the run printed. With only numbers, only evaluate runs; with
 * only `sheet`, only the worksheets.
 */
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { createReadStream, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { runCli } from "./cli-probe";
import { loadAverage, machine } from "./timing";

const root = join(__dirname, "..");
const args = process.argv.slice(2);
const sizes = args.map(Number).filter((n) => n > 0);
const sheetArg = args.find((a) => a === "sheet" || a.startsWith("sheet="));
const sheetKind = sheetArg?.split("=")[1] || "evaluation-notice";
const loans = sizes.length ? sizes : sheetArg ? [] : [100_000, 1_000_000];
const runSheets = !!sheetArg || !sizes.length;

async function lines(path: string): Promise<number> {
  let n = 0;
  for await (const chunk of createReadStream(path))
    for (const b of chunk as Buffer) if (b === 10) n++;
  return n;
}

const count = (text: string) => Number(text.replace(/,/g, ""));

async function main(): Promise<void> {
  // The tape generator runs as plain JavaScript in its own process, bundled once.
  const generator = join(root, ".cache", "bench-cli-tape.cjs");
  await build({
    entryPoints: [join(root, "bench", "cli-tape.ts")],
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    outfile: generator,
    logLevel: "warning",
  });
  spawnSync(process.execPath, [join(root, "bin", "build-cli.cjs")], { stdio: "inherit" });

  console.log(`machine: ${machine()}; load average ${loadAverage()}`);
  const dir = mkdtempSync(join(os.tmpdir(), "lm-bench-cli-"));
  try {
    for (const n of loans) {
      const tape = join(dir, `tape-${n}.csv`);
      const out = join(dir, `results-${n}.csv`);
      const g = spawnSync(process.execPath, [generator, tape, String(n)], { stdio: "inherit" });
      if (g.status !== 0) throw new Error("the tape generator failed");
      const mib = statSync(tape).size / 2 ** 20;
      const { usage: r, stderr } = runCli(["evaluate", tape, "-o", out]);
      if (r.code !== 0) throw new Error(`evaluate failed (exit ${r.code}): ${stderr}`);
      const counts = /([\d,]+) rows read = ([\d,]+) evaluated \+ ([\d,]+) rejected/.exec(stderr);
      if (!counts) throw new Error(`no counts line: ${stderr}`);
      const evaluated = count(counts[2]);
      const written = (await lines(out)) - 1;
      if (written !== evaluated)
        throw new Error(`results.csv has ${written} loans, the run evaluated ${evaluated}`);
      console.log(
        `evaluate ${n.toLocaleString("en-US")} loans (${mib.toFixed(0)} MiB CSV) to CSV: ${(r.ms / 1000).toFixed(1)} s wall, ` +
          `${(r.user + r.system).toFixed(1)} s CPU (${(r.user / (r.ms / 1000)).toFixed(2)} cores busy), peak memory ${r.maxRssMiB.toFixed(0)} MiB, ` +
          `${Math.round(n / (r.ms / 1000)).toLocaleString("en-US")} loans/s; ${counts[0]}`
      );
      rmSync(tape);
      rmSync(out);
    }
    if (runSheets) {
      const folder = join(dir, "sheets");
      const { usage: r, stderr } = runCli(["sheet", sheetKind, "--all", "-o", folder]);
      if (r.code !== 0) throw new Error(`sheet failed (exit ${r.code}): ${stderr}`);
      const counts =
        /([\d,]+) rows read = ([\d,]+) written \+ ([\d,]+) not made \+ ([\d,]+) rejected/.exec(
          stderr
        );
      if (!counts) throw new Error(`no counts line: ${stderr}`);
      const written = count(counts[2]);
      const files = readdirSync(folder).filter((f) => f.endsWith(".xlsx"));
      if (files.length !== written)
        throw new Error(`the folder holds ${files.length} worksheets, the run wrote ${written}`);
      const kib =
        files.reduce((t, f) => t + statSync(join(folder, f)).size, 0) / files.length / 1024;
      console.log(
        `sheet ${sheetKind} --all over the 1,000-loan sample tape: ${written.toLocaleString("en-US")} files (${kib.toFixed(1)} KiB each) in ${(r.ms / 1000).toFixed(1)} s wall, ` +
          `${(r.ms / written).toFixed(1)} ms per file, ${(r.user + r.system).toFixed(1)} s CPU, peak memory ${r.maxRssMiB.toFixed(0)} MiB; ${counts[0]}; ` +
          `load average after ${loadAverage()}`
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: Error) => {
  console.error(e.message);
  process.exit(1);
});
