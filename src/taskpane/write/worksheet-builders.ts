/**
 * The worksheets the pane writes, one table: the label of each one's button and its builder, which
 * is `buildSheet` of src/report/sheets: the same builders the command line runs, loaded in one
 * chunk of their own the first time a worksheet is written.
 */
import type { Result } from "../../core/result";
import type { WorkbookModel } from "../../report/model";
import type { LoanCase, SheetInputs, SheetKindId } from "../../report/sheets";

/** A worksheet builder: the loan's case and the page's inputs in, the sheet model out. */
export type WorksheetBuilder = (c: LoanCase, inputs: SheetInputs) => Result<WorkbookModel>;

export interface WorksheetEntry {
  readonly kind: SheetKindId;
  /** The action's label: "Write repayment plan agreement". */
  readonly action: string;
  readonly load: () => Promise<WorksheetBuilder>;
}

function sheets() {
  return import(/* webpackChunkName: "sheets" */ "../../report/sheets");
}

function entry(kind: SheetKindId, action: string): WorksheetEntry {
  return {
    kind,
    action,
    load: async () => {
      const { buildSheet } = await sheets();
      return (c, inputs) => buildSheet(kind, c, inputs);
    },
  };
}

export const WORKSHEETS: { readonly [K in SheetKindId]: WorksheetEntry } = {
  "repayment-plan": entry("repayment-plan", "Write repayment plan agreement"),
  "modification-offer": entry("modification-offer", "Write offer"),
  comparison: entry("comparison", "Write program comparison"),
  "evaluation-notice": entry("evaluation-notice", "Write evaluation notice"),
  "negotiation-summary": entry("negotiation-summary", "Write negotiation summary"),
  "short-sale": entry("short-sale", "Write net sheet"),
};
