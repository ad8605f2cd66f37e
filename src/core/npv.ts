import Decimal from "decimal.js";
import { D, dollarsOfCents } from "./money";
import { roundHalfUpCentsOfSum } from "./verified-rounding";
import { Issue, Result, failWith, ok } from "./result";
import { MAX_MONEY, MAX_TERM_MONTHS } from "./inputs";
import { STATE_CODES } from "./record-fields";
import { NPV_2026, NpvAssumptions, NpvParams, StateTimeline } from "./rules/npv-2026";

/** The bounds the checks compare with, made once. */
const MAX_MONEY_DEC = new D(MAX_MONEY);
const ONE = new D(1);
const MINUS_ONE = new D(-1);

/**
 * NPV of a modification against foreclosure, and of a short sale (programs.md section 10; our
 * model, not Treasury's):
 *
 *   d       = (PMMS + spread) / 12
 *   a(n)    = Σ_{t=1..n} 1/(1+d)^t = (1 − (1+d)^−n) / d   (d = 0 → n)
 *   m       = state foreclosure timeline + REO marketing months
 *   NPV_FC  = V·(1 − reo_discount)·(1+g)^(m/12)/(1+d)^m − carry·a(m) − fc_costs/(1+d)^m
 *   NPV_MOD = (1−p)·[P·a(n) + forborne/(1+d)^n] + p·[P·a(k) + NPV_FC/(1+d)^k]
 *   NPV_SS  = short-sale net / (1+d)^s
 *
 * fc_costs = fc_cost_rate × V; carry, when not given, = V × carry_rate / 12.
 * Decimal throughout at full precision; the four reported amounts are rounded half-up to cents at
 * the end. The benefit is the difference of the two reported amounts (so what a borrower reads adds
 * up), and the decision is MODIFY exactly when that benefit is above zero.
 */

export interface NpvInputs {
  /** Current property value V (dollars). Required; null = missing. */
  readonly propertyValue: Decimal.Value | null;
  /** PMMS as a fraction (0.0625), in (−1, 1]. Required. */
  readonly pmms: Decimal.Value | null;
  /** 2-letter property state: picks the foreclosure timeline. Required. */
  readonly state: string | null;
  /** The modified monthly P&I the investor would receive. Required. */
  readonly modPayment: Decimal.Value | null;
  /** Term n of the modification in months. Required. */
  readonly modTermMonths: number | null;
  /** Non-interest-bearing forborne balance repaid at maturity; none given = 0. */
  readonly forborne?: Decimal.Value | null;
  /** Net proceeds of a short sale; NPV_SS is computed only when given. */
  readonly shortSaleNet?: Decimal.Value | null;
  /** Monthly taxes + insurance + HOA the investor advances while foreclosing; default value × carry_rate / 12. */
  readonly monthlyCarry?: Decimal.Value | null;
}

/** One line of the audit list: every input, assumption and derived figure the numbers were made from. */
export interface NpvItem {
  readonly name: string;
  /** Exact decimal text (or the state code). */
  readonly value: string;
  readonly source: string;
}

export type NpvDecision = "MODIFY" | "FORECLOSE";

export interface NpvComponents {
  /** V·(1 − reo_discount)·(1+g)^(m/12)/(1+d)^m */
  readonly fcSaleProceeds: Decimal;
  /** carry·a(m) */
  readonly fcCarry: Decimal;
  /** fc_costs/(1+d)^m */
  readonly fcCosts: Decimal;
  /** P·a(n) + forborne/(1+d)^n: the modification if it performs. */
  readonly modPerforming: Decimal;
  /** P·a(k) + NPV_FC/(1+d)^k: the modification if it redefaults. */
  readonly modRedefault: Decimal;
}

export interface NpvResult {
  readonly assumptionsId: string;
  readonly assumptionsVersion: string;
  readonly decision: NpvDecision;
  /** Rounded half-up to cents. */
  readonly npvMod: Decimal;
  readonly npvFc: Decimal;
  /** Present only when a short-sale net was given. */
  readonly npvSs?: Decimal;
  /** npvMod − npvFc (both in cents). */
  readonly npvBenefit: Decimal;
  /** PMMS + spread. */
  readonly discountRateAnnual: Decimal;
  /** d = (PMMS + spread) / 12, full precision. */
  readonly discountRateMonthly: Decimal;
  /** m = state timeline + REO marketing months. */
  readonly monthsToReoSale: number;
  /** The unrounded values. */
  readonly exact: { readonly npvMod: Decimal; readonly npvFc: Decimal; readonly npvSs?: Decimal };
  readonly components: NpvComponents;
  /** Every input, assumption and derived figure used, with its source, in order of use. */
  readonly inputs: readonly NpvItem[];
}

/** Σ_{t=1..n} 1/(1+d)^t in closed form: (1 − (1+d)^−n)/d, and n when d = 0. Needs 1 + d > 0, n ≥ 0. */
export function annuityFactor(d: Decimal, n: number): Decimal {
  if (n === 0) return new D(0);
  if (d.isZero()) return new D(n);
  return new D(1).minus(discountFactor(d, n)).div(d);
}

/** 1/(1+d)^n. Needs 1 + d > 0. */
export function discountFactor(d: Decimal, n: number): Decimal {
  return new D(1).plus(d).pow(-n);
}

/** a(n) from an already computed v(n) = 1/(1+d)^n. */
function annuityFromDiscount(d: Decimal, n: number, vn: Decimal): Decimal {
  if (n === 0) return new D(0);
  if (d.isZero()) return new D(n);
  return new D(1).minus(vn).div(d);
}

/** v(t) for each distinct t, each power computed once. */
function discountFactors(d: Decimal, terms: readonly number[]): Map<number, Decimal> {
  const out = new Map<number, Decimal>();
  for (const t of terms) if (!out.has(t)) out.set(t, discountFactor(d, t));
  return out;
}

// ---- checks: each returns a value or an issue naming its field ------------------------------------

type Checked<T> = { value: T } | { issue: Issue };

function isMissing(v: unknown): boolean {
  return v === undefined || v === null || (typeof v === "string" && v.trim() === "");
}

function toDec(field: string, v: unknown): Checked<Decimal> {
  if (isMissing(v)) return { issue: { code: "NA", field, reason: `${field} is missing` } };
  // The engine's own Decimals are taken as they are (they are immutable); others, which may carry
  // another precision (every decimal.js clone shares one prototype), are read anew into ours.
  if (Decimal.isDecimal(v) && (v as Decimal).constructor === D && (v as Decimal).isFinite())
    return { value: v as Decimal };
  let d: Decimal | undefined;
  try {
    d =
      typeof v === "number" || typeof v === "string" || Decimal.isDecimal(v)
        ? new D(v as Decimal.Value)
        : undefined;
  } catch {
    d = undefined;
  }
  if (d === undefined || !d.isFinite())
    return {
      issue: {
        code: "VALUE",
        field,
        value: v,
        reason: `${field} must be a number (got ${String(v)})`,
      },
    };
  return { value: d.isZero() ? new D(0) : d };
}

function amount(field: string, v: unknown): Checked<Decimal> {
  const c = toDec(field, v);
  if ("issue" in c) return c;
  if (c.value.isNegative())
    return {
      issue: {
        code: "VALUE",
        field,
        value: v,
        reason: `${field} cannot be negative (got ${c.value.toString()})`,
      },
    };
  if (c.value.gt(MAX_MONEY_DEC))
    return {
      issue: {
        code: "NUM",
        field,
        value: v,
        reason: `${field} is larger than ${MAX_MONEY.toExponential()} dollars`,
      },
    };
  return c;
}

/** A fraction in [0, 1]; above 1 is refused as a percent typed without its sign. */
function unitFraction(field: string, v: unknown): Checked<Decimal> {
  const c = toDec(field, v);
  if ("issue" in c) return c;
  if (c.value.isNegative())
    return {
      issue: {
        code: "VALUE",
        field,
        value: v,
        reason: `${field} cannot be negative (got ${c.value.toString()})`,
      },
    };
  if (c.value.gt(ONE))
    return {
      issue: {
        code: "VALUE",
        field,
        value: v,
        reason: `${field} must be a fraction from 0 to 1 (got ${c.value.toString()}; 25% is 0.25)`,
      },
    };
  return c;
}

/** An annual rate in (−1, 1]. */
function annualRate(field: string, v: unknown): Checked<Decimal> {
  const c = toDec(field, v);
  if ("issue" in c) return c;
  if (c.value.gt(ONE)) {
    return {
      issue: {
        code: "VALUE",
        field,
        value: v,
        reason: `${field} ${c.value.toString()} looks like a percent: enter ${c.value.div(100).toString()} or ${c.value.toString()}%`,
      },
    };
  }
  if (c.value.lte(MINUS_ONE))
    return {
      issue: {
        code: "NUM",
        field,
        value: v,
        reason: `${field} must be above -100% (got ${c.value.toString()})`,
      },
    };
  return c;
}

/** Whole months from `min` to MAX_TERM_MONTHS. */
function wholeMonths(field: string, v: unknown, min: number): Checked<number> {
  if (typeof v === "number" && Number.isInteger(v) && v >= min && v <= MAX_TERM_MONTHS)
    return { value: v };
  const c = toDec(field, v);
  if ("issue" in c) return c;
  if (!c.value.isInteger())
    return {
      issue: {
        code: "VALUE",
        field,
        value: v,
        reason: `${field} must be a whole number of months (got ${c.value.toString()})`,
      },
    };
  if (c.value.lt(min)) {
    return {
      issue: {
        code: min > 0 ? "NUM" : "VALUE",
        field,
        value: v,
        reason: `${field} must be at least ${min} month${min === 1 ? "" : "s"} (got ${c.value.toString()})`,
      },
    };
  }
  if (c.value.gt(MAX_TERM_MONTHS))
    return {
      issue: {
        code: "NUM",
        field,
        value: v,
        reason: `${field} is more than ${MAX_TERM_MONTHS} months`,
      },
    };
  return { value: c.value.toNumber() };
}

function stateCode(
  field: string,
  v: unknown,
  timelines: Readonly<Record<string, StateTimeline>>
): Checked<string> {
  if (isMissing(v)) return { issue: { code: "NA", field, reason: `${field} is missing` } };
  const s = typeof v === "string" ? v.trim().toUpperCase() : "";
  if (!STATE_CODES.has(s) || !Object.prototype.hasOwnProperty.call(timelines, s)) {
    return {
      issue: {
        code: "VALUE",
        field,
        value: v,
        reason: `${field} must be a 2-letter U.S. state or territory code (got ${String(v)})`,
      },
    };
  }
  return { value: s };
}

// ---- assumptions ----------------------------------------------------------------------------------

const PARAM_CHECKS: {
  readonly [K in keyof NpvParams]: (field: string, v: unknown) => Checked<NpvParams[K]>;
} = {
  spread: (f, v) => asText(unitFraction(f, v)),
  reo_discount: (f, v) => asText(unitFraction(f, v)),
  home_price_change: (f, v) => asText(annualRate(f, v)),
  fc_cost_rate: (f, v) => asText(unitFraction(f, v)),
  carry_rate: (f, v) => asText(unitFraction(f, v)),
  redefault_probability: (f, v) => asText(unitFraction(f, v)),
  redefault_months: (f, v) => wholeMonths(f, v, 0),
  reo_marketing_months: (f, v) => wholeMonths(f, v, 0),
  short_sale_months: (f, v) => wholeMonths(f, v, 0),
};
const PARAM_NAMES = Object.keys(PARAM_CHECKS) as (keyof NpvParams)[];

function asText(c: Checked<Decimal>): Checked<string> {
  return "issue" in c ? c : { value: c.value.toString() };
}

/** Field by field overrides of the assumptions: a scalar by its name, timelines by state code. */
export type NpvOverrides = { readonly [K in keyof NpvParams]?: Decimal.Value | null } & {
  readonly state_timeline_months?: Readonly<Record<string, Decimal.Value | null>>;
};

/**
 * The base assumptions with the user's overrides. Each override is checked; every bad one is
 * reported as an issue naming its field (`reo_discount`, `state_timeline_months.CA`, ...). Empty
 * overrides (undefined, null, blank text) leave the default. The id and version stay the base's;
 * `overridden` lists what was replaced, and every result shows "override" as those values' source.
 */
export function withOverrides(
  base: NpvAssumptions,
  overrides: NpvOverrides
): Result<NpvAssumptions> {
  const issues: Issue[] = [];
  const params: Record<string, string | number> = { ...base.params };
  const paramSources: Record<string, string> = { ...base.paramSources };
  const stateTimelines: Record<string, StateTimeline> = { ...base.stateTimelines };
  const overridden: string[] = [...base.overridden];
  const mark = (name: string) => {
    if (!overridden.includes(name)) overridden.push(name);
  };

  for (const key of Object.keys(overrides ?? {})) {
    const v = (overrides as Record<string, unknown>)[key];
    if (key === "state_timeline_months") {
      if (isMissing(v)) continue;
      if (typeof v !== "object" || Array.isArray(v)) {
        issues.push({
          code: "VALUE",
          field: key,
          value: v,
          reason: `${key} must map state codes to months`,
        });
        continue;
      }
      for (const [code, months] of Object.entries(v as Record<string, unknown>)) {
        if (isMissing(months)) continue;
        const field = `state_timeline_months.${code}`;
        const s = code.trim().toUpperCase();
        if (!Object.prototype.hasOwnProperty.call(base.stateTimelines, s)) {
          issues.push({
            code: "VALUE",
            field,
            value: code,
            reason: `${code} is not a state or territory code of the timeline table`,
          });
          continue;
        }
        const c = wholeMonths(field, months, 0);
        if ("issue" in c) issues.push(c.issue);
        else {
          stateTimelines[s] = {
            months: c.value,
            days: null,
            method: base.stateTimelines[s].method,
            source: "override",
          };
          mark(`state_timeline_months.${s}`);
        }
      }
      continue;
    }
    if (!(PARAM_NAMES as string[]).includes(key)) {
      issues.push({
        code: "VALUE",
        field: key,
        value: v,
        reason: `${key} is not an NPV assumption (known: ${PARAM_NAMES.join(", ")}, state_timeline_months)`,
      });
      continue;
    }
    if (isMissing(v)) continue;
    const name = key as keyof NpvParams;
    const c = (PARAM_CHECKS[name] as (f: string, v: unknown) => Checked<string | number>)(name, v);
    if ("issue" in c) issues.push(c.issue);
    else {
      params[name] = c.value;
      paramSources[name] = `override (${base.id} default ${String(base.params[name])})`;
      mark(name);
    }
  }
  if (issues.length) return failWith(issues);
  return ok({
    ...base,
    params: params as unknown as NpvParams,
    paramSources: paramSources as unknown as NpvAssumptions["paramSources"],
    stateTimelines,
    overridden,
  });
}

interface ParamValues {
  spread: Decimal;
  reo_discount: Decimal;
  home_price_change: Decimal;
  fc_cost_rate: Decimal;
  carry_rate: Decimal;
  redefault_probability: Decimal;
  redefault_months: number;
  reo_marketing_months: number;
  short_sale_months: number;
}

/** Re-checks an assumptions object (it may have been built by hand): values, or issues. */
const PARAMS_READ = new WeakMap<NpvAssumptions, { values?: ParamValues; issues: Issue[] }>();

/** The assumptions' parameters checked and parsed, once per assumptions object. */
function readParams(a: NpvAssumptions, issues: Issue[]): ParamValues | undefined {
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
  const out: Record<string, Decimal | number> = {};
  for (const name of PARAM_NAMES) {
    const c = (PARAM_CHECKS[name] as (f: string, v: unknown) => Checked<string | number>)(
      name,
      a?.params?.[name]
    );
    if ("issue" in c) issues.push(c.issue);
    else out[name] = typeof c.value === "string" ? new D(c.value) : c.value;
  }
  return issues.length ? undefined : (out as unknown as ParamValues);
}

// ---- the model ------------------------------------------------------------------------------------

/**
 * Modification against foreclosure (and a short sale, when its net is given), under the dated
 * assumptions (NPV-2026 unless others are passed). Never throws: bad inputs and assumptions come back
 * as issues naming their fields.
 */
export function npvCompare(
  inputs: NpvInputs,
  assumptions: NpvAssumptions = NPV_2026
): Result<NpvResult> {
  const issues: Issue[] = [];
  const take = <T>(c: Checked<T>): T | undefined => {
    if ("issue" in c) {
      issues.push(c.issue);
      return undefined;
    }
    return c.value;
  };
  const i = (inputs ?? {}) as Partial<NpvInputs>;
  const timelines = assumptions?.stateTimelines ?? {};

  const V = take(amount("property_value", i.propertyValue));
  const pmms = take(annualRate("pmms", i.pmms));
  const state = take(stateCode("state", i.state, timelines));
  const P = take(amount("mod_payment", i.modPayment));
  const n = take(wholeMonths("mod_term_months", i.modTermMonths, 1));
  const forborneGiven = !isMissing(i.forborne);
  const F = forborneGiven ? take(amount("forborne", i.forborne)) : new D(0);
  const ssGiven = !isMissing(i.shortSaleNet);
  const SS = ssGiven ? take(amount("short_sale_net", i.shortSaleNet)) : undefined;
  const carryGiven = !isMissing(i.monthlyCarry);
  const carryIn = carryGiven ? take(amount("monthly_carry", i.monthlyCarry)) : undefined;

  const a = readParams(assumptions, issues);
  let timeline: StateTimeline | undefined;
  if (state !== undefined) {
    timeline = timelines[state];
    const t = wholeMonths(`state_timeline_months.${state}`, timeline?.months, 0);
    if ("issue" in t) issues.push(t.issue);
  }
  if (a && n !== undefined && a.redefault_months > n) {
    issues.push({
      code: "VALUE",
      field: "redefault_months",
      value: a.redefault_months,
      reason: `redefault_months (${a.redefault_months}) cannot exceed mod_term_months (${n})`,
    });
  }
  if (
    issues.length ||
    !a ||
    !timeline ||
    V === undefined ||
    pmms === undefined ||
    P === undefined ||
    n === undefined ||
    F === undefined
  ) {
    return failWith(issues);
  }
  if (state === undefined || (carryGiven && carryIn === undefined) || (ssGiven && SS === undefined))
    return failWith(issues);

  // Discount rate, months to the REO sale, and the derived dollar amounts (full precision).
  const annual = pmms.plus(a.spread);
  const d = annual.div(12);
  const m = timeline.months + a.reo_marketing_months;
  const carry = carryIn ?? V.times(a.carry_rate).div(12);
  const fcCostAmount = V.times(a.fc_cost_rate);
  const p = a.redefault_probability;
  const k = a.redefault_months;
  const s = a.short_sale_months;

  const exact = once(() =>
    exactModel({
      V,
      P,
      F,
      SS,
      carry,
      fcCostAmount,
      d,
      m,
      n,
      k,
      s,
      p,
      reoDiscount: a.reo_discount,
      g: a.home_price_change,
    })
  );
  const fast = floatModel({
    V: V.toNumber(),
    P: P.toNumber(),
    F: F.toNumber(),
    SS: SS?.toNumber(),
    carry: carry.toNumber(),
    fcCost: fcCostAmount.toNumber(),
    d: d.toNumber(),
    m,
    n,
    k,
    s,
    p: p.toNumber(),
    reoDiscount: a.reo_discount.toNumber(),
    g: a.home_price_change.toNumber(),
  });
  // The reported amounts are rounded half-up to cents; the float figures decide that rounding when
  // they are clear of a half cent, and the exact decimal model decides it otherwise.
  const toCents = (x: number, magnitude: number, e: () => Decimal) =>
    dollarsOfCents(roundHalfUpCentsOfSum(x * 100, magnitude * 100, () => e().times(100)));
  const modCents = toCents(fast.npvMod, fast.modMagnitude, () => exact().npvMod);
  const fcCents = toCents(fast.npvFc, fast.fcMagnitude, () => exact().npvFc);
  const ssCents =
    fast.npvSs === undefined ? undefined : toCents(fast.npvSs, fast.npvSs, () => exact().npvSs!);
  const benefit = modCents.minus(fcCents);

  const listInputs = once((): NpvItem[] => {
    const src = assumptions.paramSources;
    const items: NpvItem[] = [
      { name: "property_value", value: V.toString(), source: "input" },
      { name: "pmms", value: pmms.toString(), source: "input" },
      { name: "state", value: state, source: "input" },
      { name: "mod_payment", value: P.toString(), source: "input" },
      { name: "mod_term_months", value: String(n), source: "input" },
      {
        name: "forborne",
        value: F.toString(),
        source: forborneGiven ? "input" : "input (none given: 0)",
      },
    ];
    if (SS !== undefined)
      items.push({ name: "short_sale_net", value: SS.toString(), source: "input" });
    items.push(
      { name: "spread", value: a.spread.toString(), source: src.spread },
      { name: "discount_rate_annual", value: annual.toString(), source: "derived: pmms + spread" },
      {
        name: "discount_rate_monthly",
        value: d.toString(),
        source: "derived: discount_rate_annual / 12",
      },
      {
        name: "state_timeline_months",
        value: String(timeline.months),
        source: timelineSource(assumptions.id, state, timeline),
      },
      {
        name: "reo_marketing_months",
        value: String(a.reo_marketing_months),
        source: src.reo_marketing_months,
      },
      {
        name: "months_to_reo_sale",
        value: String(m),
        source: "derived: state_timeline_months + reo_marketing_months",
      },
      { name: "reo_discount", value: a.reo_discount.toString(), source: src.reo_discount },
      {
        name: "home_price_change",
        value: a.home_price_change.toString(),
        source: src.home_price_change,
      },
      { name: "fc_cost_rate", value: a.fc_cost_rate.toString(), source: src.fc_cost_rate },
      {
        name: "fc_costs",
        value: fcCostAmount.toString(),
        source: "derived: property_value × fc_cost_rate",
      }
    );
    if (carryGiven) items.push({ name: "monthly_carry", value: carry.toString(), source: "input" });
    else
      items.push(
        { name: "carry_rate", value: a.carry_rate.toString(), source: src.carry_rate },
        {
          name: "monthly_carry",
          value: carry.toString(),
          source: "derived: property_value × carry_rate / 12",
        }
      );
    items.push(
      { name: "redefault_probability", value: p.toString(), source: src.redefault_probability },
      { name: "redefault_months", value: String(k), source: src.redefault_months }
    );
    if (SS !== undefined)
      items.push({
        name: "short_sale_months",
        value: String(a.short_sale_months),
        source: src.short_sale_months,
      });
    items.push({
      name: "assumptions",
      value: `${assumptions.id} ${assumptions.version}`,
      source: assumptions.sources.join("; "),
    });
    return items;
  });

  return ok({
    assumptionsId: assumptions.id,
    assumptionsVersion: assumptions.version,
    decision: benefit.gt(0) ? "MODIFY" : "FORECLOSE",
    npvMod: modCents,
    npvFc: fcCents,
    ...(ssCents === undefined ? {} : { npvSs: ssCents }),
    npvBenefit: benefit,
    discountRateAnnual: annual,
    discountRateMonthly: d,
    monthsToReoSale: m,
    get exact() {
      const e = exact();
      return {
        npvMod: e.npvMod,
        npvFc: e.npvFc,
        ...(e.npvSs === undefined ? {} : { npvSs: e.npvSs }),
      };
    },
    get components() {
      return exact().components;
    },
    get inputs() {
      return listInputs();
    },
  });
}

interface ModelInputs<T> {
  readonly V: T;
  readonly P: T;
  readonly F: T;
  readonly SS: T | undefined;
  readonly carry: T;
  readonly d: T;
  readonly m: number;
  readonly n: number;
  readonly k: number;
  readonly s: number;
  readonly p: T;
  readonly reoDiscount: T;
  readonly g: T;
}

/** The model in decimal at full precision (programs.md §10), each discount factor computed once. */
function exactModel(x: ModelInputs<Decimal> & { readonly fcCostAmount: Decimal }) {
  const { V, P, F, SS, carry, d, m, n, k, s, p } = x;
  const growth = x.g.isZero() ? new D(1) : new D(1).plus(x.g).pow(new D(m).div(12));
  const v = discountFactors(d, [m, n, k, s]);
  const annuity = (t: number) => annuityFromDiscount(d, t, v.get(t)!);
  const vm = v.get(m)!;
  const fcSaleProceeds = V.times(new D(1).minus(x.reoDiscount)).times(growth).times(vm);
  const fcCarry = carry.times(annuity(m));
  const fcCosts = x.fcCostAmount.times(vm);
  const npvFc = fcSaleProceeds.minus(fcCarry).minus(fcCosts);
  // Modification: performs with probability 1 − p, redefaults after k months with probability p.
  const modPerforming = P.times(annuity(n)).plus(F.times(v.get(n)!));
  const modRedefault = P.times(annuity(k)).plus(npvFc.times(v.get(k)!));
  const npvMod = new D(1).minus(p).times(modPerforming).plus(p.times(modRedefault));
  const npvSs = SS === undefined ? undefined : SS.times(v.get(s)!);
  return {
    npvMod,
    npvFc,
    npvSs,
    components: { fcSaleProceeds, fcCarry, fcCosts, modPerforming, modRedefault },
  };
}

/**
 * The same model in float, with the total magnitude of each sum's terms: powers as
 * exp(−t·log1p(d)) and annuities as −expm1(−t·log1p(d))/d keep every term within 1e-13 relative.
 */
function floatModel(x: ModelInputs<number> & { readonly fcCost: number }) {
  const { V, P, F, SS, carry, d, m, n, k, s, p } = x;
  const lq = Math.log1p(d);
  const v = (t: number) => Math.exp(-t * lq);
  const a = (t: number) => (t === 0 ? 0 : d === 0 ? t : -Math.expm1(-t * lq) / d);
  const growth = x.g === 0 ? 1 : Math.exp((m / 12) * Math.log1p(x.g));
  const sale = V * (1 - x.reoDiscount) * growth * v(m);
  const carried = carry * a(m);
  const costs = x.fcCost * v(m);
  const npvFc = sale - carried - costs;
  const fcMagnitude = Math.abs(sale) + Math.abs(carried) + Math.abs(costs);
  const performing = P * a(n) + F * v(n);
  const redefault = P * a(k) + npvFc * v(k);
  const npvMod = (1 - p) * performing + p * redefault;
  const modMagnitude = (1 - p) * performing + p * (P * a(k) + fcMagnitude * v(k));
  return {
    npvFc,
    fcMagnitude,
    npvMod,
    modMagnitude,
    npvSs: SS === undefined ? undefined : SS * v(s),
  };
}

function once<T>(f: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = f();
      done = true;
    }
    return value;
  };
}

function timelineSource(id: string, state: string, t: StateTimeline): string {
  if (t.source === "override") return `override (state ${state})`;
  const days = t.days === null ? "" : `, ${t.days} days LPI to sale`;
  return `${id} ${t.source} (${state}, ${t.method.toLowerCase().replace("_", "-")}${days}; see rules/npv-2026.ts)`;
}
