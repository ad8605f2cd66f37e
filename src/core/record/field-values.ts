import {
  Cell,
  parseChoice,
  parseCount,
  parseDate,
  parseFlag,
  parseMoney,
  parseMonths,
  parseRateDecimal,
  parseText,
  MAX_TERM_MONTHS,
} from "../input";
import { Result } from "../result";
import { FieldKind, FieldName } from "../record-fields";
import { INVESTOR_CHOICES, OCCUPANCY_CHOICES, STATE_CHOICES } from "./choices";

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
      return parseMonths(cell, field, { min: field === "remaining_term" ? 1 : 0 });
    case "count":
      return parseCount(cell, field, { max: MAX_TERM_MONTHS, unit: "months or payments" });
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
