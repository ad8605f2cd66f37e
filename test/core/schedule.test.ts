import { strict as assert } from "node:assert";
import fc from "fast-check";
import Decimal from "decimal.js";
import {
  amortize,
  amortizeFromCents,
  balanceAfter,
  balanceAfterCents,
  levelPayment,
  levelPaymentCents,
  paymentExact,
  presentValueExact,
} from "../../src/core/schedule";
import { MAX_PRINCIPAL_CENTS, maxPrincipal, maxPrincipalCents } from "../../src/core/max-principal";
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
  it("reproduces the HAMP-A rate table (docs/rules/hamp.md, example HAMP-A)", () => {
    // 200,000 over 360 months: 7.5% → 1,398.43 and 4.0% → 954.83 as the example prints them; the
    // 0.125% steps from test/oracle (exact rationals): 4.5% 1,013.37; 4.375% 998.57; 4.25% 983.88; 4.125% 969.30.
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

  it("matches Microsoft's PMT example PMT(8%/12, 10, 10000) = -1,037.03 (Excel's PMT documentation)", () => {
    assert.equal(value(levelPayment(10000, 0.08, 10)).toString(), "1037.03");
  });

  it("divides evenly at a zero rate and rounds ties half-up", () => {
    // 1.01 / 2 = 0.505 exactly → 0.51 half-up (a float would see 0.50499999...)
    assert.equal(value(levelPayment(1.01, 0, 2)).toString(), "0.51");
    assert.equal(value(levelPayment(1200, 0, 12)).toString(), "100");
  });

  it("decides exact ties at a non-zero rate as ties (no digit count can)", () => {
    // 100.50 at 12% over 2 months: r = 1%, payment = 100.5 × 0.010201 / 0.0201 = 5,000 × 0.010201 = 51.005
    // exactly → 51.01 half-up. 0.48 at 12.5% over 1 month: 0.48 × (1 + 0.125/12) = 0.48 × 97/96 = 0.485 → 0.49.
    assert.equal(value(levelPayment(100.5, 0.12, 2)).toString(), "51.01");
    assert.equal(value(levelPayment(0.48, 0.125, 1)).toString(), "0.49");
  });

  it("a rate too small to move a cent still pays: above a tie when positive, below it when negative", () => {
    // 1.01 over 2 months at ±1e-300: the exact payment is a hair above (below) the tie 0.505.
    assert.equal(value(levelPayment(1.01, 1e-300, 2)).toString(), "0.51");
    assert.equal(value(levelPayment(1.01, -1e-300, 2)).toString(), "0.5");
    assert.equal(value(levelPayment(1.02, 1e-300, 2)).toString(), "0.51");
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

  it("HUD Mortgagee Letter 2009-23: a $785 payment at 6% over 360 months carries $130,931.41", () => {
    // The letter's example prints a new mortgage of $130,931 and a deferment of $19,069 on $150,000:
    // PV = 785 × (1 − 1.005^−360) / 0.005 = 130,931.4133… → 130,931.41 (test/oracle sums it month by month).
    assert.equal(value(maxPrincipal(785, 0.06, 360)).toString(), "130931.41");
    assert.equal(150000 - Math.floor(130931.41), 19069);
    // Its payment is the target; one cent more also rounds to 785.00 and is not used (the agencies' figure).
    assert.equal(value(levelPayment(130931.41, 0.06, 360)).toString(), "785");
    assert.equal(value(levelPayment(130931.42, 0.06, 360)).toString(), "785");
  });

  it("gives the present value of the target floored to cents (test/oracle/fixtures.json)", () => {
    assert.equal(value(maxPrincipal(990, 0.02, 480)).toString(), "326920.79");
    assert.equal(value(maxPrincipal(1973, 0.0425, 480)).toString(), "455006.47");
    assert.equal(value(maxPrincipal(1000, 0.06, 360)).toString(), "166791.61");
    assert.equal(value(maxPrincipal(0, 0.06, 360)).toString(), "0");
  });

  it("keeps a present value that is exactly a whole cent", () => {
    // 102.01 at 12% over 2: PV = 102.01 × (1/1.01 + 1/1.0201) = 102.01 × 2.01 / 1.0201 = 201.00 exactly.
    // 0.97 at 12.5% over 1: PV = 0.97 / (97/96) = 0.96 exactly. 1.00 at 0% over 12: 12.00.
    assert.equal(value(maxPrincipal(102.01, 0.12, 2)).toString(), "201");
    assert.equal(value(maxPrincipal(0.97, 0.125, 1)).toString(), "0.96");
    assert.equal(value(maxPrincipal(1, 0, 12)).toString(), "12");
    // At ±1e-300 the present value is a hair below (above) 12.00.
    assert.equal(value(maxPrincipal(1, 1e-300, 12)).toString(), "11.99");
    assert.equal(value(maxPrincipal(1, -1e-300, 12)).toString(), "12");
  });

  it("its payment never exceeds the target, and it lies within a cent below the exact present value (property)", () => {
    const D = Decimal.clone({ precision: 60 });
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5_000_000 }),
        fc.integer({ min: -2000, max: 15000 }),
        fc.integer({ min: 1, max: 480 }),
        (targetCents, rateBp100, n) => {
          const rate = rateBp100 / 100000;
          const l = maxPrincipalCents(targetCents, rate, n);
          assert.ok(referencePaymentCents(l, rate, n) <= targetCents, "payment within target");
          const r = new D(rate).div(12);
          const pv = r.isZero()
            ? new D(targetCents).times(n)
            : new D(targetCents).times(new D(1).minus(r.plus(1).pow(-n))).div(r);
          assert.ok(new D(l).lte(pv.plus("1e-30")), `${l} above the present value ${pv}`);
          assert.ok(new D(l).gt(pv.minus(1)), `${l} more than a cent below ${pv}`);
        }
      ),
      { numRuns: 3000 }
    );
  });

  it("returns at once for any amount, and refuses a principal above the 1e13-dollar cap (#NUM!)", () => {
    // These never returned when the principal was searched for cent by cent past 2^53 cents, and
    // 4e11 at 5%/360 gave 74,512,646,818,431.14.
    for (const [t, r, n] of [
      [1e12, 0.05, 360],
      [1e13, 0.000125, 455],
      [1, -0.99, 1200],
      [4e11, 0.05, 360],
    ]) {
      const m = maxPrincipal(t, r, n);
      assert.ok(!m.ok && m.issues[0].code === "NUM" && m.issues[0].field === "target_payment");
      assert.match(m.issues[0].reason, /above 1e\+13 dollars/);
    }
    // At 0% the principal is target × n: 8,333,333,333.33 × 1,200 = 9,999,999,999,996.00 fits;
    // one cent more gives 10,000,000,000,008.00, above the cap.
    assert.equal(value(maxPrincipal(8333333333.33, 0, 1200)).toString(), "9999999999996");
    assert.ok(!maxPrincipal(8333333333.34, 0, 1200).ok);
    assert.equal(maxPrincipalCents(1e15, 0.05, 360), MAX_PRINCIPAL_CENTS + 1);
  });
});

describe("core/schedule: amortization", () => {
  it("reproduces 250,000 at 6.5% over 360: total interest 318,861.58 and the rows test/oracle gives", () => {
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
    // month 12: interest 28.42, principal 6,820.17 + 20,000 balloon = 26,848.59 (test/oracle)
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
    // The same check on amounts in cents, as LM.AMORTIZE gives them.
    assert.deepEqual(amortizeFromCents(100000, 0.05, 12, 100001), r);
    assert.deepEqual(
      amortizeFromCents(100000, 0.05, 12, 20000),
      amortize(1000, 0.05, 12, { forbearance: 200 })
    );
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
  it("gives the schedule's balance (200,000 at 7.5%: 198,156.31 after 12, 189,234.81 after 60; test/oracle)", () => {
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
