import Decimal from "decimal.js";
import { dollarsOfCents } from "../money";
import { NpvAssumptions, StateTimeline } from "../rules/npv-2026";
import { NpvValues } from "./inputs";
import { ParamValues } from "./params";
import { NpvItem } from "./types";

/** Everything the audit list shows: the inputs read, the parameters, and the figures derived. */
export interface AuditFacts {
  readonly x: NpvValues;
  readonly pmms: Decimal;
  readonly a: ParamValues;
  readonly assumptions: NpvAssumptions;
  readonly annual: Decimal;
  readonly d: Decimal;
  readonly m: number;
  readonly carry: Decimal;
  readonly fcCostAmount: Decimal;
}

const money = (c: number) => dollarsOfCents(c).toString();

/**
 * The audit list: every input, assumption and derived figure, in order of use, with its source, so
 * the numbers can be recomputed from the list alone. Money is shown in dollars.
 */
export function auditList(f: AuditFacts): NpvItem[] {
  const { x, a, assumptions } = f;
  const src = assumptions.paramSources;
  const items: NpvItem[] = [
    { name: "property_value", value: money(x.V), source: "input" },
    { name: "pmms", value: f.pmms.toString(), source: "input" },
    { name: "state", value: x.state, source: "input" },
    { name: "mod_payment", value: money(x.P), source: "input" },
    { name: "mod_term_months", value: String(x.n), source: "input" },
    {
      name: "forborne",
      value: money(x.F),
      source: x.forborneGiven ? "input" : "input (none given: 0)",
    },
  ];
  if (x.SS !== undefined)
    items.push({ name: "short_sale_net", value: money(x.SS), source: "input" });
  items.push(
    { name: "spread", value: a.spread.toString(), source: src.spread },
    { name: "discount_rate_annual", value: f.annual.toString(), source: "derived: pmms + spread" },
    {
      name: "discount_rate_monthly",
      value: f.d.toString(),
      source: "derived: discount_rate_annual / 12",
    },
    {
      name: "state_timeline_months",
      value: String(x.timeline.months),
      source: timelineSource(assumptions.id, x.state, x.timeline),
    },
    {
      name: "reo_marketing_months",
      value: String(a.reo_marketing_months),
      source: src.reo_marketing_months,
    },
    {
      name: "months_to_reo_sale",
      value: String(f.m),
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
      value: f.fcCostAmount.toString(),
      source: "derived: property_value × fc_cost_rate",
    }
  );
  if (x.carry !== undefined)
    items.push({ name: "monthly_carry", value: f.carry.toString(), source: "input" });
  else
    items.push(
      { name: "carry_rate", value: a.carry_rate.toString(), source: src.carry_rate },
      {
        name: "monthly_carry",
        value: f.carry.toString(),
        source: "derived: property_value × carry_rate / 12",
      }
    );
  items.push(
    {
      name: "redefault_probability",
      value: a.redefault_probability.toString(),
      source: src.redefault_probability,
    },
    { name: "redefault_months", value: String(a.redefault_months), source: src.redefault_months }
  );
  if (x.SS !== undefined)
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
}

function timelineSource(id: string, state: string, t: StateTimeline): string {
  if (t.source === "override") return `override (state ${state})`;
  const days = t.days === null ? "" : `, ${t.days} days LPI to sale`;
  return `${id} ${t.source} (${state}, ${t.method.toLowerCase().replace("_", "-")}${days}; see rules/npv-2026.ts)`;
}
