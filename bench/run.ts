import { benchAmortize, benchModPayment, BenchLine } from "./payments.bench";
import { machine } from "./timing";

/** `npm run bench`: our functions beside a named baseline on the same rows; every result checked. */
function show(line: BenchLine): void {
  const ratio = line.oursMs / line.baselineMs;
  console.log(
    `${line.name.padEnd(34)} ours ${line.oursMs.toFixed(2).padStart(9)} ms   ${line.baseline}: ${line.baselineMs.toFixed(2).padStart(8)} ms   ratio ${ratio.toFixed(2)}×   (${line.checked})`
  );
}

console.log(`machine: ${machine()}`);
console.log("median of repeated runs after warm-up; ratio = ours / baseline (target ≤ 10×)");
show(benchModPayment());
show(benchAmortize());
