/**
 * Independent oracles for the payment math in src/core/schedule.ts.
 *
 * The expected values are data taken from two public test suites, with their source (repository,
 * path, commit) recorded in each fixture under test/fixtures/oracles/:
 *   - LibreOffice Calc's function tests (libreoffice-<fn>.json): PMT, PV, IPMT, PPMT, CUMPRINC, CUMIPMT,
 *     15 significant digits each;
 *   - numpy-financial's tests (numpy-financial.json): pmt, pv, fv, ppmt, ipmt, including 28-digit
 *     Python Decimal results.
 *
 * Both suites use the spreadsheet cash-flow convention (a loan received is a positive pv, so payments
 * come out negative) and a rate PER PERIOD. Our core takes an annual rate and divides it by 12, so each
 * row's per-period rate is turned into annualRate = 12 × rate, computed in decimal from the fixture's
 * text: for "x/12" that is exactly x, so the core's monthly rate is the oracle's rate itself.
 *
 * What the core models is a level-payment loan: payments at the end of each period (type 0), nothing
 * left at the end (fv 0), a positive whole number of periods. Rows outside that are counted by reason
 * and skipped; the counts are pinned at the end so the suite cannot pass vacuously.
 *
 * IPMT, PPMT, CUMPRINC and CUMIPMT have no function of their own in the core; they are checked through
 * the exact balance, which the core gives as the present value of the payments still due:
 *   B(k) = presentValueExact(P, annualRate, n − k),  P = paymentExact(pv, annualRate, n),
 * so IPMT(per) = −r·B(per−1), PPMT(per) = −(P − r·B(per−1)), CUMPRINC(s..e) = −(B(s−1) − B(e)) and
 * CUMIPMT(s..e) = −((e−s+1)·P − (B(s−1) − B(e))).
 */
import { strict as assert } from "node:assert";
import { readFileSync } from "node:fs";
import path from "node:path";
import Decimal from "decimal.js";
import {
  balanceAfter,
  levelPayment,
  paymentExact,
  presentValueExact,
} from "../../src/core/schedule";

const FIXTURES = path.resolve(__dirname, "../fixtures/oracles");

/** The test's own arithmetic: wider than the core's 34 digits, so it adds no error of its own. */
const HP = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_EVEN });

// ---------------------------------------------------------------------------------------------
// Tolerances
// ---------------------------------------------------------------------------------------------

/**
 * LibreOffice: column B is the result to 15 significant digits, so it is itself off by up to 5e-15
 * relative, plus the error of LibreOffice's double arithmetic. We require relative agreement 1e-13
 * (an absolute 1e-13 when the expected value is 0). That is at least as strict as LibreOffice's own
 * checks (agreement to 10 or 12 decimal places, or equality of the 15-digit values) for every value
 * below 1e3, and within one unit of the 15th digit above that. The largest difference between the
 * exact values and these rows is 7e-14 relative.
 */
const LO_REL = new HP("1e-13");
/** numpy-financial's Decimal results are 28 significant digits of Python Decimal; we compute at 34. */
const NP_DECIMAL_REL = new HP("1e-24");
/** numpy's assert_equal on a float64 result: the true value differs from a float64 closed form by a few ulps. */
const NP_FLOAT_EXACT_REL = new HP("1e-14");

interface Tolerance {
  rel?: Decimal;
  abs?: Decimal;
}

function assertClose(actual: Decimal, expected: Decimal, tol: Tolerance, label: string): void {
  const diff = actual.minus(expected).abs();
  const bound = expected.isZero()
    ? (tol.abs ?? tol.rel ?? new HP(0))
    : HP.max(tol.abs ?? 0, tol.rel ? expected.abs().times(tol.rel) : 0);
  assert.ok(
    diff.lte(bound),
    `${label}: core ${actual.toSignificantDigits(34).toString()} vs oracle ${expected.toString()} ` +
      `(difference ${diff.toSignificantDigits(3).toString()}, allowed ${bound.toSignificantDigits(3).toString()})`
  );
}

// ---------------------------------------------------------------------------------------------
// Fixture shapes
// ---------------------------------------------------------------------------------------------

interface Source {
  repository: string;
  path: string;
  commit: string;
}

type LoExpected =
  | { value: string; resultDivisor?: string }
  | { error: string }
  | { approx: string; absTol: string };

interface LoRow {
  row: number;
  formula: string;
  args: Record<string, string | null>;
  cached: string;
  expected: LoExpected;
  check: string;
  comment?: string;
}

interface LoFixture {
  source: Source;
  function: string;
  rows: LoRow[];
}

interface NpRow {
  test: string;
  function: "pmt" | "pv" | "fv" | "ppmt" | "ipmt";
  args: Record<string, string>;
  expected: string;
  kind: "decimal" | "decimal-approx" | "float";
  tolerance: { rtol?: string; abs?: string; exact?: string };
  note?: string;
}

interface NpFixture {
  source: Source;
  rows: NpRow[];
}

function load<T>(file: string): T {
  return JSON.parse(readFileSync(path.join(FIXTURES, file), "utf8")) as T;
}

// ---------------------------------------------------------------------------------------------
// The oracle rows in the core's terms
// ---------------------------------------------------------------------------------------------

/** Per-period rate text ("0.0199/12", "0.05", "1E-16") → exact annual rate 12 × rate. */
function annualRateOf(rateText: string): Decimal {
  const parts = rateText.split("/");
  assert.ok(parts.length <= 2, `rate ${rateText}`);
  const rate = new HP(parts[0]);
  return parts.length === 2 ? rate.times(12).div(parts[1]) : rate.times(12);
}

/** A loan in the core's model, from an oracle row's arguments. */
interface Loan {
  pv: Decimal;
  annual: Decimal;
  /** The monthly (per-period) rate, annual/12, in the test's precision. */
  r: Decimal;
  n: number;
}

function loanOf(rate: string, nper: string, pv: string): Loan {
  const annual = annualRateOf(rate);
  return { pv: new HP(pv), annual, r: annual.div(12), n: Number(nper) };
}

function corePayment(loan: Loan): Decimal {
  return paymentExact(loan.pv, loan.annual, loan.n);
}

/** Exact balance after k payments: the present value of the n − k payments still due. */
function coreBalance(loan: Loan, payment: Decimal, k: number): Decimal {
  if (k >= loan.n) return new HP(0);
  return presentValueExact(payment, loan.annual, loan.n - k);
}

const coreIpmt = (loan: Loan, per: number) =>
  coreBalance(loan, corePayment(loan), per - 1)
    .times(loan.r)
    .neg();

function corePpmt(loan: Loan, per: number): Decimal {
  const p = corePayment(loan);
  return p.minus(coreBalance(loan, p, per - 1).times(loan.r)).neg();
}

function coreCumprinc(loan: Loan, start: number, end: number): Decimal {
  const p = corePayment(loan);
  return coreBalance(loan, p, start - 1)
    .minus(coreBalance(loan, p, end))
    .neg();
}

function coreCumipmt(loan: Loan, start: number, end: number): Decimal {
  const p = corePayment(loan);
  const principalPaid = coreBalance(loan, p, start - 1).minus(coreBalance(loan, p, end));
  return p
    .times(end - start + 1)
    .minus(principalPaid)
    .neg();
}

/** Whether levelPayment/balanceAfter accept the loan (they take cell numbers and check ranges). */
function cellInputsAccepted(loan: Loan): boolean {
  return (
    loan.pv.gt(0) &&
    loan.pv.decimalPlaces() <= 2 &&
    loan.annual.gt(-1) &&
    loan.annual.lte(1) &&
    loan.n >= 1 &&
    loan.n <= 1200
  );
}

/**
 * balanceAfter follows the cent-rounded schedule: the payment is rounded to cents once (error δ,
 * |δ| ≤ ½ cent) and each month's interest is rounded to cents (error ≤ ½ cent). The gap e_k to the
 * exact balance obeys e_k = (1+r)·e_{k−1} + ε_k with |ε_k| ≤ 1 cent, so
 *   |balanceAfter(k) − B(k)| ≤ 0.01 · s_k,  s_k = ((1+r)^k − 1)/r  (= k when r = 0).
 */
function checkBalanceAfter(loan: Loan, k: number, label: string): void {
  if (!cellInputsAccepted(loan)) return;
  const res = balanceAfter(loan.pv.toNumber(), loan.annual.toNumber(), loan.n, k);
  assert.ok(res.ok, `${label}: balanceAfter(${k}) failed: ${JSON.stringify(res)}`);
  const exact = coreBalance(loan, corePayment(loan), k);
  const s = loan.r.isZero() ? new HP(k) : loan.r.plus(1).pow(k).minus(1).div(loan.r);
  assertClose(
    new HP(res.value),
    exact,
    { abs: s.times("0.01").plus("1e-9") },
    `${label}: balanceAfter(${k})`
  );
}

/**
 * levelPayment rounds the exact payment half-up to cents; checked against the oracle's value rounded
 * the same way, unless the oracle value lies within 1e-9 of a half cent (where its own 15 digits
 * cannot decide the rounding).
 */
function checkLevelPayment(loan: Loan, oraclePmt: Decimal, label: string): void {
  if (!cellInputsAccepted(loan)) return;
  const cents = oraclePmt.abs().times(100);
  if (cents.minus(cents.floor()).minus("0.5").abs().lt("1e-7")) return;
  const res = levelPayment(loan.pv.toNumber(), loan.annual.toNumber(), loan.n);
  assert.ok(res.ok, `${label}: levelPayment failed: ${JSON.stringify(res)}`);
  const want = oraclePmt.abs().toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  assert.ok(
    new HP(res.value).eq(want),
    `${label}: levelPayment ${res.value.toString()} vs oracle rounded ${want.toString()}`
  );
}

function assertNum(loan: Loan, label: string): void {
  const res = levelPayment(loan.pv.toNumber(), loan.annual.toNumber(), loan.n);
  assert.ok(!res.ok, `${label}: expected #NUM!, got ${JSON.stringify(res)}`);
  assert.equal(res.issues[0].code, "NUM", `${label}: ${JSON.stringify(res.issues)}`);
}

// ---------------------------------------------------------------------------------------------
// Classification: which rows the core models
// ---------------------------------------------------------------------------------------------

type Plan =
  | { kind: "value"; run: () => void }
  | { kind: "num"; run: () => void }
  | { kind: "skip"; reason: string };

const isInt = (s: string) => Number.isInteger(Number(s));

/** Reasons shared by both suites; undefined when the row is inside the model so far. */
function outsideModel(args: Record<string, string | null>): string | undefined {
  if (Object.values(args).some((a) => a === null)) return "a required argument is missing";
  if (args.type !== undefined && Number(args.type) !== 0)
    return "payments at the beginning of the period (type ≠ 0)";
  if (args.when !== undefined && args.when !== "end")
    return "payments at the beginning of the period (when = begin)";
  if (args.fv !== undefined && Number(args.fv) !== 0) return "non-zero future value";
  if (Number(args.nper) < 0) return "negative number of periods";
  if (!isInt(args.nper as string)) return "non-integer number of periods";
  if (Number(args.nper) === 0) return undefined; // nper = 0: the error case, decided by the caller
  if (
    args.per !== undefined &&
    (!isInt(args.per as string) || Number(args.per) < 1 || Number(args.per) > Number(args.nper))
  )
    return "period outside 1..nper";
  if (args.start !== undefined) {
    const [start, end, nper] = [Number(args.start), Number(args.end), Number(args.nper)];
    if (!(
      Number.isInteger(start) &&
      Number.isInteger(end) &&
      1 <= start &&
      start <= end &&
      end <= nper
    ))
      return "start/end outside 1 ≤ start ≤ end ≤ nper";
  }
  return undefined;
}

function planLo(fn: string, row: LoRow): Plan {
  const a = row.args;
  const label = `${fn} row ${row.row} ${row.formula}`;
  const reason = outsideModel(a);
  if (reason) return { kind: "skip", reason };
  if (Number(a.nper) === 0) {
    if (!("error" in row.expected))
      return { kind: "skip", reason: "nper = 0 with a value (no core counterpart)" };
    // LibreOffice: nper = 0 is an error. Our levelPayment reports #NUM!.
    return { kind: "num", run: () => assertNum(loanOf(a.rate!, a.nper!, a.pv ?? "1"), label) };
  }
  if ("error" in row.expected)
    return { kind: "skip", reason: "error case with no core counterpart" };
  const loan = loanOf(a.rate!, a.nper!, a.pv ?? "0");
  if (loan.annual.lte(-1)) {
    // LibreOffice returns the limit 0 for rate = −100%; our core refuses the rate by design (#NUM!).
    return { kind: "num", run: () => assertNum(loan, `${label} (rate ≤ −100%: #NUM! by design)`) };
  }
  const e = row.expected;
  const expected = "approx" in e ? new HP(e.approx) : new HP(e.value);
  const tol: Tolerance = "approx" in e ? { abs: new HP(e.absTol) } : { rel: LO_REL, abs: LO_REL };
  const divisor = "value" in e && e.resultDivisor ? new HP(e.resultDivisor) : new HP(1);
  const check = (actual: Decimal) => assertClose(actual.div(divisor), expected, tol, label);
  switch (fn) {
    case "PMT":
      return {
        kind: "value",
        run: () => {
          check(corePayment(loan).neg());
          checkLevelPayment(loan, expected, label);
        },
      };
    case "PV": {
      const pay = new HP(a.pmt!);
      return { kind: "value", run: () => check(presentValueExact(pay, loan.annual, loan.n).neg()) };
    }
    case "IPMT":
    case "PPMT": {
      const per = Number(a.per);
      return {
        kind: "value",
        run: () => {
          check(fn === "IPMT" ? coreIpmt(loan, per) : corePpmt(loan, per));
          checkBalanceAfter(loan, per - 1, label);
        },
      };
    }
    case "CUMPRINC":
    case "CUMIPMT": {
      const start = Number(a.start);
      const end = Number(a.end);
      return {
        kind: "value",
        run: () => {
          check(fn === "CUMPRINC" ? coreCumprinc(loan, start, end) : coreCumipmt(loan, start, end));
          checkBalanceAfter(loan, start - 1, label);
          checkBalanceAfter(loan, end, label);
        },
      };
    }
    default:
      throw new Error(`no mapping for ${fn}`);
  }
}

function npTolerance(row: NpRow): Tolerance | undefined {
  if (row.kind === "decimal") return { rel: NP_DECIMAL_REL, abs: NP_DECIMAL_REL };
  if (row.tolerance.rtol) return { rel: new HP(row.tolerance.rtol) };
  if (row.tolerance.abs) return { abs: new HP(row.tolerance.abs) };
  if (row.tolerance.exact === "assert_equal on float64") return { rel: NP_FLOAT_EXACT_REL };
  return undefined;
}

function planNp(row: NpRow): Plan {
  const a = row.args;
  const label = `numpy-financial ${row.test} ${row.function}(${Object.values(a).join(", ")})`;
  const reason = outsideModel(a);
  if (reason) return { kind: "skip", reason };
  if (Number(a.nper) === 0) return { kind: "skip", reason: "nper = 0 (no row of this kind)" };
  const tol = npTolerance(row);
  if (!tol) return { kind: "skip", reason: "float64 value the file itself shows to be inexact" };
  const expected = new HP(row.expected);
  const check = (actual: Decimal) => assertClose(actual, expected, tol, label);
  switch (row.function) {
    case "pmt": {
      const loan = loanOf(a.rate, a.nper, a.pv);
      return {
        kind: "value",
        run: () => {
          check(corePayment(loan).neg());
          checkLevelPayment(loan, expected, label);
        },
      };
    }
    case "pv": {
      const annual = annualRateOf(a.rate);
      return {
        kind: "value",
        run: () => check(presentValueExact(new HP(a.pmt), annual, Number(a.nper)).neg()),
      };
    }
    case "fv": {
      if (Number(a.pv) !== 0) return { kind: "skip", reason: "fv of a non-zero pv (not modelled)" };
      // FV of the payments alone = −PV(payments)·(1+r)^n; the compounding factor is the test's own.
      const annual = annualRateOf(a.rate);
      const n = Number(a.nper);
      return {
        kind: "value",
        run: () =>
          check(
            presentValueExact(new HP(a.pmt), annual, n).times(annual.div(12).plus(1).pow(n)).neg()
          ),
      };
    }
    case "ipmt":
    case "ppmt": {
      const loan = loanOf(a.rate, a.nper, a.pv);
      const per = Number(a.per);
      return {
        kind: "value",
        run: () => {
          check(row.function === "ipmt" ? coreIpmt(loan, per) : corePpmt(loan, per));
          checkBalanceAfter(loan, per - 1, label);
        },
      };
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The suites
// ---------------------------------------------------------------------------------------------

/**
 * Rows the current fixtures must exercise: a filter that silently drops rows, or a fixture that loses
 * them, fails here rather than passing on fewer checks.
 */
const MIN_CHECKED: Record<string, { value: number; num: number }> = {
  "libreoffice-pmt.json": { value: 15, num: 3 },
  "libreoffice-pv.json": { value: 4, num: 0 },
  "libreoffice-ipmt.json": { value: 9, num: 2 },
  "libreoffice-ppmt.json": { value: 4, num: 0 },
  "libreoffice-cumprinc.json": { value: 7, num: 0 },
  "libreoffice-cumipmt.json": { value: 6, num: 0 },
  "numpy-financial.json": { value: 39, num: 0 },
};

function suite(file: string, source: Source, plans: { name: string; plan: Plan }[]): void {
  describe(`oracle ${file} (${source.repository} ${source.path} @ ${source.commit.slice(0, 12)})`, () => {
    const skipped = new Map<string, number>();
    let values = 0;
    let nums = 0;
    for (const { name, plan } of plans) {
      if (plan.kind === "skip") {
        skipped.set(plan.reason, (skipped.get(plan.reason) ?? 0) + 1);
        continue;
      }
      if (plan.kind === "value") values++;
      else nums++;
      it(`${plan.kind === "num" ? "#NUM!: " : ""}${name}`, plan.run);
    }
    it(`checks at least the pinned number of rows (${values} values, ${nums} #NUM!, ${plans.length - values - nums} skipped)`, () => {
      const min = MIN_CHECKED[file];
      assert.ok(min, `no pinned minimum for ${file}`);
      assert.ok(
        values >= min.value,
        `${file}: ${values} value rows checked, expected at least ${min.value}`
      );
      assert.ok(
        nums >= min.num,
        `${file}: ${nums} #NUM! rows checked, expected at least ${min.num}`
      );
      const skippedTotal = [...skipped.values()].reduce((x, y) => x + y, 0);
      assert.equal(
        values + nums + skippedTotal,
        plans.length,
        "every row is either checked or skipped with a reason"
      );
      if (process.env.ORACLE_REPORT)
        console.log(`      ${file}: skipped ${JSON.stringify(Object.fromEntries(skipped))}`);
    });
  });
}

for (const name of ["pmt", "pv", "ipmt", "ppmt", "cumprinc", "cumipmt"]) {
  const file = `libreoffice-${name}.json`;
  const fx = load<LoFixture>(file);
  suite(
    file,
    fx.source,
    fx.rows.map((row) => ({
      name: `row ${row.row}: ${row.formula}`,
      plan: planLo(fx.function, row),
    }))
  );
}

{
  const file = "numpy-financial.json";
  const fx = load<NpFixture>(file);
  suite(
    file,
    fx.source,
    fx.rows.map((row) => ({
      name: `${row.test}: ${row.function}(${Object.values(row.args).join(", ")}) = ${row.expected} [${row.kind}]`,
      plan: planNp(row),
    }))
  );
}
