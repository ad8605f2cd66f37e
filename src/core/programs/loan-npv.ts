import { LoanRecord, requireFields } from "../record";
import { Result, failWith, ok, fail } from "../result";
import { INVESTORS, Investor } from "../record-fields";
import { NpvResult, npvCompare, overridesFromRecord, withOverrides } from "../npv";
import { NPV_2026, NpvAssumptions } from "../rules/npv-2026";
import { Evaluation } from "./evaluation";
import { NpvRole } from "./descriptor";
import { npvOptionFor, programById } from "./catalogue";

/**
 * The option whose terms the NPV test values, by investor: the first modification of the investor's
 * AUTO order (a descriptor whose NPV role is "modification").
 */
export const MODIFICATION_FOR: Readonly<Partial<Record<Investor, string>>> =
  npvMapping("modification");

/** The short sale whose net proceeds NPV_SS discounts, by investor: the first short sale of its AUTO order. */
export const SHORT_SALE_FOR: Readonly<Partial<Record<Investor, string>>> = npvMapping("short_sale");

function npvMapping(role: NpvRole): Partial<Record<Investor, string>> {
  const out: Partial<Record<Investor, string>> = {};
  for (const investor of INVESTORS) {
    const d = npvOptionFor(investor, role);
    if (d) out[investor] = d.id;
  }
  return out;
}

export interface LoanNpv {
  readonly npv: NpvResult;
  readonly modification: Evaluation;
  readonly shortSale?: Evaluation;
}

/**
 * The NPV test for one loan (docs/rules/npv.md): the investor's modification (its P&I, term and
 * forborne balloon) against foreclosure, and the short sale's net proceeds when one can be estimated.
 * The discount rate is PMMS + spread, so the record must carry PMMS (a column headed PMMS).
 * `evaluated` holds options already evaluated for this record (an AUTO run's), by rule-set id.
 */
export function loanNpv(
  record: LoanRecord,
  base: NpvAssumptions = NPV_2026,
  evaluated: Readonly<Record<string, Evaluation>> = {}
): Result<LoanNpv> {
  const missing = requireFields(record, ["investor", "property_value", "property_state"], base.id);
  if (missing.length) return failWith(missing);
  if (record.market_rate === undefined || record.market_rate_basis !== "PMMS")
    return fail(
      "NA",
      "pmms is required for the NPV discount rate (PMMS + spread) but missing: add a column headed PMMS",
      "pmms"
    );
  const overrides = overridesFromRecord(record);
  const assumptions = Object.keys(overrides).length ? withOverrides(base, overrides) : ok(base);
  if (!assumptions.ok) return assumptions;
  const modId = MODIFICATION_FOR[record.investor!];
  if (modId === undefined)
    return fail("NA", `the ${record.investor} waterfall has no modification to value`, "investor");
  // Options the waterfall already evaluated are reused, not evaluated again.
  const mod = evaluated[modId] ? ok(evaluated[modId]) : programById(modId)!.evaluate(record);
  if (!mod.ok) return mod;
  const m = mod.value;
  if (m.newPi === undefined || m.newTerm === undefined)
    return fail("NA", `${modId} gave no modified payment to value`, "new_pi");
  const ssId = SHORT_SALE_FOR[record.investor!];
  const ss =
    ssId === undefined
      ? undefined
      : evaluated[ssId]
        ? ok(evaluated[ssId])
        : programById(ssId)!.evaluate(record);
  const shortSale = ss?.ok ? ss.value : undefined;
  const net = shortSale?.amounts?.net_proceeds;
  const npv = npvCompare(
    {
      propertyValue: record.property_value!,
      pmms: record.market_rate,
      state: record.property_state!,
      modPayment: m.newPi,
      modTermMonths: m.newTerm,
      forborne: m.forbearance ?? 0,
      shortSaleNet: net ?? null,
      monthlyCarry: record.escrow_payment ?? null,
    },
    assumptions.value
  );
  if (!npv.ok) return npv;
  return ok({ npv: npv.value, modification: m, shortSale });
}
