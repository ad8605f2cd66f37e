import { strict as assert } from "node:assert";
import fc from "fast-check";
import { CalendarDate } from "../../../src/core/calendar-date";
import { D } from "../../../src/core/money";
import { PORTFOLIO_METRICS } from "../../../src/core/rules/portfolio-metrics";
import {
  ColumnValue,
  PortfolioTally,
  RESULT_COLUMNS,
  delinquencyBuckets,
  paymentChangeBuckets,
} from "../../../src/core/portfolio";

/**
 * The portfolio summary on hand-made result rows: each row gives only the columns the test is
 * about (by name), and every expected figure is worked out by hand in the comments. Money is in
 * whole cents, as the result columns hold it.
 */
const d = (iso: string): CalendarDate => {
  const [year, month, day] = iso.split("-").map(Number);
  return { year, month, day };
};

function row(values: Record<string, ColumnValue>): ColumnValue[] {
  for (const k of Object.keys(values))
    assert.ok(
      RESULT_COLUMNS.some((c) => c.name === k),
      `${k} is not a result column`
    );
  return RESULT_COLUMNS.map((c) => values[c.name]);
}

const AS_OF = d("2026-12-01");

/** A loan with its as-of date and its recommended workout. */
function loan(
  n: number,
  extra: Record<string, ColumnValue>,
  workout: { ruleSet: string; program: string } | "none"
): ColumnValue[] {
  return row({
    row: n + 1,
    loan_id: `L${n}`,
    as_of_date: AS_OF,
    regx_rule_set: "REGX-2017",
    ...(workout === "none"
      ? {
          rule_set: "AUTO",
          rule_set_version: "2026-11-01",
          program: "No workout",
          offerable: false,
        }
      : {
          rule_set: workout.ruleSet,
          rule_set_version: "v1",
          program: workout.program,
          offerable: true,
        }),
    ...extra,
  });
}

const FLEX = { ruleSet: "FLEX-2024", program: "GSE Flex Modification" };
const REPAY = { ruleSet: "REPAY-FNMA", program: "Repayment plan" };
const SHORT_SALE = { ruleSet: "SHORT-SALE-GSE", program: "GSE short sale" };
const FHA = { ruleSet: "FHA-2025", program: "FHA partial claim" };

/**
 * Five loans, as of 2026-12-01:
 *  L1 FNMA CA $100,000.00   0 days   repayment plan
 *  L2 FNMA CA $200,000.00  45 days   Flex: cap 205,000, 6.5% → 5.5%, 300 → 480 months, P&I 1,500.00 → 1,200.00, NPV +10,000.00
 *  L3 FHA  TX $150,000.00  95 days   FHA: partial claim 8,000, 4% → 4%, 360 → 360, P&I 900.00 → 900.00, NPV −2,500.00
 *  L4 FHLMC TX $300,000.00 130 days  short sale
 *  L5 VA   FL  $50,000.00  next due date missing (days not known), no workout
 */
const TAPE: ColumnValue[][] = [
  loan(1, { investor: "FNMA", property_state: "CA", upb: 10_000_000, days_delinquent: 0 }, REPAY),
  loan(
    2,
    {
      investor: "FNMA",
      property_state: "CA",
      upb: 20_000_000,
      days_delinquent: 45,
      capitalized_upb: 20_500_000,
      note_rate: 0.065,
      new_rate: 0.055,
      remaining_term: 300,
      new_term: 480,
      forbearance: 0,
      pi_payment: 150_000,
      new_pi: 120_000,
      npv_benefit: 1_000_000,
      mod_program: "FLEX-2024",
      assumptions: "NPV-2026 (2026-11-27)",
      // Acknowledge by 2026-12-08 (7 days after the as-of date): in the 14-day window.
      acknowledge_by: d("2026-12-08"),
    },
    FLEX
  ),
  loan(
    3,
    {
      investor: "FHA",
      property_state: "TX",
      upb: 15_000_000,
      days_delinquent: 95,
      capitalized_upb: 15_000_000,
      note_rate: 0.04,
      new_rate: 0.04,
      remaining_term: 360,
      new_term: 360,
      partial_claim: 800_000,
      pi_payment: 90_000,
      new_pi: 90_000,
      npv_benefit: -250_000,
      mod_program: "FHA-2025",
      // Complete application: 14 days to accept an offer made on 2026-12-01 → 2026-12-15, day 14.
      acceptance_days: 14,
      // Evaluate by 2026-12-16: day 15, outside the window.
      evaluate_by: d("2026-12-16"),
    },
    FHA
  ),
  loan(
    4,
    {
      investor: "FHLMC",
      property_state: "TX",
      upb: 30_000_000,
      days_delinquent: 130,
      // 7 days to accept → 2026-12-08; first filing permitted since 2026-11-11 (before the as-of date: left out).
      acceptance_days: 7,
      first_filing_from: d("2026-11-11"),
      live_contact_by: d("2026-12-01"),
    },
    SHORT_SALE
  ),
  loan(5, { investor: "VA", property_state: "FL", upb: 5_000_000, acceptance_days: 14 }, "none"),
];

function summaryOf(rows: readonly ColumnValue[][], notEvaluable = 0, rejected = notEvaluable) {
  const t = new PortfolioTally();
  for (const r of rows) t.add(r);
  t.addNotEvaluable(notEvaluable);
  const s = t.finish({
    read: rows.length + rejected,
    evaluated: rows.length,
    rejected,
    blank: 0,
  });
  assert.ok(s.ok, s.ok ? "" : s.issues[0].reason);
  return s.value;
}

describe("core/portfolio/summary: buckets at their edges", () => {
  it("delinquency: 29 days is current, 30 starts 30-59, 119 is 90-119, 120 starts 120+", () => {
    const b = delinquencyBuckets();
    const cases: [number, string][] = [
      [0, "Current (under 30 days)"],
      [29, "Current (under 30 days)"],
      [30, "30-59 days"],
      [59, "30-59 days"],
      [60, "60-89 days"],
      [89, "60-89 days"],
      [90, "90-119 days"],
      [119, "90-119 days"],
      [120, "120 days or more"],
      [5000, "120 days or more"],
    ];
    for (const [days, label] of cases)
      assert.equal(b.buckets[b.bucketOf(days)].label, label, `${days} days`);
    assert.equal(b.buckets[b.seriousFrom].label, "90-119 days");
  });

  it("payment change: exactly 10% down is 10-20%, exactly 20% down is 20% or more, a cent up is increased", () => {
    const p = paymentChangeBuckets();
    const label = (before: number, after: number) => p.buckets[p.bucketOf(before, after)].label;
    // Before $1,000.00 (100,000 cents).
    assert.equal(label(100_000, 100_001), "Increased");
    assert.equal(label(100_000, 100_000), "Unchanged");
    assert.equal(label(100_000, 99_999), "Decreased less than 10%");
    // 100,000 − 90,001 = 9,999 cents: 9.999%.
    assert.equal(label(100_000, 90_001), "Decreased less than 10%");
    assert.equal(label(100_000, 90_000), "Decreased 10% to less than 20%");
    assert.equal(label(100_000, 80_001), "Decreased 10% to less than 20%");
    assert.equal(label(100_000, 80_000), "Decreased 20% or more");
    assert.equal(label(100_000, 0), "Decreased 20% or more");
    // An odd payment: $333.33 → 10% is 33.333 cents' worth, so 299.99 (drop 33.34, 10.002%) is 10-20%.
    assert.equal(label(33_333, 29_999), "Decreased 10% to less than 20%");
    assert.equal(label(33_333, 30_000), "Decreased less than 10%");
  });
});

describe("core/portfolio/summary: the payment-change buckets' integer path", () => {
  it("agrees with the exact decimal share of the rule set's thresholds (property)", () => {
    const p = paymentChangeBuckets();
    const [low, high] = PORTFOLIO_METRICS.params.paymentDecreaseShares;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2_000_000_000 }),
        fc.integer({ min: 0, max: 4_000_000_000 }),
        (before, after) => {
          const drop = new D(before - after).div(before);
          const exact =
            after > before ? 0 : after === before ? 1 : drop.lt(low) ? 2 : drop.lt(high) ? 3 : 4;
          assert.equal(p.bucketOf(before, after), exact);
        }
      ),
      { numRuns: 2000 }
    );
    // The edges themselves, where a float share would be at risk.
    for (const before of [10, 20, 100_000, 33_330, 123_450])
      for (const share of ["0.10", "0.20"]) {
        const edge = new D(before).times(new D(1).minus(share));
        assert.ok(edge.isInteger());
        assert.equal(p.bucketOf(before, edge.toNumber()), share === "0.10" ? 3 : 4);
      }
  });
});

describe("core/portfolio/summary: a five-loan tape worked by hand", () => {
  const s = summaryOf(TAPE);

  it("loans and UPB: 5 loans, $800,000.00", () => {
    // 100,000 + 200,000 + 150,000 + 300,000 + 50,000 = 800,000.00.
    assert.equal(s.loans.count, 5);
    assert.equal(s.loans.upb, 80_000_000);
  });

  it("delinquency buckets by count and UPB, the unknown one shown because L5 has no days", () => {
    assert.deepEqual(
      s.delinquency.map((l) => [l.label, l.count, l.upb]),
      [
        ["Current (under 30 days)", 1, 10_000_000], // L1
        ["30-59 days", 1, 20_000_000], // L2
        ["60-89 days", 0, 0],
        ["90-119 days", 1, 15_000_000], // L3
        ["120 days or more", 1, 30_000_000], // L4
        ["Not known (no next due date)", 1, 5_000_000], // L5
      ]
    );
    // 30+: L2, L3, L4 = 650,000; 90+: L3, L4 = 450,000.
    assert.deepEqual([s.delinquent.count, s.delinquent.upb], [3, 65_000_000]);
    assert.deepEqual([s.seriouslyDelinquent.count, s.seriouslyDelinquent.upb], [2, 45_000_000]);
  });

  it("recommended workouts by class, then count; no workout last", () => {
    assert.deepEqual(
      s.workouts.map((w) => [w.ruleSet, w.label, w.workoutClass, w.count, w.upb]),
      [
        // L3's partial claim leaves the note as it was (same rate and term, nothing capitalized):
        // home retention, not a modification. One loan each within a class: ordered by rule set.
        ["FHA-2025", "FHA partial claim", "retention", 1, 15_000_000],
        ["REPAY-FNMA", "Repayment plan", "retention", 1, 10_000_000],
        ["FLEX-2024", "GSE Flex Modification", "modification", 1, 20_000_000],
        ["SHORT-SALE-GSE", "GSE short sale", "liquidation", 1, 30_000_000],
        ["", "No workout", "none", 1, 5_000_000],
      ]
    );
    assert.deepEqual(
      s.classes.map((c) => c.count),
      [2, 1, 1, 1]
    );
  });

  it("NPV benefit: L2's Flex and L3's FHA option, each the option its NPV test valued: +10,000.00 − 2,500.00 = 7,500.00", () => {
    assert.equal(s.npv.modifications.count, 2);
    assert.equal(s.npv.tested.count, 2);
    assert.equal(s.npv.benefit, 750_000);
    assert.deepEqual(s.npv.positive, { count: 1, benefit: 1_000_000 });
    assert.deepEqual(s.npv.notPositive, { count: 1, benefit: -250_000 });
    assert.equal(s.npv.untested.count, 0);
  });

  it("breakdowns by investor (investor order), state (by UPB) and bucket", () => {
    assert.deepEqual(
      s.byInvestor.map((g) => [
        g.key,
        g.count,
        g.upb,
        g.delinquent,
        g.serious,
        g.classes,
        g.npvBenefit,
      ]),
      [
        // FNMA: L1 (current, plan), L2 (45 days, mod +10,000).
        ["FNMA", 2, 30_000_000, 1, 0, [1, 1, 0, 0], 1_000_000],
        ["FHLMC", 1, 30_000_000, 1, 1, [0, 0, 1, 0], 0],
        ["FHA", 1, 15_000_000, 1, 1, [1, 0, 0, 0], -250_000],
        // L5's days are not known: neither delinquent nor seriously delinquent.
        ["VA", 1, 5_000_000, 0, 0, [0, 0, 0, 1], 0],
      ]
    );
    // TX 450,000 > CA 300,000 > FL 50,000.
    assert.deepEqual(
      s.byState.map((g) => [g.key, g.count, g.upb]),
      [
        ["TX", 2, 45_000_000],
        ["CA", 2, 30_000_000],
        ["FL", 1, 5_000_000],
      ]
    );
    assert.deepEqual(
      s.byBucket.map((g) => [g.label, g.count]),
      [
        ["Current (under 30 days)", 1],
        ["30-59 days", 1],
        ["90-119 days", 1],
        ["120 days or more", 1],
        ["Not known (no next due date)", 1],
      ]
    );
  });

  it("modification characteristics: only L2 modifies (capitalizes, cuts the rate, extends the term)", () => {
    const m = s.modifications;
    assert.deepEqual([m.loans.count, m.loans.upb], [1, 20_000_000]);
    assert.deepEqual(
      m.changes.map((c) => [c.label, c.count]),
      [
        ["Capitalization of arrears", 1],
        ["Rate reduced", 1],
        ["Rate increased", 0],
        ["Term extended", 1],
        ["Principal forbearance", 0],
        ["Partial claim", 0],
      ]
    );
    assert.deepEqual(
      m.combinations.map((c) => [c.label, c.count, c.upb]),
      [["Capitalization of arrears + Rate reduced + Term extended", 1, 20_000_000]]
    );
    // L2: 1,500 → 1,200 is 20% down exactly: "20% or more".
    assert.deepEqual(
      m.payment.map((p) => p.count),
      [0, 0, 0, 0, 1]
    );
    assert.deepEqual([m.piBefore, m.piAfter, m.withPayment], [150_000, 120_000, 1]);
  });

  it("a partial claim with other changes is a modification, its partial claim among them", () => {
    const t = summaryOf([
      loan(
        7,
        {
          investor: "FHA",
          upb: 10_000_000,
          note_rate: 0.04,
          new_rate: 0.06,
          remaining_term: 300,
          new_term: 360,
          partial_claim: 500_000,
          pi_payment: 60_000,
          new_pi: 59_000,
        },
        FHA
      ),
    ]);
    assert.deepEqual(
      t.modifications.combinations.map((c) => c.label),
      ["Rate increased + Term extended + Partial claim"]
    );
    // 600.00 → 590.00: down 1.67%.
    assert.deepEqual(
      t.modifications.payment.map((p) => p.count),
      [0, 0, 1, 0, 0]
    );
  });

  it("the Reg X calendar: days 0 to 14 after the as-of date, soonest first", () => {
    const c = s.calendar;
    assert.equal(c.windowDays, 14);
    assert.deepEqual(
      c.entries.map((e) => [e.loanId, e.daysAfter, e.deadline, `${e.date.month}/${e.date.day}`]),
      [
        // L4: live contact on the as-of date itself (day 0).
        ["L4", 0, 0, "12/1"],
        // 12/8: L2's acknowledgment (deadline 2) before L4's acceptance period (deadline 4).
        ["L2", 7, 2, "12/8"],
        ["L4", 7, 4, "12/8"],
        // L3's acceptance ends on day 14 (inside); its evaluation on day 15 is outside. L5 has no offer.
        ["L3", 14, 4, "12/15"],
      ]
    );
    assert.equal(c.loans, 3);
    assert.deepEqual(
      c.byDeadline.map((b) => b.count),
      [1, 0, 1, 0, 2, 0]
    );
  });

  it("rule sets named by the rows, with PORTFOLIO-METRICS", () => {
    assert.deepEqual(
      s.ruleSets.map((r) => `${r.id} ${r.version}`),
      [
        "AUTO 2026-11-01",
        "FHA-2025 v1",
        "FLEX-2024 v1",
        "NPV-2026 2026-11-27",
        "PORTFOLIO-METRICS 2026-11-01",
        "REGX-2017 2017-10-19",
        "REPAY-FNMA v1",
        "SHORT-SALE-GSE v1",
      ]
    );
  });
});

describe("core/portfolio/summary: counts and merging", () => {
  it("reconciles: rows the program could not evaluate are among the rejected", () => {
    const s = summaryOf(TAPE, 2, 3);
    assert.deepEqual(s.counts, {
      read: 8,
      evaluated: 5,
      rejected: 3,
      blank: 0,
      notEvaluable: 2,
      failedCheck: 1,
    });
  });

  it("refuses a summary whose loans are not the run's evaluated rows", () => {
    const t = new PortfolioTally();
    t.add(TAPE[0]);
    const s = t.finish({ read: 2, evaluated: 2, rejected: 0, blank: 0 });
    assert.ok(!s.ok);
    assert.match(s.issues[0].reason, /holds 1 loans but the run evaluated 2/);
  });

  it("an empty tape: zeros everywhere, every bucket shown, no calendar", () => {
    const s = summaryOf([]);
    assert.equal(s.loans.count, 0);
    assert.equal(s.delinquency.length, 5);
    assert.equal(s.calendar.entries.length, 0);
    assert.equal(s.asOf, undefined);
  });

  it("any split of the rows over tallies, merged, gives the one tally's summary (property)", () => {
    const whole = summaryOf(TAPE);
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 5, maxLength: 5 }),
        (parts) => {
          const tallies = [new PortfolioTally(), new PortfolioTally(), new PortfolioTally()];
          TAPE.forEach((r, i) => tallies[parts[i]].add(r));
          // Through JSON, as a worker thread's share would travel.
          tallies[0].merge(JSON.parse(JSON.stringify(tallies[1].state)));
          tallies[0].merge(JSON.parse(JSON.stringify(tallies[2].state)));
          const s = tallies[0].finish({ read: 5, evaluated: 5, rejected: 0, blank: 0 });
          assert.ok(s.ok);
          assert.deepEqual(s.value, whole);
        }
      )
    );
  });
});
