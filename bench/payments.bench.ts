import Decimal from "decimal.js";
import * as formulajs from "@formulajs/formulajs";
import { installCustomFunctionsStandIn } from "../test/functions/stand-in";
import { amortize, modpayment } from "../src/functions/payments";
import { medianMs, seeded } from "./timing";

installCustomFunctionsStandIn();

const ROWS = 100_000;

/** Independent decimal reference for one modified payment: (upb + arrears) at r over n, half-up to cents. */
export function reference(upb: number, arrears: number, annualRate: number, n: number): number {
  const r = new Decimal(annualRate).div(12);
  const l = new Decimal(upb).plus(arrears);
  const p = r.isZero() ? l.div(n) : l.times(r).div(new Decimal(1).minus(r.plus(1).pow(-n)));
  return p.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toNumber();
}

export interface BenchLine {
  readonly name: string;
  readonly oursMs: number;
  readonly baselineMs: number;
  readonly baseline: string;
  readonly checked: string;
}

/** The rows every LM.MODPAYMENT benchmark measures: 100,000 loans as columns of one-cell rows. */
export function modPaymentRows() {
  const rnd = seeded(20261127);
  const upb: number[][] = [];
  const arrears: number[][] = [];
  const rate: number[][] = [];
  const term: number[][] = [];
  for (let i = 0; i < ROWS; i++) {
    upb.push([Math.round(50_000_00 + rnd() * 750_000_00) / 100]);
    arrears.push([Math.round(rnd() * 30_000_00) / 100]);
    rate.push([Math.round(20 + rnd() * 100) / 1000]); // 2.0% to 12.0% in 0.1% steps
    term.push([120 + Math.floor(rnd() * 361)]);
  }
  return { upb, arrears, rate, term };
}

export function benchModPayment(): BenchLine {
  const { upb, arrears, rate, term } = modPaymentRows();
  let ours: unknown[][] = [];
  const oursMs = medianMs(() => {
    ours = modpayment(upb, rate, term, arrears);
  });
  let theirs: number[] = [];
  const baselineMs = medianMs(() => {
    theirs = new Array(ROWS);
    for (let i = 0; i < ROWS; i++)
      theirs[i] = formulajs.PMT(
        rate[i][0] / 12,
        term[i][0],
        -(upb[i][0] + arrears[i][0])
      ) as number;
  });
  let mismatches = 0;
  for (let i = 0; i < ROWS; i++) {
    if (ours[i][0] !== reference(upb[i][0], arrears[i][0], rate[i][0], term[i][0])) mismatches++;
  }
  if (mismatches)
    throw new Error(
      `LM.MODPAYMENT: ${mismatches} of ${ROWS} rows differ from the decimal reference`
    );
  if (theirs.some((x) => !Number.isFinite(x)))
    throw new Error("formulajs PMT gave a non-finite payment");
  return {
    name: `LM.MODPAYMENT, ${ROWS.toLocaleString("en-US")} rows`,
    oursMs,
    baselineMs,
    baseline: "formulajs PMT, same rows",
    checked: `${ROWS} of ${ROWS} equal to the decimal reference`,
  };
}

export function benchAmortize(): BenchLine {
  const principal = 425_000;
  const annual = 0.06875;
  const n = 480;
  let ours: unknown[][] = [];
  const oursMs = medianMs(
    () => {
      ours = amortize([[principal]], [[annual]], [[n]], [[46419]]);
    },
    201,
    20
  );
  // The same schedule as a spreadsheet builds it with formulajs: PMT once, IPMT and PPMT per row.
  const baselineMs = medianMs(
    () => {
      const r = annual / 12;
      const rows: number[][] = [];
      const p = formulajs.PMT(r, n, -principal) as number;
      for (let k = 1; k <= n; k++)
        rows.push([
          k,
          p,
          formulajs.IPMT(r, k, n, -principal) as number,
          formulajs.PPMT(r, k, n, -principal) as number,
        ]);
      return rows;
    },
    201,
    20
  );
  // Decimal reference of the cent-rounded schedule, row by row.
  const r = new Decimal(annual).div(12);
  const pay = new Decimal(reference(principal, 0, annual, n));
  let bal = new Decimal(principal);
  for (let k = 1; k <= n; k++) {
    const interest = bal.times(r).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
    const prin = k === n ? bal : pay.minus(interest);
    bal = bal.minus(prin);
    const row = ours[k] as number[];
    if (row[3] !== interest.toNumber() || row[4] !== prin.toNumber() || row[5] !== bal.toNumber())
      throw new Error(`LM.AMORTIZE row ${k} differs from the decimal reference`);
  }
  if (!bal.isZero()) throw new Error("reference schedule does not end at 0");
  return {
    name: `LM.AMORTIZE, one ${n}-month loan`,
    oursMs,
    baselineMs,
    baseline: "formulajs PMT + IPMT + PPMT per row",
    checked: `${n} of ${n} rows equal to the decimal reference, ends at 0.00`,
  };
}
