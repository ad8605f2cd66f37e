import { benchAmortize, benchModPayment, BenchLine } from "./payments.bench";
import { join } from "node:path";
import { machine } from "./timing";
import { benchWaterfall } from "./waterfall.bench";
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

const tape = benchWaterfall(100_000);
console.log(
  `AUTO waterfall + NPV, ${tape.loans.toLocaleString("en-US")} loans: ${(tape.ms / 1000).toFixed(2)} s on one core, ${((tape.ms * 1000) / tape.loans).toFixed(1)} µs a loan (target < 10 s); ${tape.evaluated} evaluated + ${tape.rejected} rejected`
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
