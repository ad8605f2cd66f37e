import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { BenchLine, modPaymentRows, reference } from "./payments.bench";
import { syntheticTape, TAPE_HEADERS } from "./synthetic-tape";
import { medianMs } from "./timing";

/**
 * The functions as a user gets them: dist/functions.js, the bundle Excel loads, run as a plain
 * script whose `CustomFunctions.associate` calls register each function, then called through what
 * was registered with arguments shaped as Excel passes them. The script runs on an ordinary global
 * object, as in Excel's runtime: a contextified vm sandbox would send every global lookup (`Math`
 * included) through an interceptor and measure that instead.
 */
type Registered = (...args: unknown[]) => unknown[][];

class StandInError {
  constructor(
    readonly code: string,
    readonly message?: string
  ) {}
}

export function loadRegistered(root: string): Map<string, Registered> {
  const file = path.join(root, "dist", "functions.js");
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run npm run build`);
  const registry = new Map<string, Registered>();
  const context = vm.createContext(vm.constants.DONT_CONTEXTIFY) as Record<string, unknown>;
  context.CustomFunctions = {
    associate: (id: string, fn: Registered) => registry.set(id, fn),
    Error: StandInError,
    ErrorCode: {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!",
    },
  };
  vm.runInContext(fs.readFileSync(file, "utf8"), context, { filename: file });
  return registry;
}

function registered(registry: Map<string, Registered>, id: string): Registered {
  const fn = registry.get(id);
  if (!fn) throw new Error(`dist/functions.js does not register ${id}`);
  return fn;
}

/** LM.MODPAYMENT over the same 100,000 rows as the source benchmark, through the registered function. */
export function benchBundleModPayment(
  registry: Map<string, Registered>,
  baselineMs: number
): BenchLine {
  const fn = registered(registry, "MODPAYMENT");
  const { upb, arrears, rate, term } = modPaymentRows();
  let out: unknown[][] = [];
  const oursMs = medianMs(() => {
    out = fn(upb, rate, term, arrears, null);
  });
  let mismatches = 0;
  for (let i = 0; i < upb.length; i++)
    if (out[i][0] !== reference(upb[i][0], arrears[i][0], rate[i][0], term[i][0])) mismatches++;
  if (mismatches)
    throw new Error(`dist LM.MODPAYMENT: ${mismatches} rows differ from the decimal reference`);
  return {
    name: `dist LM.MODPAYMENT, ${upb.length.toLocaleString("en-US")} rows`,
    oursMs,
    baselineMs,
    baseline: "formulajs PMT, same rows",
    checked: `${upb.length} of ${upb.length} equal to the decimal reference`,
  };
}

export interface BundleTapeRun {
  readonly loans: number;
  readonly waterfallMs: number;
  readonly npvMs: number;
  /** Rows whose program is an Excel error (a missing or malformed field), by error code. */
  readonly errors: Readonly<Record<string, number>>;
  readonly programs: Readonly<Record<string, number>>;
}

/** LM.WATERFALL("AUTO", ...) and LM.NPV over a whole synthetic tape: one call each, as a user writes them. */
export function benchBundleTape(registry: Map<string, Registered>, loans = 100_000): BundleTapeRun {
  const waterfall = registered(registry, "WATERFALL");
  const npv = registered(registry, "NPV");
  const headers = [TAPE_HEADERS];
  const values = syntheticTape(loans);
  // One untimed call on a small tape first, as a sheet's first recalculation warms the functions up.
  waterfall([["AUTO"]], headers, values.slice(0, 2000), [["program"]]);
  npv(headers, values.slice(0, 2000), [["npv_benefit"]]);
  let t0 = process.hrtime.bigint();
  const programs = waterfall([["AUTO"]], headers, values, [["program"]]);
  const waterfallMs = Number(process.hrtime.bigint() - t0) / 1e6;
  t0 = process.hrtime.bigint();
  const benefits = npv(headers, values, [["npv_benefit"]]);
  const npvMs = Number(process.hrtime.bigint() - t0) / 1e6;
  if (programs.length !== loans || benefits.length !== loans)
    throw new Error("one result per loan expected");
  const count: Record<string, number> = {};
  const errors: Record<string, number> = {};
  for (const [p] of programs) {
    if (typeof p === "string") count[p] = (count[p] ?? 0) + 1;
    else {
      const code = p instanceof StandInError ? p.code : String(p);
      errors[code] = (errors[code] ?? 0) + 1;
    }
  }
  return { loans, waterfallMs, npvMs, errors, programs: count };
}
