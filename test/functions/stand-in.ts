/**
 * A stand-in for the `CustomFunctions` global that Excel's runtime provides, with the error codes
 * as Excel displays them.
 */
export class StandInError {
  constructor(
    readonly code: string,
    readonly message?: string
  ) {}
}

export const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

export function installCustomFunctionsStandIn(): void {
  (globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = {
    Error: StandInError,
    ErrorCode,
  };
}

/** The Excel error text of a cell, or undefined for a value. */
export function excelError(cell: unknown): string | undefined {
  return cell instanceof StandInError ? cell.code : undefined;
}
