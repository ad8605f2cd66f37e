import {
  Cell,
  parseChoice,
  parseDate,
  parseFlag,
  parseMoney,
  parseRateDecimal,
  parseText,
  parseWhole,
  MAX_TERM_MONTHS,
  WholeOptions,
} from "../input";
import { Result } from "../result";
import { FieldKind, FieldName } from "../record-fields";
import { INVESTOR_CHOICES, OCCUPANCY_CHOICES, STATE_CHOICES } from "./choices";

/** parseMonths's and parseCount's bounds for the record's fields, made once rather than per cell. */
const TERM: WholeOptions = { min: 1, max: MAX_TERM_MONTHS, unit: "months" };
const MONTHS: WholeOptions = { min: 0, max: MAX_TERM_MONTHS, unit: "months" };
const COUNT: WholeOptions = { min: 0, max: MAX_TERM_MONTHS, unit: "months or payments" };

/**
 * One field's cell in the field's type, through the input module: money in whole cents; rates as
 * Decimal fractions, never negative; `remaining_term` 1 to 1200 months and the other months and
 * counts 0 to 1200; dates within Excel's; flags, enums and text as everywhere else.
 */
export function parseField(field: FieldName, kind: FieldKind, cell: Cell): Result<unknown> {
  switch (kind) {
    case "money":
      return parseMoney(cell, field);
    case "rate":
      return parseRateDecimal(cell, field);
    case "months":
      return parseWhole(cell, field, field === "remaining_term" ? TERM : MONTHS);
    case "count":
      return parseWhole(cell, field, COUNT);
    case "date":
      return parseDate(cell, field);
    case "flag":
      return parseFlag(cell, field);
    case "text":
      return parseText(cell, field);
    case "state":
      return parseChoice(cell, field, STATE_CHOICES);
    case "investor":
      return parseChoice(cell, field, INVESTOR_CHOICES);
    case "occupancy":
      return parseChoice(cell, field, OCCUPANCY_CHOICES);
  }
}
