/**
 * Writing a worksheet from the pane: the builder makes the sheet model from the loan's case and the
 * page's inputs, the host writes it (a new sheet in Excel, a downloaded file in a browser). Nothing
 * is written when the builder refuses; the outcome says why in the builder's words.
 */
import type { LoanCase, SheetInputs, SheetKindId } from "../../report/sheets";
import type { Host, WriteOptions, WriteOutcome } from "../workbook/host-types";
import { WORKSHEETS, type WorksheetBuilder } from "./worksheet-builders";

/** A worksheet to write: its kind, the loan's case and the inputs the page gives it. */
export interface WorksheetRequest {
  readonly kind: SheetKindId;
  readonly case: LoanCase;
  readonly inputs: SheetInputs;
}

/** A thrown value's message, for a sentence. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export async function writeWorksheet(
  host: Host,
  request: WorksheetRequest,
  options?: WriteOptions
): Promise<WriteOutcome> {
  options?.onProgress?.("Building the worksheet");
  let build: WorksheetBuilder;
  try {
    build = await WORKSHEETS[request.kind].load();
  } catch (error) {
    return {
      ok: false,
      reason: `The worksheet builders could not be loaded: ${errorText(error)}.`,
    };
  }
  const built = build(request.case, request.inputs);
  if (!built.ok) {
    const reasons = built.issues.map((i) => i.reason).join("; ");
    return { ok: false, reason: `No sheet was written: ${reasons}.` };
  }
  const model = built.value;
  return host.writeWorksheet(
    { kind: request.kind, name: model.sheets[0]?.name ?? request.kind, model },
    options
  );
}
