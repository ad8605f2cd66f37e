import { LoanRecord, requireFields } from "../record";
import { Result, failWith } from "../result";
import { SHORT_SALE_GSE, SHORT_SALE_VA, ShortSaleParams } from "../rules/short-sale-gse";
import { SHORT_SALE_FHA, FhaPfsParams } from "../rules/short-sale-fha";
import { RuleSet } from "../rules/rule-set";
import { Evaluation } from "./evaluation";
import { ProgramDescriptor, describeProgram } from "./descriptor";
import {
  LIQUIDATION_FIELDS,
  MARKETING_DAYS_COLUMNS,
  SALE_PRICE_COLUMNS,
  SUBORDINATE_LIEN_COLUMNS,
} from "./liquidation";
import { evaluateShortSale } from "./short-sale-evaluation";

export { minNetTier } from "./short-sale-evaluation";

/**
 * Short sale (docs/rules/liquidation.md), one rule set per investor family: SHORT-SALE-GSE (Fannie
 * Mae / Freddie Mac), SHORT-SALE-FHA (pre-foreclosure sale, with HUD's minimum net proceeds by
 * marketing days) and SHORT-SALE-VA (compromise sale).
 *
 * Sale price: an `offer_price` column when the tape passes one through (a contract in hand is what the
 * sale closes at), else a `list_price` column, else the property value. Net proceeds = price −
 * commission − seller closing costs − subordinate-lien payoff (a `subordinate_liens` column, paid up to
 * the cap; none when absent) − relocation assistance (shortSaleNet). The sale works when the value is
 * known, the net is short of the total debt (otherwise the sale pays the loan off and is no short sale)
 * and, for FHA, the net meets the minimum share of the as-is value.
 */

export interface ShortSaleRules {
  readonly gse: RuleSet<ShortSaleParams>;
  readonly fha: RuleSet<FhaPfsParams>;
  readonly va: RuleSet<ShortSaleParams>;
}

export const SHORT_SALE_RULES: ShortSaleRules = {
  gse: SHORT_SALE_GSE,
  fha: SHORT_SALE_FHA,
  va: SHORT_SALE_VA,
};

/** The short sale for the loan's investor: FHA and VA their own; every other investor the GSE rules (said in the audit). */
export function shortSale(
  record: LoanRecord,
  rules: ShortSaleRules = SHORT_SALE_RULES
): Result<Evaluation> {
  const missing = requireFields(record, ["investor"], "a short sale");
  if (missing.length) return failWith(missing);
  if (record.investor === "FHA") return fhaPreForeclosureSale(record, rules.fha);
  if (record.investor === "VA") return vaCompromiseSale(record, rules.va);
  return gseShortSale(record, rules.gse);
}

export function gseShortSale(
  record: LoanRecord,
  rules: RuleSet<ShortSaleParams> = SHORT_SALE_GSE
): Result<Evaluation> {
  return evaluateShortSale(record, rules, GSE, undefined);
}

export function fhaPreForeclosureSale(
  record: LoanRecord,
  rules: RuleSet<FhaPfsParams> = SHORT_SALE_FHA
): Result<Evaluation> {
  return evaluateShortSale(record, rules, FHA, rules.params);
}

export function vaCompromiseSale(
  record: LoanRecord,
  rules: RuleSet<ShortSaleParams> = SHORT_SALE_VA
): Result<Evaluation> {
  return evaluateShortSale(record, rules, VA, undefined);
}

const GSE = "GSE short sale";
const FHA = "FHA pre-foreclosure sale";
const VA = "VA compromise sale";

/** A short sale's descriptor: a liquidation whose net proceeds the NPV test discounts. */
function shortSaleProgram(
  rules: RuleSet<ShortSaleParams>,
  name: string,
  evaluateIt: (record: LoanRecord) => Result<Evaluation>,
  columns: readonly string[]
): ProgramDescriptor {
  return describeProgram({
    name,
    kind: "liquidation",
    rules,
    ...LIQUIDATION_FIELDS,
    columns: [...SALE_PRICE_COLUMNS, ...SUBORDINATE_LIEN_COLUMNS, ...columns],
    npv: "short_sale",
    evaluate: evaluateIt,
  });
}

export const SHORT_SALE_GSE_PROGRAM = shortSaleProgram(
  SHORT_SALE_GSE,
  GSE,
  (r) => gseShortSale(r),
  []
);
export const SHORT_SALE_FHA_PROGRAM = shortSaleProgram(
  SHORT_SALE_FHA,
  FHA,
  (r) => fhaPreForeclosureSale(r),
  MARKETING_DAYS_COLUMNS
);
export const SHORT_SALE_VA_PROGRAM = shortSaleProgram(
  SHORT_SALE_VA,
  VA,
  (r) => vaCompromiseSale(r),
  []
);
