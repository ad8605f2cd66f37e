/** What the Portfolio page and its worker say to each other. */
import type { Cell } from "../loan/field-table";
import type { SettingsValues } from "../workbook/host-types";

export interface PortfolioRequest {
  readonly table: string;
  readonly headers: readonly Cell[];
  readonly rows: readonly (readonly Cell[])[];
  /** The worksheet row number of the first data row. */
  readonly firstRow: number;
  readonly settings: SettingsValues;
  readonly today: string;
}

export interface WorkoutCount {
  readonly ruleSet: string;
  readonly program: string;
  readonly count: number;
  /** Unpaid principal balance of those loans, in cents. */
  readonly upb: number;
}

export interface RejectedCellText {
  readonly row: number;
  readonly field: string;
  readonly value: string;
  readonly reason: string;
}

export interface PortfolioSummary {
  readonly table: string;
  /** read = evaluated + rejected; wholly blank rows are skipped and counted apart. */
  readonly counts: {
    readonly read: number;
    readonly evaluated: number;
    readonly rejected: number;
    readonly blank: number;
  };
  readonly upb: number;
  /** Recommended workout by count and UPB, most loans first. */
  readonly mix: readonly WorkoutCount[];
  /** Loans whose NPV test could be run; those where the workout is worth more, and that benefit over foreclosure (cents). */
  readonly npv: { readonly loans: number; readonly benefit: number; readonly modify: number };
  readonly exceptions: readonly RejectedCellText[];
  readonly headerProblems: readonly string[];
}

export type PortfolioMessage =
  | { readonly kind: "progress"; readonly done: number; readonly total: number }
  | { readonly kind: "done"; readonly summary: PortfolioSummary }
  | { readonly kind: "failed"; readonly reason: string };
