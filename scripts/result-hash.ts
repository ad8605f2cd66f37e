/**
 * `npm run result-hash`: one SHA-256 per program (every rule-set id and AUTO, and the NPV test) over
 * a large seeded set of random loans, and one overall. Each hash covers every result field, every
 * audit step (option, step, parameter, P&I, pass, code, reason), the step-up periods, the amounts, the
 * options a waterfall tried, and the issues of a loan that cannot be evaluated (an exception is hashed
 * as such, so it shows too). The same hashes before and after a change prove the change kept every
 * result and sentence.
 *
 *   npx tsx scripts/result-hash.ts [--loans N] [--seed S] [--dump FILE]
 *
 * `--dump FILE` also writes one line per loan and program, to diff two runs line by line.
 */
import { createHash } from "node:crypto";
import { closeSync, openSync, writeSync } from "node:fs";
import { PROGRAM_IDS, evaluateProgram } from "../src/core/programs/registry";
import { loanNpv } from "../src/core/programs/loan-npv";
import { randomLoans } from "../test/core/programs/random-loans";
import { evaluationText, resultText } from "../test/core/programs/evaluation-text";

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}
const dumpAt = process.argv.indexOf("--dump");
const dumpFile = dumpAt > 0 ? process.argv[dumpAt + 1] : undefined;
const count = option("--loans", 40_000);
const seed = option("--seed", 20261101);

const loans = randomLoans(count, seed);
const ids = [...PROGRAM_IDS, "NPV"];
const hashes = new Map(ids.map((id) => [id, createHash("sha256")]));
const dump = dumpFile ? openSync(dumpFile, "w") : undefined;
const write = (lines: string[], prefix: string) => {
  if (dump !== undefined) writeSync(dump, lines.map((l) => `${prefix} ${l}\n`).join(""));
};
for (const { record } of loans) {
  const id = record.loan_id;
  for (const program of PROGRAM_IDS) {
    const lines = resultText(() => evaluateProgram(program, record), evaluationText);
    hashes.get(program)!.update(lines.join("\n") + "\n\u241e\n");
    write(lines, `${id} ${program}`);
  }
  const npvLines = resultText(
    () => loanNpv(record),
    (n) => [
      [
        n.modification.ruleSet,
        n.shortSale?.ruleSet ?? "",
        n.npv.npvMod.toString(),
        n.npv.npvFc.toString(),
        n.npv.npvSs?.toString() ?? "",
        n.npv.npvBenefit.toString(),
        n.npv.decision,
      ].join(" "),
    ]
  );
  hashes.get("NPV")!.update(npvLines.join("\n") + "\n\u241e\n");
  write(npvLines, `${id} NPV`);
}

const overall = createHash("sha256");
console.log(`${loans.length} loans, seed ${seed}`);
for (const id of ids) {
  const h = hashes.get(id)!.digest("hex");
  overall.update(`${id} ${h}\n`);
  console.log(`${id.padEnd(15)} ${h}`);
}
console.log(`${"overall".padEnd(15)} ${overall.digest("hex")}`);
if (dump !== undefined) closeSync(dump);
