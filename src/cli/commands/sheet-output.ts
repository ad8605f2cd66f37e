import { LoanOutcome } from "../../core/portfolio";

/**
 * The worksheets `lm-workbench sheet` writes, by kind, and the step that writes each one. The frame
 * (options, tape reading, loan lookup, checks, exit codes) is sheet.ts's; a kind's writer builds the
 * worksheet's sheet model from the loan's outcome and writes it with the exceljs writer to `file`.
 * A kind without a writer is reported as not available (exit 1); nothing is written for it.
 */
export const SHEET_KINDS = [
  { kind: "repayment-plan", title: "repayment plan agreement" },
  { kind: "modification-offer", title: "modification offer and trial period plan" },
  { kind: "comparison", title: "program comparison" },
  { kind: "evaluation-notice", title: "evaluation notice (12 CFR 1024.41(c)(1)(ii) and (d))" },
  { kind: "short-sale", title: "short-sale net sheet" },
  { kind: "negotiation-summary", title: "negotiation summary" },
] as const;

export type SheetKind = (typeof SHEET_KINDS)[number]["kind"];

export interface SheetRequest {
  readonly kind: SheetKind;
  readonly outcome: LoanOutcome;
  /** Where to write the .xlsx (a temporary name the frame moves into place once it is complete). */
  readonly file: string;
  /** The tape as the user named it, and whether it is the bundled sample. */
  readonly tape: string;
  readonly sample: boolean;
  /** The add-in version, for the audit block. */
  readonly version: string;
}

export type SheetWriter = (request: SheetRequest) => Promise<void>;

/** The writers available, by kind. */
export const SHEET_WRITERS: Partial<Record<SheetKind, SheetWriter>> = {};
