/**
 * Writing a worksheet from the pane: the builder makes the sheet model from the loan's results, the
 * host writes it (a new sheet in Excel, a downloaded file in a browser). Nothing is written when
 * the builder is missing or refuses the input; the outcome says why in words.
 */
import type { Host, WriteOutcome } from "../workbook/host-types";
import { WORKSHEETS } from "./worksheet-builders";
import type { WorksheetInput } from "./worksheet-input";

/** "Repayment Plan 1001": the writer keeps it within Excel's rules and free of existing names. */
export function sheetNameFor(input: WorksheetInput): string {
  const id = input.record.loan_id ?? "";
  return `${WORKSHEETS[input.kind].sheetName}${id ? ` ${id}` : ""}`;
}

export async function writeWorksheet(host: Host, input: WorksheetInput): Promise<WriteOutcome> {
  const entry = WORKSHEETS[input.kind];
  const build = await entry.load();
  if (!build) {
    return {
      ok: false,
      reason: `${entry.sheetName}: this version of LM Workbench does not include this worksheet yet.`,
    };
  }
  let built;
  try {
    built = build(input);
  } catch (error) {
    return {
      ok: false,
      reason: `${entry.sheetName} could not be built: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  if (!built.ok) {
    return {
      ok: false,
      reason: `${entry.sheetName} could not be built: ${built.issues.map((i) => i.reason).join("; ")}`,
    };
  }
  return host.writeWorksheet({ kind: input.kind, name: sheetNameFor(input), model: built.value });
}

/** Whether a worksheet can be written by this build (its builder is included). */
export async function canWrite(kind: WorksheetInput["kind"]): Promise<boolean> {
  return (await WORKSHEETS[kind].load()) !== undefined;
}
