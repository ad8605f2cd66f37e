/**
 * npm run bench:report [-- <loans> <runs> [--cpu-prof]]: `lm-workbench report` end to end over a
 * generated CSV tape (100,000 loans by default, the sample tape's seeded generator, written to a
 * temporary folder), as a user runs it: the bundled command line in its own process, worker threads
 * included, writing report.xlsx. Each run prints wall time, CPU time, peak memory (the process's
 * maximum resident set size, worker threads included) and the load average before and after it (the
 * machine may be shared), and checks the report's per-loan table holds every evaluated loan.
 * Targets on a 2-core machine: under 15 s and under 1 GB for 100,000 loans.
 *
 * --cpu-prof writes V8 CPU profiles of the main thread and the workers into the temporary folder's
 * profiles/ and keeps them (the path is printed).
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { writeBenchTape } from "./cli-tape";
import { runCli } from "./cli-probe";
import { loadAverage, machine } from "./timing";

const root = join(__dirname, "..");
const args = process.argv.slice(2);
const profile = args.includes("--cpu-prof");
const [loans = 100_000, runs = 3] = args.filter((a) => /^\d+$/.test(a)).map(Number);

/** The per-loan table's body rows, from its table part's range (A1:BJ100002 → 100,000 after header and totals). */
async function perLoanRows(file: string): Promise<number> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  for (const name of Object.keys(zip.files).filter((n) => n.startsWith("xl/tables/"))) {
    const xml = await zip.file(name)!.async("string");
    if (!/ name="PerLoanResults"/.test(xml)) continue;
    const m = /ref="[A-Z]+(\d+):[A-Z]+(\d+)"/.exec(xml)!;
    return Number(m[2]) - Number(m[1]) - 1;
  }
  return -1;
}

async function main(): Promise<void> {
  const built = spawnSync(process.execPath, [join(root, "bin", "build-cli.cjs")], {
    stdio: "inherit",
  });
  if (built.status !== 0) throw new Error("the command line could not be built");
  console.log(`machine: ${machine()}`);
  const dir = mkdtempSync(join(os.tmpdir(), "lm-bench-report-"));
  const profiles = join(dir, "profiles");
  try {
    const tape = join(dir, `tape-${loans}.csv`);
    await writeBenchTape(tape, loans);
    const mib = statSync(tape).size / 2 ** 20;
    console.log(`tape: ${loans.toLocaleString("en-US")} loans, ${mib.toFixed(0)} MiB CSV`);
    for (let run = 1; run <= runs; run++) {
      const out = join(dir, "report.xlsx");
      const before = loadAverage();
      if (profile) mkdirSync(profiles, { recursive: true });
      const { usage: u, stderr } = runCli(
        ["report", tape, "-o", out],
        profile ? ["--cpu-prof", `--cpu-prof-dir=${profiles}`] : []
      );
      if (u.code !== 0) throw new Error(`report failed (exit ${u.code}): ${stderr}`);
      const counts = /([\d,]+) rows read = ([\d,]+) evaluated \+ ([\d,]+) rejected/.exec(stderr);
      if (!counts) throw new Error(`no counts line: ${stderr}`);
      const evaluated = Number(counts[2].replace(/,/g, ""));
      const written = await perLoanRows(out);
      if (written !== evaluated)
        throw new Error(`the per-loan table has ${written} rows, the run evaluated ${evaluated}`);
      const s = u.ms / 1000;
      console.log(
        `run ${run}: ${s.toFixed(1)} s wall, ${(u.user + u.system).toFixed(1)} s CPU, peak memory ${u.maxRssMiB.toFixed(0)} MiB, ` +
          `report ${(statSync(out).size / 2 ** 20).toFixed(0)} MiB, ${Math.round(loans / s).toLocaleString("en-US")} loans/s; ` +
          `load average ${before} before, ${loadAverage()} after; ${counts[0]}` +
          ` [target: under 15 s, under 1,024 MiB: ${s < 15 && u.maxRssMiB < 1024 ? "met" : "missed"}]`
      );
      rmSync(out);
    }
    if (profile) console.log(`CPU profiles: ${profiles}`);
  } finally {
    if (!profile) rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: Error) => {
  console.error(e.message);
  process.exit(1);
});
