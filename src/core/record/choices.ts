import { Choices, choices } from "../input";
import {
  INVESTORS,
  INVESTOR_VALUE_ALIASES,
  Investor,
  OCCUPANCIES,
  OCCUPANCY_VALUE_ALIASES,
  Occupancy,
  STATE_CODES,
} from "../record-fields";

/** The record's closed lists, with the spellings of the field table. */
export const INVESTOR_CHOICES: Choices<Investor> = choices(INVESTORS, INVESTOR_VALUE_ALIASES);
export const OCCUPANCY_CHOICES: Choices<Occupancy> = choices(OCCUPANCIES, OCCUPANCY_VALUE_ALIASES);
export const STATE_CHOICES: Choices<string> = choices(
  [...STATE_CODES],
  {},
  "a 2-letter U.S. state or territory code"
);
