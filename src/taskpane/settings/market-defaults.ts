/**
 * The market inputs the in-browser workbook of sample loans starts with, so the sample loans can be
 * evaluated at once. They are sample values, said so on the Settings page; a workbook in Excel
 * starts with none and the pane asks for them.
 */
import type { SettingsValues } from "../workbook/host-types";

export const SAMPLE_MARKET_SETTINGS: SettingsValues = {
  pmms: "6.23%",
  mod_rate: "6.5%",
  as_of_date: "2026-11-16",
  preparer: "",
};

export const SAMPLE_SETTINGS_NOTE =
  "Sample market inputs for the sample loans, not current rates: set your own before relying on a result.";
