import { strict as assert } from "node:assert";
import fc from "fast-check";
import Decimal from "decimal.js";
import {
  amortize,
  balanceAfter,
  balanceAfterCents,
  levelPayment,
  levelPaymentCents,
  maxPrincipal,
  maxPrincipalCents,
  paymentExact,
  presentValueExact,
} from "../../src/core/schedule";
import { formatIsoDate, parseIsoDate } from "../../src/core/calendar-date";

/** Independent reference: payment from the closed form in decimal, half-up to cents (not our code path). */
function referencePaymentCents(principalCents: number, annualRate: number, n: number): number {
  const D = Decimal.clone({ precision: 50 });
  const r = new D(annualRate).div(12);
  const p = r.isZero()
    ? new D(principalCents).div(n)
    : new D(principalCents).times(r).div(new D(1).minus(r.plus(1).pow(-n)));
  return p.toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();
}

const value = <T>(r: { ok: true; value: T } | { ok: false }): T => {
  assert.ok(r.ok, `expected a value, got ${JSON.stringify(r)}`);
  return (r as { value: T }).value;
};

describe("core/schedule: level payment", () => {
  it("reproduces the published HAMP-A rate table (domain-research §13, PUB and CALC)", () => {
    // 200,000 over 360 months: 7.5% → 1,398.43 (published), 4.0% → 954.83 (published),
    // and the 0.125% steps computed with Python decimal: 4.5% 1,013.37; 4.375% 998.57; 4.25% 983.88; 4.125% 969.30.
    const table: [number, string][] = [
      [0.075, "1398.43"],
      [0.045, "1013.37"],
      [0.04375, "998.57"],
      [0.0425, "983.88"],
      [0.04125, "969.3"],
      [0.04, "954.83"],
    ];
    for (const [rate, expected] of table)
      assert.equal(value(levelPayment(200000, rate, 360)).toString(), expected, `rate ${rate}`);
  });

  it("matches Microsoft's PMT example PMT(8%/12, 10, 10000) = -1,037.03 (peers.md §3.1)", () => {
    assert.equal(value(levelPayment(10000, 0.08, 10)).toString(), "1037.03");
  });

  it("divides evenly at a zero rate and rounds ties half-up", () => {
    // 1.01 / 2 = 0.505 exactly → 0.51 half-up (a float would see 0.50499999...)
    assert.equal(value(levelPayment(1.01, 0, 2)).toString(), "0.51");
    assert.equal(value(levelPayment(1200, 0, 12)).toString(), "100");
  });

  it("refuses what has no payment, naming the argument", () => {
    const t0 = levelPayment(1000, 0.05, 0);
    assert.ok(!t0.ok && t0.issues[0].code === "NUM" && t0.issues[0].field === "term_months");
    const r = levelPayment(1000, -1, 12);
    assert.ok(!r.ok && r.issues[0].code === "NUM" && r.issues[0].field === "annual_rate");
    const pct = levelPayment(1000, 6.5, 12);
    assert.ok(!pct.ok && pct.issues[0].code === "VALUE" && /0\.065/.test(pct.issues[0].reason));
    const neg = levelPayment(-5, 0.05, 12);
    assert.ok(!neg.ok && neg.issues[0].code === "VALUE" && neg.issues[0].field === "principal");
    const frac = levelPayment(1000, 0.05, 12.5);
    assert.ok(!frac.ok && frac.issues[0].code === "VALUE");
  });

  it("the float fast path always gives the decimal cents (property, 5,000 loans)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 500_000_000_00 }),
        fc.integer({ min: -2000, max: 20000 }),
        fc.integer({ min: 1, max: 1200 }),
        (principalCents, rateBp100, n) => {
          const rate = rateBp100 / 100000; // −2% to 20% in 0.001% steps
          assert.equal(
            levelPaymentCents(principalCents, rate, n),
            referencePaymentCents(principalCents, rate, n)
          );
        }
      ),
      { numRuns: 5000 }
    );
  });

  it("decides exact half-cent ties in decimal (property over constructed ties)", () => {
    // At a zero rate L/n is a tie whenever L = n·(k + ½) cents: half-up must give k + 1.
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 1, max: 600 }).filter((n) => n % 2 === 0),
        (k, n) => {
          const principalCents = n * k + n / 2;
          assert.equal(levelPaymentCents(principalCents, 0, n), k + 1);
        }
      )
    );
  });
});

describe("core/schedule: present value and maximum principal", () => {
  it("present value inverts the unrounded payment", () => {
    const p = paymentExact(200000, 0.075, 360);
    assert.ok(presentValueExact(p, 0.075, 360).minus(200000).abs().lt("1e-25"));
  });

  it("finds the largest principal for a target payment (values from Python decimal)", () => {
    // 990.00 at 2% over 480 → 326,922.45; 1,973.00 at 4.25%/480 → 455,007.63; 1,000 at 6%/360 → 166,792.44
    assert.equal(value(maxPrincipal(990, 0.02, 480)).toString(), "326922.45");
    assert.equal(value(maxPrincipal(1973, 0.0425, 480)).toString(), "455007.63");
    assert.equal(value(maxPrincipal(1000, 0.06, 360)).toString(), "166792.44");
  });

  it("max principal's payment ≤ target and one more cent exceeds it (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5_000_000 }),
        fc.integer({ min: 0, max: 15000 }),
        fc.integer({ min: 1, max: 480 }),
        (targetCents, rateBp100, n) => {
          const rate = rateBp100 / 100000;
          const l = maxPrincipalCents(targetCents, rate, n);
          assert.ok(referencePaymentCents(l, rate, n) <= targetCents, "payment within target");
          assert.ok(
            referencePaymentCents(l + 1, rate, n) > targetCents,
            "one more cent exceeds it"
          );
        }
      ),
      { numRuns: 3000 }
    );
  });
});

describe("core/schedule: amortization", () => {
  it("reproduces 250,000 at 6.5% over 360: total interest 318,861.58 (peers.md §5.2) and the rows Python decimal gives", () => {
    const s = value(amortize(250000, 0.065, 360));
    assert.equal(s.payment, 158017);
    assert.equal(s.totalInterest, 31886158);
    // row 1: interest round(250000 × 0.065/12) = 1,354.17; principal 226.00; balance 249,774.00
    assert.deepEqual(
      [s.rows[0].interest, s.rows[0].principal, s.rows[0].balance],
      [135417, 22600, 24977400]
    );
    // the last payment absorbs the residue: 1,580.55 = interest 8.52 + the 1,572.03 left
    assert.deepEqual(
      [s.rows[359].payment, s.rows[359].interest, s.rows[359].principal, s.rows[359].balance],
      [158055, 852, 157203, 0]
    );
  });

  it("pays a forbearance balloon with the last payment (100,000 with 20,000 forborne, 5%, 12 months)", () => {
    // interest-bearing 80,000 → payment 6,848.60; month 1 interest 333.33;
    // month 12: interest 28.42, principal 6,820.17 + 20,000 balloon = 26,848.59 (Python decimal)
    const s = value(amortize(100000, 0.05, 12, { forbearance: 20000 }));
    assert.equal(s.payment, 684860);
    assert.equal(s.rows[0].interest, 33333);
    assert.equal(s.rows[0].balance, 9348473); // 73,484.73 interest-bearing + 20,000 forborne
    assert.deepEqual(
      [s.rows[11].payment, s.rows[11].interest, s.rows[11].principal, s.rows[11].balance],
      [2684859, 2842, 2682017, 0]
    );
  });

  it("dates each payment a month apart, clamping to month ends", () => {
    const s = value(amortize(1000, 0.05, 4, { firstPaymentDate: parseIsoDate("2027-01-31") }));
    assert.deepEqual(
      s.rows.map((r) => formatIsoDate(r.date!)),
      ["2027-01-31", "2027-02-28", "2027-03-31", "2027-04-30"]
    );
  });

  it("refuses a forbearance above the principal", () => {
    const r = amortize(1000, 0.05, 12, { forbearance: 1000.01 });
    assert.ok(!r.ok && r.issues[0].field === "forbearance");
  });

  it("every schedule ends at 0.00, its principal sums to the loan, and each interest is the rounded balance × r (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 200_000_000 }),
        fc.integer({ min: 0, max: 12000 }),
        fc.integer({ min: 1, max: 480 }),
        fc.integer({ min: 0, max: 100 }),
        (principalCents, rateBp100, n, forbornePct) => {
          const rate = rateBp100 / 100000;
          const forborne = Math.floor((principalCents * Math.min(forbornePct, 30)) / 100);
          const s = value(amortize(principalCents / 100, rate, n, { forbearance: forborne / 100 }));
          assert.equal(s.rows.length, n);
          assert.equal(s.rows[n - 1].balance, 0);
          assert.equal(
            s.rows.reduce((t, r) => t + r.principal, 0),
            principalCents
          );
          const r = new Decimal(rate).div(12);
          let ib = principalCents - forborne;
          for (const row of s.rows.slice(0, -1)) {
            const interest = r.times(ib).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber() + 0; // + 0: no -0
            assert.equal(row.interest, interest);
            assert.equal(row.payment, s.payment);
            ib -= row.principal;
            assert.equal(row.balance, ib + forborne);
          }
        }
      ),
      { numRuns: 300 }
    );
  });
});

describe("core/schedule: balance after k payments", () => {
  it("gives the schedule's balance (200,000 at 7.5%: 198,156.31 after 12, 189,234.81 after 60; Python decimal)", () => {
    assert.equal(value(balanceAfter(200000, 0.075, 360, 12)).toString(), "198156.31");
    assert.equal(value(balanceAfter(200000, 0.075, 360, 60)).toString(), "189234.81");
    assert.equal(value(balanceAfter(200000, 0.075, 360, 0)).toString(), "200000");
    assert.equal(value(balanceAfter(200000, 0.075, 360, 400)).toString(), "0");
  });

  it("equals the amortization row for every k (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000_000 }),
        fc.integer({ min: 0, max: 10000 }),
        fc.integer({ min: 1, max: 360 }),
        (pc, bp, n) => {
          const rate = bp / 100000;
          const s = value(amortize(pc / 100, rate, n));
          const k = Math.floor(n / 2);
          assert.equal(balanceAfterCents(pc, rate, n, k), k === 0 ? pc : s.rows[k - 1].balance);
        }
      ),
      { numRuns: 300 }
    );
  });
});
