/**
 * The pane's settings, one table: market inputs, the NPV assumptions (defaults from the NPV rule set)
 * and the preparer's name. Stored as text in the workbook's own settings and used as defaults for
 * every loan and worksheet.
 */
export type SettingGroup = "market" | "npv" | "preparer";

export interface SettingField {
  readonly name: string;
  readonly label: string;
  readonly group: SettingGroup;
  readonly hint: string;
}

export const SETTING_FIELDS: readonly SettingField[] = [
  {
    name: "pmms",
    label: "PMMS (30-year fixed)",
    group: "market",
    hint: "Freddie Mac's weekly rate: the NPV discount rate and the FHA, VA and HAMP market rates start from it.",
  },
  {
    name: "mod_rate",
    label: "GSE modification interest rate",
    group: "market",
    hint: "The Flex Modification rate floor (Fannie Mae and Freddie Mac).",
  },
  {
    name: "as_of_date",
    label: "As-of date",
    group: "market",
    hint: "YYYY-MM-DD. Notices are dated it; loan age and Reg X days count from it. Blank: today.",
  },
  {
    name: "spread",
    label: "Discount spread over PMMS",
    group: "npv",
    hint: "Added to PMMS for the NPV discount rate.",
  },
  {
    name: "reo_discount",
    label: "REO discount to value",
    group: "npv",
    hint: "How far below the current value the property sells after foreclosure.",
  },
  {
    name: "home_price_change",
    label: "Home price change a year",
    group: "npv",
    hint: "Your forecast; negative for falling prices.",
  },
  {
    name: "fc_cost_rate",
    label: "Foreclosure costs (share of value)",
    group: "npv",
    hint: "Commission, legal, preservation and closing costs.",
  },
  {
    name: "carry_rate",
    label: "Carrying costs a year (share of value)",
    group: "npv",
    hint: "Taxes, insurance and HOA advanced while foreclosing.",
  },
  {
    name: "redefault_probability",
    label: "Redefault probability",
    group: "npv",
    hint: "Chance the modification redefaults.",
  },
  {
    name: "redefault_months",
    label: "Months to a redefault",
    group: "npv",
    hint: "Months from the modification to the redefault.",
  },
  {
    name: "reo_marketing_months",
    label: "REO marketing months",
    group: "npv",
    hint: "Months from the foreclosure sale to the REO sale.",
  },
  {
    name: "short_sale_months",
    label: "Months to close a short sale",
    group: "npv",
    hint: "Months until the short sale's proceeds arrive.",
  },
  {
    name: "preparer",
    label: "Prepared by",
    group: "preparer",
    hint: "Your name as it appears on the worksheets.",
  },
];

export const SETTING_GROUPS: readonly { readonly id: SettingGroup; readonly title: string }[] = [
  { id: "market", title: "Market inputs" },
  { id: "npv", title: "NPV assumptions" },
  { id: "preparer", title: "Worksheets" },
];
