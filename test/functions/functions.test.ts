import { strict as assert } from "node:assert";
import fc from "fast-check";
import { StandInError, excelError, installCustomFunctionsStandIn } from "./stand-in";

import * as payments from "../../src/functions/payments";
import * as ratios from "../../src/functions/ratios";
import * as rates from "../../src/functions/rates";
import * as repayment from "../../src/functions/repayment";
import * as liquidation from "../../src/functions/liquidation";
import * as income from "../../src/functions/income";
import * as calendar from "../../src/functions/calendar";

// The functions read the global only when they build an error, as in Excel's runtime.
installCustomFunctionsStandIn();

const col = (...xs: unknown[]) => xs.map((x) => [x]) as any[][];
const one = (x: unknown) => [[x]] as any[][];

describe("functions: the cell adapter", () => {
  it("returns one cell for one-cell arguments and a column for columns", () => {
    assert.deepEqual(payments.payment(one(200000), one(0.075), one(360)), [[1398.43]]);
    assert.deepEqual(payments.payment(col(200000, 10000), one(0.075), col(360, 12)), [
      [1398.43],
      [867.57],
    ]);
  });

  it("broadcasts a one-cell argument against columns and refuses columns of different lengths", () => {
    const r = payments.payment(col(1, 2), col(0.05, 0.05, 0.05), one(12));
    assert.equal(r.length, 1);
    assert.equal(excelError(r[0][0]), "#VALUE!");
    assert.match((r[0][0] as StandInError).message!, /principal has 2 rows, annual_rate has 3/);
  });

  it("puts an error in the bad row's own cell; the other rows compute", () => {
    const r = payments.payment(col(200000, "abc", "", -5, 1e300), one(0.075), one(360));
    assert.equal(r[0][0], 1398.43);
    assert.equal(excelError(r[1][0]), "#VALUE!");
    assert.match((r[1][0] as StandInError).message!, /principal: "abc" is not an amount of money/);
    assert.equal(excelError(r[2][0]), "#N/A");
    assert.match((r[2][0] as StandInError).message!, /principal is missing/);
    assert.equal(excelError(r[3][0]), "#VALUE!");
    assert.equal(excelError(r[4][0]), "#NUM!");
  });

  it("reads numeric text and percent text, and hints when a rate looks like a percent", () => {
    assert.deepEqual(payments.payment(one("$200,000.00"), one("7.5%"), one("360")), [[1398.43]]);
    const r = payments.payment(one(200000), one(7.5), one(360));
    assert.equal(excelError(r[0][0]), "#VALUE!");
    assert.match((r[0][0] as StandInError).message!, /looks like a percent: enter 0\.075 or 7\.5%/);
  });

  it("gives #NUM! for a term of 0 and #VALUE! for a boolean", () => {
    assert.equal(excelError(payments.payment(one(1000), one(0.05), one(0))[0][0]), "#NUM!");
    assert.equal(excelError(payments.payment(one(true), one(0.05), one(12))[0][0]), "#VALUE!");
  });

  it("vectorized results equal the scalar ones row by row (property)", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            p: fc.oneof(
              fc.integer({ min: 0, max: 100_000_000 }).map((c) => c / 100),
              fc.constant("x"),
              fc.constant(""),
              fc.constant(-1)
            ),
            r: fc.oneof(
              fc.integer({ min: 0, max: 12000 }).map((b) => b / 100000),
              fc.constant(6.5)
            ),
            n: fc.oneof(fc.integer({ min: 1, max: 480 }), fc.constant(0)),
            a: fc.integer({ min: 0, max: 5_000_000 }).map((c) => c / 100),
          }),
          { minLength: 1, maxLength: 40 }
        ),
        (rows) => {
          const vec = payments.modpayment(
            col(...rows.map((x) => x.p)),
            col(...rows.map((x) => x.r)),
            col(...rows.map((x) => x.n)),
            col(...rows.map((x) => x.a))
          );
          assert.equal(vec.length, rows.length);
          rows.forEach((x, i) => {
            const scalar = payments.modpayment(one(x.p), one(x.r), one(x.n), one(x.a));
            assert.deepEqual(vec[i], scalar[0]);
          });
        }
      ),
      { numRuns: 200 }
    );
  });
});

describe("functions: payments", () => {
  it("MODPAYMENT pays on upb + arrears − forbearance: 100,000 + 20,000 at 5%/360 = 644.19", () => {
    assert.deepEqual(
      payments.modpayment(one(100000), one(0.05), one(360), one(20000), null as any),
      [[644.19]]
    );
    // 120,000 − 20,000 forborne = 100,000 at 5%/360 → 536.82 (Python decimal)
    assert.deepEqual(
      payments.modpayment(one(100000), one(0.05), one(360), one(20000), one(20000)),
      [[536.82]]
    );
    assert.equal(
      excelError(payments.modpayment(one(100), one(0.05), one(360), one(0), one(101))[0][0]),
      "#VALUE!"
    );
  });

  it("MAXPRINCIPAL and BALANCE", () => {
    // 990 at 2%/480: the present value 326,920.79… floored (test/oracle/fixtures.json).
    assert.deepEqual(payments.maxprincipal(one(990), one(0.02), one(480)), [[326920.79]]);
    // Above the 1e13-dollar cap: #NUM! in that row only (it never returned before).
    const capped = payments.maxprincipal(col(1e12, 785), one(0.05), one(360));
    assert.equal(excelError(capped[0][0]), "#NUM!");
    assert.equal(capped[1][0], 146231.06); // 785 at 5%/360 (test/oracle)
    assert.deepEqual(payments.balance(one(200000), one(0.075), one(360), col(12, 60)), [
      [198156.31],
      [189234.81],
    ]);
  });

  it("AMORTIZE spills a schedule with headers that ends at 0 and refuses a range", () => {
    const t = payments.amortize(
      one(250000),
      one(0.065),
      one(360),
      one(46419),
      null as any,
      null as any
    );
    assert.deepEqual(t[0], ["No.", "Date", "Payment", "Interest", "Principal", "Balance"]);
    assert.equal(t.length, 361);
    assert.deepEqual(t[1], [1, 46419, 1580.17, 1354.17, 226, 249774]);
    assert.deepEqual(t[360], [
      360,
      46419 + (new Date(Date.UTC(2056, 11, 1)).getTime() - Date.UTC(2027, 0, 1)) / 86400000,
      1580.55,
      8.52,
      1572.03,
      0,
    ]);
    const noHeaders = payments.amortize(
      one(1000),
      one(0),
      one(2),
      null as any,
      null as any,
      one(false)
    );
    assert.deepEqual(noHeaders, [
      [1, "", 500, 0, 500, 500],
      [2, "", 500, 0, 500, 0],
    ]);
    const range = payments.amortize(col(1000, 2000), one(0.05), one(12));
    assert.equal(excelError(range[0][0]), "#VALUE!");
  });
});

describe("functions: ratios, rates, repayment, liquidation", () => {
  it("DTI sums several debt cells per row; blank debts count as 0; zero income is #DIV/0!", () => {
    assert.deepEqual(ratios.dti(one(4000), [[1975, 300, 350]]), [[0.65625]]);
    assert.deepEqual(
      ratios.dti(col(4000, 5000, 0), [
        [1975, "", 350],
        [1000, 0, 0],
        [1, 1, 1],
      ]),
      [[0.58125], [0.2], [new StandInError("#DIV/0!")]]
    );
    assert.equal(excelError(ratios.dti(one(0), one(1))[0][0]), "#DIV/0!");
    assert.equal(excelError(ratios.dti(one(4000), [[1, "x"]])[0][0]), "#VALUE!");
  });

  it("FRONTDTI (DTI-1) and LTV (MTM-1)", () => {
    assert.deepEqual(ratios.frontdti(one(4000), one(1500), one(200), one(75), one(200)), [
      [0.49375],
    ]);
    assert.deepEqual(ratios.ltv(one(225000), one(200000)), [[1.125]]);
    assert.equal(excelError(ratios.ltv(one(1), one(0))[0][0]), "#DIV/0!");
  });

  it("MARKETRATE (RATE-1)", () => {
    assert.deepEqual(rates.marketrate(col(0.0687, 0.0681, 0.069375), one(0.0025), null as any), [
      [0.07125],
      [0.07],
      [0.0725],
    ]);
    assert.equal(excelError(rates.marketrate(one(0.06), null as any, one(0))[0][0]), "#NUM!");
  });

  it("REPAYPLAN and REPAYMONTHS (RPP-1)", () => {
    const plan = repayment.repayplan(one(4500), one(1500), one(6), null as any, null as any);
    assert.deepEqual(plan[0], [
      "No.",
      "Due date",
      "Contractual",
      "Catch-up",
      "Installment",
      "Arrears left",
    ]);
    assert.deepEqual(plan[1], [1, "", 1500, 750, 2250, 3750]);
    assert.deepEqual(plan[6], [6, "", 1500, 750, 2250, 0]);
    assert.deepEqual(repayment.repaymonths(col(4500, 4500), one(1500), col(1.5, 1.25)), [
      [6],
      [12],
    ]);
    assert.equal(excelError(repayment.repaymonths(one(4500), one(1500), one(1))[0][0]), "#N/A");
  });

  it("SHORTSALENET and LOSSSEVERITY", () => {
    assert.deepEqual(
      liquidation.shortsalenet(
        one(250000),
        one(0.06),
        one(4000),
        one(6000),
        one(7500),
        null as any
      ),
      [[217500]]
    );
    const sev = liquidation.lossseverity(one(260000), one(217500), one(240000));
    assert.ok(Math.abs((sev[0][0] as number) - 0.17708333333333334) < 1e-15);
    assert.equal(excelError(liquidation.lossseverity(one(1), one(-5), one(0))[0][0]), "#DIV/0!");
  });
});

describe("functions: regressions from an adversarial run", () => {
  it("BREAKEVEN takes payments to cents first: a saving of 0.00 is no saving (#N/A)", () => {
    // current 1e-300 and 0.004 are 0.00 in cents, like a new P&I of 0: the saving is 0.00, not a
    // tiny positive amount (these gave 5.964e301 and 25,000 months).
    for (const [costs, current] of [
      [59.64, 1e-300],
      [100, 0.004],
    ]) {
      const r = income.breakeven(one(costs), one(current), one(0));
      assert.equal(excelError(r[0][0]), "#N/A");
      assert.match((r[0][0] as StandInError).message!, /no monthly saving/);
    }
    // 0.005 is 0.01 half-up: a saving of one cent repays 100.00 in 10,000 months.
    assert.deepEqual(income.breakeven(one(100), one(0.005), one(0)), [[10000]]);
  });

  it("BUSINESSDAYS counts a column of day counts by weeks (one row far past 9999 is #NUM!, the others compute)", () => {
    // 45000 = 2023-03-15 (a Wednesday): +5 business days = 2023-03-22 (45007); −5 = 2023-03-08 (44993).
    const r = calendar.businessdays(one(45000), col(5, 2000000, -5));
    assert.deepEqual(r[0], [45007]);
    assert.equal(excelError(r[1][0]), "#NUM!");
    assert.deepEqual(r[2], [44993]);
  });
});
