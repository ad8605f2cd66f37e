// Writes assets/sample-tape.csv, the loan tape `lm-workbench` reads when it is given none:
//   npx tsx scripts/make-sample-tape.ts
// Seeded, so the file is the same on every run. 1,001 generated loans of every investor, drawn from
// the situations a servicer's default portfolio holds (current loans, early delinquencies with the
// hardship over, long delinquencies, underwater properties, equity with no retention), plus a few
// bad rows of different kinds; one bad row repeats a good loan's id, so both are rejected and
// 1,000 loans are evaluated. The bench generates its million-loan tape with the same `sampleLoan`.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { stringify } from "csv-stringify/sync";
import { Cell, Row, SAMPLE_HEADERS, sampleLoan, seeded } from "./sample-loans";

export { SAMPLE_HEADERS, sampleLoan, seeded } from "./sample-loans";

const cells = (r: Row): Cell[] => SAMPLE_HEADERS.map((h) => r[h]);

/**
 * The sample's rows: `count` generated loans with bad rows placed among them, each of a different
 * kind. The bad rows are listed with what is wrong, so the tests can say what each must produce.
 */
export const BAD_ROWS: readonly {
  readonly after: number;
  readonly kind: string;
  readonly make: (r: Row) => Cell[];
}[] = [
  {
    after: 40,
    kind: "duplicate loan id",
    make: (r) => cells({ ...r, loan_id: String(7_000_100_000 + 12 * 37) }),
  },
  { after: 120, kind: "blank row", make: () => SAMPLE_HEADERS.map(() => "") },
  {
    after: 250,
    kind: "text in a number column",
    make: (r) => cells({ ...r, upb: "see servicing notes" }),
  },
  { after: 380, kind: "negative amount", make: (r) => cells({ ...r, escrow_payment: -125 }) },
  { after: 510, kind: "absurd rate", make: (r) => cells({ ...r, note_rate: 0.725 }) },
  {
    after: 640,
    kind: "impossible date",
    make: (r) => cells({ ...r, next_due_date: "2026-02-30" }),
  },
  {
    // A name with an unquoted comma, as a hand-edited file has it: every cell after it shifts right.
    after: 760,
    kind: "extra cell",
    make: (r) => {
      const c = cells(r);
      c.splice(1, 1, "Walker", "Jr.");
      return c;
    },
  },
  {
    after: 880,
    kind: "originated after the as-of date",
    make: (r) => cells({ ...r, origination_date: "2027-03-15" }),
  },
  { after: 950, kind: "no investor", make: (r) => cells({ ...r, investor: "" }) },
];

export const SAMPLE_LOANS = 1001;
export const SAMPLE_SEED = 20261201;

export function sampleTapeRows(count = SAMPLE_LOANS, seed = SAMPLE_SEED): Cell[][] {
  const rnd = seeded(seed);
  const rows: Cell[][] = [];
  let bad = 0;
  for (let i = 0; i < count; i++) {
    const loan = sampleLoan(i, rnd);
    rows.push(cells(loan));
    while (bad < BAD_ROWS.length && BAD_ROWS[bad].after === i + 1) {
      const b = BAD_ROWS[bad];
      rows.push(b.make({ ...sampleLoan(count + bad, rnd), loan_id: String(7_000_900_000 + bad) }));
      bad++;
    }
  }
  return rows;
}

/** A tape's CSV text: RFC 4180 quoting, CRLF line ends as spreadsheets write them. */
export function tapeCsv(headers: readonly string[], rows: readonly Cell[][]): string {
  return stringify([headers as string[], ...rows], { record_delimiter: "windows" });
}

if (process.argv[1]?.endsWith("make-sample-tape.ts")) {
  const out = join(__dirname, "..", "assets", "sample-tape.csv");
  writeFileSync(out, tapeCsv(SAMPLE_HEADERS, sampleTapeRows()));
  console.log(`wrote ${out}`);
}
