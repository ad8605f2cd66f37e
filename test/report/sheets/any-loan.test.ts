/**
 * Any loan a tape can hold, for every investor, with any optional field left out: every kind of
 * worksheet either builds a model that passes the model's checks (and the headless writer writes
 * it), or says why it cannot in issues. Never an exception, never an empty sheet, and every money
 * figure of every table is whole cents.
 */
import { strict as assert } from "node:assert";
import fc from "fast-check";
import type { Cell } from "../../../src/core/record";
import { INVESTORS } from "../../../src/core/record-fields";
import { prepareWorkbook, TableRow, layoutSheet } from "../../../src/report/model";
import { writeXlsx } from "../../../src/report/xlsx";
import { SHEET_KINDS } from "../../../src/report/sheets";
import { loanCase } from "../../../src/report/sheets/case/loan-case";
import { D } from "../../../src/core/money";
import { AS_OF, record } from "./loans";

const money = (lo: number, hi: number) =>
  fc.integer({ min: lo * 100, max: hi * 100 }).map((c) => c / 100);

/** A loan row: the fields every program may read, each one possibly left out. */
const loanRow = fc
  .record(
    {
      investor: fc.constantFrom(...INVESTORS),
      occupancy: fc.constantFrom("PRIMARY", "SECOND", "INVESTMENT"),
      property_state: fc.constantFrom("TX", "NY", "CA", "FL", "GU"),
      upb: money(20_000, 900_000),
      note_rate: fc.integer({ min: 1, max: 120 }).map((n) => n / 1000),
      remaining_term: fc.integer({ min: 12, max: 480 }),
      escrow_payment: money(0, 2_000),
      past_due_interest: money(0, 30_000),
      escrow_advances: money(0, 8_000),
      servicing_advances: money(0, 3_000),
      late_fees: money(0, 900),
      months_delinquent: fc.integer({ min: 0, max: 24 }),
      next_due_date: fc.constantFrom("2025-01-01", "2026-06-01", "2026-10-15", "2026-12-01"),
      gross_monthly_income: money(0, 25_000),
      other_monthly_debt: money(0, 3_000),
      property_value: money(30_000, 1_200_000),
      origination_date: fc.constantFrom("2010-01-01", "2026-01-01"),
      prior_modifications: fc.integer({ min: 0, max: 4 }),
      prior_deferred_months: fc.integer({ min: 0, max: 14 }),
      upb_at_default: money(20_000, 900_000),
      prior_partial_claims: money(0, 50_000),
      hardship_resolved: fc.boolean(),
      can_resume_payment: fc.boolean(),
      application_complete_date: fc.constantFrom("2026-06-01", "2026-10-01"),
      fc_sale_date: fc.constantFrom("2026-11-20", "2026-12-20", "2027-06-01"),
      offer_price: money(20_000, 1_000_000),
      subordinate_liens: money(0, 40_000),
      marketing_days: fc.integer({ min: 0, max: 200 }),
    },
    { requiredKeys: ["investor", "upb", "note_rate", "remaining_term"] }
  )
  .map((r) => ({ loan_id: "ANY-1", borrower_name: "=A1", ...r }) as Record<string, Cell>);

const settings = fc.record(
  {
    pmms: fc.integer({ min: 200, max: 900 }).map((n) => new D(n).div(10_000)),
    modRate: fc.integer({ min: 200, max: 900 }).map((n) => new D(n).div(10_000)),
  },
  { requiredKeys: [] }
);

describe("report/sheets any loan", function () {
  this.timeout(120_000);

  it("every kind builds a sound model or gives issues, for any loan of any investor", () => {
    const counts = new Map<string, number>();
    fc.assert(
      fc.property(loanRow, settings, (row, s) => {
        const c = loanCase(record(row), { asOf: AS_OF, ...s });
        assert.ok(c.ok, "a loan with an id and an investor has a case");
        for (const kind of SHEET_KINDS) {
          const built = kind.build(c.value);
          if (!built.ok) {
            assert.ok(built.issues.length > 0 && built.issues.every((i) => i.reason.length > 10));
            continue;
          }
          counts.set(kind.id, (counts.get(kind.id) ?? 0) + 1);
          const prepared = prepareWorkbook(built.value);
          assert.ok(prepared.ok, `${kind.id}: ${!prepared.ok && prepared.problems.join("; ")}`);
          const p = layoutSheet(built.value.sheets[0]);
          assert.ok(p.cells.length > 20, `${kind.id} is not empty`);
          for (const t of p.tables)
            t.model.columns.forEach((col, i) => {
              if (!col.format?.includes("#,##0.00")) return;
              for (const r of t.model.rows as readonly TableRow[]) {
                const v = r[i];
                if (typeof v === "number")
                  assert.equal(Math.round(v * 100) / 100, v, `${kind.id} ${t.model.name}: ${v}`);
              }
            });
        }
      }),
      { numRuns: 150, seed: 20261102 }
    );
    // The runs reach every document (not only its refusals).
    for (const kind of SHEET_KINDS)
      assert.ok((counts.get(kind.id) ?? 0) >= 5, `${kind.id}: ${counts.get(kind.id)}`);
  });

  it("the headless writer writes every kind for a sample of loans", async () => {
    await fc.assert(
      fc.asyncProperty(loanRow, settings, async (row, s) => {
        const c = loanCase(record(row), { asOf: AS_OF, ...s });
        assert.ok(c.ok);
        for (const kind of SHEET_KINDS) {
          const built = kind.build(c.value);
          if (!built.ok) continue;
          const written = await writeXlsx(built.value);
          assert.ok(written.ok, `${kind.id}: ${!written.ok && written.message}`);
        }
      }),
      { numRuns: 25, seed: 7 }
    );
  });
});
