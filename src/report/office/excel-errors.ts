/** Plain sentences for what Excel refused, naming the step that failed. */

interface OfficeErrorLike {
  code?: string;
  message?: string;
  debugInfo?: { errorLocation?: string; message?: string };
}

const PLAIN: Record<string, string> = {
  AccessDenied: "Excel denied access (the workbook or sheet may be protected, or shared read-only)",
  InvalidOperationInCellEditMode:
    "Excel is in cell-edit mode: press Enter or Esc in the sheet, then try again",
  ItemAlreadyExists: "a sheet or table of that name already exists",
  RequestPayloadSizeLimitExceeded: "the request was larger than Excel accepts",
  InsertDeleteConflict: "the write conflicted with a change being made in the workbook",
  GeneralException:
    "Excel could not complete the write (it may be out of memory or at its sheet limit)",
  InvalidArgument: "Excel rejected a value",
  ApiNotFound: "this version of Excel lacks a feature the write needs",
};

export function describeExcelError(error: unknown): string {
  const e = (error ?? {}) as OfficeErrorLike;
  const plain = (e.code && PLAIN[e.code]) || e.message || String(error);
  const where = e.debugInfo?.errorLocation ? ` at ${e.debugInfo.errorLocation}` : "";
  const code = e.code ? ` [${e.code}${where}]` : where ? ` [${where.trim()}]` : "";
  return `${plain}${code}`;
}
