/**
 * The NPV test in a document: its result (modification against foreclosure and short sale) and every
 * input, assumption and derived figure it used, with its source, in plain words.
 */
import { D } from "../../../core/money";
import type { NpvItem } from "../../../core/npv";
import { Block, CellInput, block, cell } from "../../model";
import type { CaseOption, LoanCase } from "../case/loan-case";
import { dash, money, moneyText, prose } from "./values";

const LABELS: Readonly<Record<string, string>> = {
  property_value: "Property value",
  pmms: "PMMS",
  state: "Property state",
  mod_payment: "Modified P&I",
  mod_term_months: "Modified term",
  forborne: "Forborne principal",
  short_sale_net: "Short-sale net proceeds",
  spread: "Spread over PMMS",
  discount_rate_annual: "Discount rate, annual",
  discount_rate_monthly: "Discount rate, monthly",
  state_timeline_months: "Foreclosure timeline",
  reo_marketing_months: "REO marketing time",
  months_to_reo_sale: "Months to REO sale",
  reo_discount: "REO price discount",
  home_price_change: "Home price change",
  fc_cost_rate: "Foreclosure cost rate",
  fc_costs: "Foreclosure costs",
  carry_rate: "Carrying cost rate",
  monthly_carry: "Monthly carrying cost",
  redefault_probability: "Redefault probability",
  redefault_months: "Months to redefault",
  short_sale_months: "Short-sale months",
  assumptions: "Assumptions",
};

const MONEY = new Set([
  "property_value",
  "mod_payment",
  "forborne",
  "short_sale_net",
  "fc_costs",
  "monthly_carry",
]);
const MONTHS = new Set([
  "mod_term_months",
  "state_timeline_months",
  "reo_marketing_months",
  "months_to_reo_sale",
  "redefault_months",
  "short_sale_months",
]);

/** An input's value as a reader expects it: dollars, months or a percent; the exact text otherwise. */
function shown(item: NpvItem): string {
  const v = item.value;
  if (!/^-?\d+(\.\d+)?$/.test(v)) return v;
  const d = new D(v);
  if (MONEY.has(item.name))
    return `${moneyText(d.times(100).toDecimalPlaces(0).toNumber())}${d.decimalPlaces() > 2 ? ` (${v})` : ""}`;
  if (MONTHS.has(item.name)) return `${v} months`;
  const percent = d.times(100);
  return `${percent.decimalPlaces() > 6 ? percent.toDecimalPlaces(6).toString() + "…" : percent.toString()}%`;
}

export function npvLabel(name: string): string {
  return LABELS[name] ?? name.replace(/_/g, " ");
}

/** Whether an option was denied by an NPV test (its reason or a failed step says NPV). */
export function npvDecided(o: CaseOption): boolean {
  const e = o.evaluation;
  if (!e || o.works) return false;
  return /^NPV/i.test(e.reasonCode) || e.steps.some((s) => !s.pass && /^npv/i.test(s.step));
}

/** The NPV inputs as a table: input, value, source. */
export function npvInputsTable(c: LoanCase, name = "NpvInputs"): Block {
  const items = c.npv.ok ? c.npv.value.npv.inputs : [];
  return block.table(
    {
      name,
      columns: [
        { header: "Input", wrap: true },
        { header: "Value", wrap: true },
        { header: "Source", wrap: true },
      ],
      rows: items.map((i) => [npvLabel(i.name), shown(i), i.source]),
      filterButtons: false,
    },
    { id: "npv-inputs" }
  );
}

/** The NPV inputs as label/value pairs (a compact list for a one-page summary). */
export function npvInputPairs(c: LoanCase): [string, CellInput][] {
  if (!c.npv.ok) return [];
  return c.npv.value.npv.inputs
    .filter((i) => i.name !== "assumptions")
    .map((i) => [npvLabel(i.name), cell.text(shown(i), undefined, { align: "right" })]);
}

/** The NPV result: each outcome's value, the benefit of modifying and the decision; or why none. */
export function npvResultPairs(c: LoanCase): [string, CellInput][] {
  if (!c.npv.ok) return [["NPV not computed", prose(c.npv.issues.map((i) => i.reason).join("; "))]];
  const { npv, modification } = c.npv.value;
  return [
    [`Modification (${modification.ruleSet})`, money(npv.npvMod)],
    ["Foreclosure", money(npv.npvFc)],
    ["Short sale", npv.npvSs === undefined ? dash() : money(npv.npvSs)],
    ["Benefit of modifying", money(npv.npvBenefit)],
    [
      "Result",
      cell.text(
        npv.decision === "MODIFY"
          ? "Modification has the higher NPV"
          : "Foreclosure has the higher NPV",
        undefined,
        { bold: true }
      ),
    ],
  ];
}
