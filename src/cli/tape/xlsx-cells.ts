import { Cell } from "../../core/record";

/**
 * An exceljs cell value as a tape cell: numbers stay numbers, text stays text, TRUE/FALSE stay
 * booleans, a date cell becomes its ISO date (the calendar day Excel shows; a time of day is
 * dropped), a formula its cached result, rich text its plain text, a hyperlink its text, and an
 * error value (#N/A, #VALUE!) its text, which the tape check then rejects in its field.
 */
export function xlsxCell(value: unknown): Cell {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean")
    return value;
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    const v = value as Record<string, unknown>;
    if ("formula" in v || "sharedFormula" in v) return xlsxCell(v.result);
    if (Array.isArray(v.richText))
      return (v.richText as { text?: string }[]).map((t) => t.text ?? "").join("");
    if ("error" in v) return String(v.error);
    if ("text" in v) return xlsxCell(v.text);
  }
  return String(value);
}
