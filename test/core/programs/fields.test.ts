import { strict as assert } from "node:assert";
import { CATALOGUE } from "../../../src/core/programs/catalogue";
import { ProgramDescriptor } from "../../../src/core/programs/descriptor";
import { LoanRecord } from "../../../src/core/record";
import { FIELD_NAMES, FieldName } from "../../../src/core/record-fields";
import { normalizeHeader } from "../../../src/core/record-fields";
import { randomLoans } from "./random-loans";
import { loan } from "./loan";
import { evaluationText, resultText } from "./evaluation-text";

/*
 * Each program's declared fields are exactly what it reads. Over many random loans (every investor
 * and branch, fields missing, zero and malformed): taking away a field a program does not declare,
 * or a column it does not name, never changes a word of its result; taking away a required field
 * gives an NA issue naming it; and every optional field it declares changes some loan's result.
 */

const LOANS: { readonly record: LoanRecord }[] = [
  ...randomLoans(400, 6),
  // A plan that needs a borrower response package only by the dates: 3 payments past due, no
  // advances, so 6 months of 1.5 × the payment; 2026-08-01 to 2026-11-01 is 92 days (over 90),
  // where 3 payments counted 30 days each would be 90.
  {
    record: loan({
      loan_id: "BRP",
      investor: "FNMA",
      upb: 100000,
      note_rate: 0.06,
      remaining_term: 300,
      pi_payment: 644.3,
      escrow_payment: 300,
      months_delinquent: 3,
      hardship_resolved: true,
      next_due_date: "2026-08-01",
      as_of_date: "2026-11-01",
    }),
  },
];

/** The record without `field` (or, for none, a plain copy: the copies compare alike). */
function without(record: LoanRecord, field?: FieldName): LoanRecord {
  const copy: Record<string, unknown> = { ...record };
  if (field) delete copy[field];
  if (field === "market_rate") delete copy.market_rate_basis;
  return copy as LoanRecord;
}

function text(d: ProgramDescriptor, record: LoanRecord): string {
  return resultText(() => d.evaluate(record), evaluationText).join("\n");
}

describe("core/programs fields: each program reads exactly the fields it declares", () => {
  for (const d of CATALOGUE) {
    const declared = new Set<FieldName>([...d.required, ...d.optional]);
    const columns = new Set(d.columns.map(normalizeHeader));

    it(`${d.id}: a field or column it does not declare never changes its result`, () => {
      for (const { record } of LOANS) {
        const expected = text(d, without(record));
        for (const f of FIELD_NAMES) {
          if (declared.has(f) || record[f] === undefined) continue;
          assert.equal(text(d, without(record, f)), expected, `${d.id} reads ${f}`);
        }
        const named = record.extra.filter((c) => columns.has(normalizeHeader(c.header)));
        if (named.length !== record.extra.length)
          assert.equal(text(d, { ...without(record), extra: named }), expected, `${d.id} columns`);
      }
    });

    it(`${d.id}: each required field missing is an NA issue naming it`, () => {
      for (const { record } of LOANS.slice(0, 60)) {
        for (const f of d.required) {
          const r = d.evaluate(without(record, f));
          assert.ok(!r.ok, `${d.id} without ${f}`);
          assert.ok(
            r.issues.some((i) => i.code === "NA" && i.field === f),
            `${d.id} without ${f}: ${JSON.stringify(r.issues)}`
          );
        }
      }
    });

    it(`${d.id}: each optional field and column it declares is read`, () => {
      const read = new Set<string>();
      for (const { record } of LOANS) {
        const expected = text(d, without(record));
        for (const f of d.optional)
          if (!read.has(f) && record[f] !== undefined && text(d, without(record, f)) !== expected)
            read.add(f);
        for (const c of d.columns) {
          const key = normalizeHeader(c);
          const kept = record.extra.filter((x) => normalizeHeader(x.header) !== key);
          if (!read.has(c) && kept.length !== record.extra.length)
            if (text(d, { ...without(record), extra: kept }) !== expected) read.add(c);
        }
      }
      const unread = [...d.optional, ...d.columns].filter((f) => !read.has(f));
      // subordinate_lien_balance is the second name of the subordinate-lien column: the random
      // loans give the first, so only the first shows it is read.
      assert.deepEqual(
        unread.filter((f) => f !== "subordinate_lien_balance"),
        [],
        `${d.id} declares but never read`
      );
    });

    if (d.positive.length)
      it(`${d.id}: a positive field given as 0 is a VALUE issue naming it`, () => {
        const { record } = LOANS.find(({ record: r }) =>
          d.required.every((f) => r[f] !== undefined)
        )!;
        for (const f of d.positive) {
          const r = d.evaluate({ ...without(record), [f]: 0 } as LoanRecord);
          assert.ok(!r.ok, `${d.id}: ${f} 0`);
          assert.deepEqual(
            r.issues.map((i) => [i.code, i.field]),
            [["VALUE", f]]
          );
        }
      });
  }
});
