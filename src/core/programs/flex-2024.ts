import { FLEX_2024 } from "../rules/flex-2024";
import { ARREARS_FIELDS, FieldUse, TERMS_FIELDS } from "./descriptor";
import { ladderProgram, wording } from "./ladder";

/** The modification fields every GSE Flex rule set reads. */
export const FLEX_FIELDS: FieldUse = {
  required: [...TERMS_FIELDS, "pi_payment", "property_value", "mod_rate"],
  positive: ["property_value"],
  optional: [
    "escrow_payment",
    ...ARREARS_FIELDS,
    "gross_monthly_income",
    "months_delinquent",
    "origination_date",
    "as_of_date",
    "prior_modifications",
  ],
};

/** How FLEX-2024 words its ladder: the ladder's own sentences but these. */
export const FLEX_2024_WORDING = wording({ program: "GSE Flex Modification" });

/**
 * GSE Flex Modification, FLEX-2024 (docs/rules/flex.md; Fannie Mae D2-3.2-06 / F-1-27, Freddie
 * Mac Bulletin 2024-E): the modification ladder over the rule set's steps, in the ladder's own words.
 */
export const FLEX_2024_PROGRAM = ladderProgram({
  rules: FLEX_2024,
  fields: FLEX_FIELDS,
  words: FLEX_2024_WORDING,
});

export const flexModification2024 = FLEX_2024_PROGRAM.evaluate;
