import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { SAMPLE_HEADERS, sampleLoan, seeded, tapeCsv } from "../scripts/make-sample-tape";

/**
 * Writes a loan tape of `loans` rows (the sample tape's generator, seeded) to `path`, streamed in
 * blocks so the generator's memory stays flat: `node cli-tape.cjs <path> <loans>`.
 */
export async function writeBenchTape(path: string, loans: number, seed = 9): Promise<void> {
  const out = createWriteStream(path);
  const rnd = seeded(seed);
  const block = 5000;
  for (let i = 0; i < loans; i += block) {
    const rows = [];
    for (let k = i; k < Math.min(loans, i + block); k++) {
      const loan = sampleLoan(k, rnd);
      rows.push(SAMPLE_HEADERS.map((h) => loan[h]));
    }
    const text = tapeCsv(SAMPLE_HEADERS, rows);
    const body = i === 0 ? text : text.slice(text.indexOf("\r\n") + 2);
    if (!out.write(body)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
}

if (process.argv[1]?.endsWith("cli-tape.cjs") || process.argv[1]?.endsWith("cli-tape.ts")) {
  void writeBenchTape(process.argv[2], Number(process.argv[3] ?? 1_000_000));
}
