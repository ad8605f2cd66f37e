import Decimal from "decimal.js";
import { MAX_TERM_MONTHS, parseRate, parseWhole } from "../input";
import { D } from "../money";
import { Issue, Result, ok } from "../result";
import { NpvAssumptions, NpvParams } from "../rules/npv-2026";

/**
 * The assumptions' parameters, read through the input module: shares and probabilities are fractions
 * from 0 to 1, the home-price change a rate above −100%, the month counts whole months 0 to 1200.
 * Fractions are kept as decimal text, as the rule set writes them.
 */
type Reader<T> = (value: unknown, field: string) => Result<T>;

const asText = (r: Result<number>): Result<string> => (r.ok ? ok(new D(r.value).toString()) : r);
const fraction: Reader<string> = (v, f) => asText(parseRate(v, f));
const signedRate: Reader<string> = (v, f) => asText(parseRate(v, f, { signed: true }));
const months: Reader<number> = (v, f) =>
  parseWhole(v, f, { min: 0, max: MAX_TERM_MONTHS, unit: "months" });

export const PARAM_READERS: { readonly [K in keyof NpvParams]: Reader<NpvParams[K]> } = {
  spread: fraction,
  reo_discount: fraction,
  home_price_change: signedRate,
  fc_cost_rate: fraction,
  carry_rate: fraction,
  redefault_probability: fraction,
  redefault_months: months,
  reo_marketing_months: months,
  short_sale_months: months,
};
export const PARAM_NAMES = Object.keys(PARAM_READERS) as (keyof NpvParams)[];

/** Reads one parameter by name. */
export function readParam(name: keyof NpvParams, value: unknown): Result<string | number> {
  return (PARAM_READERS[name] as Reader<string | number>)(value, name);
}

type FractionName =
  | "spread"
  | "reo_discount"
  | "home_price_change"
  | "fc_cost_rate"
  | "carry_rate"
  | "redefault_probability";

/** The parameters ready for the model: fractions as Decimals (exact path) and as numbers (fast path). */
export type ParamValues = { readonly [K in FractionName]: Decimal } & {
  readonly float: { readonly [K in FractionName]: number };
  readonly redefault_months: number;
  readonly reo_marketing_months: number;
  readonly short_sale_months: number;
};

const FRACTIONS: readonly FractionName[] = [
  "spread",
  "reo_discount",
  "home_price_change",
  "fc_cost_rate",
  "carry_rate",
  "redefault_probability",
];

/** An assumptions object may have been built by hand: its parameters are checked once, then kept. */
const PARAMS_READ = new WeakMap<NpvAssumptions, { values?: ParamValues; issues: Issue[] }>();

/** The assumptions' parameters checked and parsed, once per assumptions object; issues go to `issues`. */
export function readParams(a: NpvAssumptions, issues: Issue[]): ParamValues | undefined {
  if (a === null || typeof a !== "object") return parseParams(a, issues);
  let cached = PARAMS_READ.get(a);
  if (!cached) {
    const own: Issue[] = [];
    cached = { values: parseParams(a, own), issues: own };
    PARAMS_READ.set(a, cached);
  }
  issues.push(...cached.issues);
  return cached.values;
}

function parseParams(a: NpvAssumptions, issues: Issue[]): ParamValues | undefined {
  const read: Record<string, string | number> = {};
  for (const name of PARAM_NAMES) {
    const r = readParam(name, a?.params?.[name]);
    if (r.ok) read[name] = r.value;
    else issues.push(...r.issues);
  }
  if (issues.length) return undefined;
  const dec: Record<string, Decimal> = {};
  const float: Record<string, number> = {};
  for (const name of FRACTIONS) {
    dec[name] = new D(read[name]);
    float[name] = dec[name].toNumber();
  }
  return {
    ...(dec as { [K in FractionName]: Decimal }),
    float: float as { [K in FractionName]: number },
    redefault_months: read.redefault_months as number,
    reo_marketing_months: read.reo_marketing_months as number,
    short_sale_months: read.short_sale_months as number,
  };
}
