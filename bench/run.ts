import { benchAmortize, benchModPayment, BenchLine } from "./payments.bench";
import { join } from "node:path";
import os from "node:os";
import { machine } from "./timing";
import { TapeRun, benchWaterfallMedian, csvTextTape, excelTape } from "./waterfall.bench";
import { benchBundleModPayment, benchBundleTape, loadRegistered } from "./bundle.bench";

/** `npm run bench`: our functions beside a named baseline on the same rows; every result checked. */
function show(line: BenchLine): void {
  const ratio = line.oursMs / line.baselineMs;
  console.log(
    `${line.name.padEnd(34)} ours ${line.oursMs.toFixed(2).padStart(9)} ms   ${line.baseline}: ${line.baselineMs.toFixed(2).padStart(8)} ms   ratio ${ratio.toFixed(2)}×   (${line.checked})`
  );
}

console.log(`machine: ${machine()}`);
console.log("median of repeated runs after warm-up; ratio = ours / baseline (target ≤ 10×)");
const modPayment = benchModPayment();
show(modPayment);
show(benchAmortize());

/** One tape's line: CPU time per loan (the figure the target is stated in), wall time beside it. */
function showTape(tape: TapeRun): void {
  const cpuUs = (tape.cpuMs * 1000) / tape.loans;
  const wallUs = (tape.ms * 1000) / tape.loans;
  console.log(
    `AUTO waterfall + NPV, ${tape.loans.toLocaleString("en-US")} loans, ${tape.name}: ${cpuUs.toFixed(1)} µs CPU a loan on one core (target < 40 µs), ${wallUs.toFixed(1)} µs wall (load average ${os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(" ")}); ${tape.evaluated} evaluated + ${tape.rejected} rejected`
  );
  console.log(
    `  chosen: ${Object.entries(tape.chosen)
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${k} ${v}`)
      .join(", ")}`
  );
  console.log(
    `  NPV: ${Object.entries(tape.npvDecisions)
      .map(([k, v]) => `${k} ${v}`)
      .join(", ")}`
  );
}

showTape(benchWaterfallMedian(excelTape(100_000)));
showTape(benchWaterfallMedian(csvTextTape(100_000)));

// The same work through dist/functions.js, as Excel loads and calls it.
const registry = loadRegistered(join(__dirname, ".."));
console.log("dist/functions.js, registered through CustomFunctions.associate:");
show(benchBundleModPayment(registry, modPayment.baselineMs));
const run = benchBundleTape(registry, 100_000);
console.log(
  `dist LM.WATERFALL("AUTO", headers, tape, "program"), ${run.loans.toLocaleString("en-US")} loans: ${(run.waterfallMs / 1000).toFixed(2)} s (${((run.waterfallMs * 1000) / run.loans).toFixed(1)} µs a loan); LM.NPV(headers, tape, "npv_benefit"): ${(run.npvMs / 1000).toFixed(2)} s (${((run.npvMs * 1000) / run.loans).toFixed(1)} µs a loan); together ${((run.waterfallMs + run.npvMs) / 1000).toFixed(2)} s; rows in error: ${
    Object.entries(run.errors)
      .map(([code, n]) => `${n} ${code}`)
      .join(", ") || "none"
  }`
);
