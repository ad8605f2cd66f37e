import { LoanRecord, requireFields } from "../record";
import { Issue, Result, failWith } from "../result";
import { Cents } from "../verified-rounding";
import { lossSeverity } from "../loss-severity";
import { DIL_FHA, DIL_GSE, DIL_VA, DeedInLieuParams } from "../rules/deed-in-lieu";
import { RuleSet } from "../rules/rule-set";
import { Evaluation, once } from "./evaluation";
import { ProgramDescriptor, describeProgram, fieldIssues } from "./descriptor";
import { centsOfDecimal } from "../input";
import { roundShare } from "./cent-shares";
import {
  LIQUIDATION_FIELDS,
  liquidationOutcome,
  startLiquidation,
  SUBORDINATE_LIEN_COLUMNS,
  passThroughNumber,
  relocationFor,
} from "./liquidation";
import { pct, usd } from "./display";

const PROGRAM = "Deed-in-lieu of foreclosure";

/**
 * Deed-in-lieu of foreclosure (docs/rules/liquidation.md), the waterfall's last resort, under one
 * rule set per investor family: DIL-GSE (Fannie Mae Mortgage Release), DIL-FHA, DIL-VA. The
 * investor takes the property and resells it, so the estimated recovery = value − disposition costs
 * (a share of the value, an assumption) − relocation assistance, and the deficiency = total debt −
 * recovery (never below zero). It can be offered whenever the value is known (and the occupancy is
 * not one the investor excludes), subject to clear title: subordinate liens must be released.
 */
export interface DeedInLieuRules {
  readonly gse: RuleSet<DeedInLieuParams>;
  readonly fha: RuleSet<DeedInLieuParams>;
  readonly va: RuleSet<DeedInLieuParams>;
}

export const DEED_IN_LIEU_RULES: DeedInLieuRules = { gse: DIL_GSE, fha: DIL_FHA, va: DIL_VA };

/** The deed-in-lieu for the loan's investor: FHA and VA their own; every other investor the GSE rules (said in the audit). */
export function deedInLieuForInvestor(
  record: LoanRecord,
  rules: DeedInLieuRules = DEED_IN_LIEU_RULES
): Result<Evaluation> {
  const missing = requireFields(record, ["investor"], "a deed-in-lieu");
  if (missing.length) return failWith(missing);
  return deedInLieu(
    record,
    record.investor === "FHA" ? rules.fha : record.investor === "VA" ? rules.va : rules.gse
  );
}

export function deedInLieu(
  record: LoanRecord,
  rules: RuleSet<DeedInLieuParams> = DIL_GSE
): Result<Evaluation> {
  const issues: Issue[] = fieldIssues(record, LIQUIDATION_FIELDS, rules.id);
  const liens = passThroughNumber(record, SUBORDINATE_LIEN_COLUMNS);
  if ("issue" in liens) issues.push(liens.issue);
  if (issues.length) return failWith(issues);
  const { f, trail, debt, amounts, ratios } = startLiquidation(record, rules);
  const p = rules.params;
  const value = f.value;
  const result = (works: boolean, code: string, reason: () => string) =>
    liquidationOutcome(PROGRAM, rules, works, works, ratios, code, reason, trail, amounts);

  const occupancy = f.occupancy;
  if (occupancy !== undefined && p.excludedOccupancies.includes(occupancy)) {
    const reason = () =>
      `occupancy ${occupancy}: ${rules.id} takes no deed-in-lieu on such a property`;
    trail.add("eligibility: occupancy", occupancy, false, "OCCUPANCY_EXCLUDED", reason);
    return result(false, "OCCUPANCY_EXCLUDED", reason);
  }
  if (!value) {
    const reason = () =>
      "property_value is missing or zero: a deed-in-lieu cannot be evaluated without a current value";
    trail.add("value", "unknown", false, "VALUE_UNKNOWN", reason);
    return result(false, "VALUE_UNKNOWN", reason);
  }
  trail.add(
    "value",
    () => usd(value),
    true,
    "VALUE_KNOWN",
    () => `value ${usd(value)}; ${debt.why()}`
  );

  const costs: Cents = roundShare(value, p.dispositionCostRate);
  const reloc = relocationFor(f, p);
  const recovery: Cents = value - costs - reloc.amount;
  const deficiency = Math.max(0, debt.total - recovery);
  Object.assign(amounts, {
    disposition_costs: costs,
    relocation: reloc.amount,
    recovery,
    deficiency,
  });
  if (recovery > debt.total) amounts.equity = recovery - debt.total;
  trail.add(
    "recovery",
    () => usd(recovery),
    true,
    "RECOVERY",
    () =>
      `value ${usd(value)} − disposition costs ${usd(costs)} (${pct(p.dispositionCostRate, 2)} of value, an assumption) − ${reloc.why()}: estimated recovery ${usd(recovery)}`
  );

  const lienColumn = "value" in liens ? liens.value : undefined;
  const reason = once(() => {
    const severity = lossSeverity(debt.total, Math.min(recovery, debt.total), f.upb);
    const loss =
      deficiency > 0
        ? `deficiency ${usd(deficiency)}${severity.ok ? `, loss severity ${pct(severity.value, 2)} of UPB` : ""}`
        : `no deficiency: the recovery exceeds the debt by ${usd(recovery - debt.total)} (the borrower has equity a sale would keep)`;
    const lienBalance = lienColumn ? centsOfDecimal(lienColumn.value) : 0;
    const title =
      lienColumn && lienBalance > 0
        ? `subject to clear title: subordinate liens of ${usd(lienBalance)} (the ${lienColumn.header} column) must be released`
        : "subject to clear title (any subordinate liens released)";
    return `a deed-in-lieu can be offered, ${title}: estimated recovery ${usd(recovery)} against the total debt ${usd(debt.total)}, ${loss}`;
  });
  trail.add("deed-in-lieu", () => usd(recovery), true, "DEED_IN_LIEU", reason);
  return result(true, "DEED_IN_LIEU", reason);
}

/** A deed-in-lieu's descriptor: a liquidation under one investor family's rule set. */
function deedInLieuProgram(rules: RuleSet<DeedInLieuParams>, name: string): ProgramDescriptor {
  return describeProgram({
    name,
    kind: "liquidation",
    rules,
    ...LIQUIDATION_FIELDS,
    columns: SUBORDINATE_LIEN_COLUMNS,
    evaluate: (record) => deedInLieu(record, rules),
  });
}

export const DIL_GSE_PROGRAM = deedInLieuProgram(DIL_GSE, "GSE deed-in-lieu (Mortgage Release)");
export const DIL_FHA_PROGRAM = deedInLieuProgram(DIL_FHA, "FHA deed-in-lieu");
export const DIL_VA_PROGRAM = deedInLieuProgram(DIL_VA, "VA deed-in-lieu");
