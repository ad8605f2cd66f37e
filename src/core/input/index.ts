/**
 * The one reader of input values: every value a cell, a CSV field or a form field can hold is read
 * here, into the core's own types, or into an issue naming the field, the value and the reason.
 */
export type { Cell } from "./cell";
export { isBlank, showValue } from "./cell";
export { allOf, invalid, missing, issuesIn } from "./problem";
export type { NumberText } from "./number-text";
export { readNumberText } from "./number-text";
export type { MoneyOptions } from "./money";
export {
  MAX_MONEY,
  MAX_MONEY_CENTS,
  centsOfDecimal,
  centsOfNumber,
  parseCents,
  parseMoney,
  parseMoneyDecimal,
} from "./money";
export type { RateOptions } from "./rate";
export { parseRate, parseRateDecimal, rateDecimal, rateNumber, rememberNumber } from "./rate";
export type { WholeOptions } from "./whole";
export { MAX_TERM_MONTHS, parseCount, parseMonths, parseWhole } from "./whole";
export { parsePositive } from "./positive";
export { parseDate } from "./date";
export { parseFlag } from "./flag";
export { parseText } from "./text";
export type { Choices } from "./choices";
export { choices, normalizeChoice, parseChoice } from "./choices";
