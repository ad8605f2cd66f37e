import { LoanRecord, requireFields } from "../record";
import { Result, failWith, ok, fail } from "../result";
import { Investor } from "../record-fields";
import { NpvResult, npvCompare, overridesFromRecord, withOverrides } from "../npv";
import { NPV_2026, NpvAssumptions } from "../rules/npv-2026";
import { Evaluation } from "./evaluation";
import { PROGRAMS } from "./registry";

/** The modification program whose terms the NPV test values, by investor. */
export const MODIFICATION_FOR: Readonly<Record<Investor, string>> = {
  FNMA: "FLEX-2024",
  FHLMC: "FLEX-2024",
  FHA: "FHA-2025",
  VA: "VA-2026",
  USDA: "HAMP",
  PRIVATE: "HAMP",
};

/** The short sale whose net proceeds NPV_SS discounts, by investor. */
export const SHORT_SALE_FOR: Readonly<Record<Investor, string>> = {
  FNMA: "SHORT-SALE-GSE",
  FHLMC: "SHORT-SALE-GSE",
  FHA: "SHORT-SALE-FHA",
  VA: "SHORT-SALE-VA",
  USDA: "SHORT-SALE-GSE",
  PRIVATE: "SHORT-SALE-GSE",
};

export interface LoanNpv {
  readonly npv: NpvResult;
  readonly modification: Evaluation;
  readonly shortSale?: Evaluation;
}

/**
 * The NPV test for one loan (programs.md section 10): the investor's modification (its P&I, term and
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
  // Options the waterfall already evaluated are reused, not evaluated again.
  const mod = evaluated[modId] ? ok(evaluated[modId]) : PROGRAMS[modId](record);
  if (!mod.ok) return mod;
  const m = mod.value;
  if (m.newPi === undefined || m.newTerm === undefined)
    return fail("NA", `${modId} gave no modified payment to value`, "new_pi");
  const ssId = SHORT_SALE_FOR[record.investor!];
  const ss = evaluated[ssId] ? ok(evaluated[ssId]) : PROGRAMS[ssId](record);
  const shortSale = ss.ok ? ss.value : undefined;
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
