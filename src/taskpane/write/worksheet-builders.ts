/**
 * The worksheets the pane writes, one table: the title on its button, the sheet name it starts from,
 * and the builder of src/report/sheets that turns the loan's results into a sheet model, loaded
 * on demand. A builder resolves to undefined while it is not part of the build.
 */
import type { Result } from "../../core/result";
import type { WorksheetInput } from "./worksheet-input";
import type { WorksheetKind } from "../workbook/host-types";

/** A worksheet builder: the loan and its results in, the sheet model (src/report/model) out. */
export type WorksheetBuilder = (input: WorksheetInput) => Result<unknown>;

export interface WorksheetEntry {
  readonly kind: WorksheetKind;
  /** The action's label: "Write repayment plan agreement". */
  readonly action: string;
  /** The start of the sheet name; the loan id follows ("Repayment Plan 1001"). */
  readonly sheetName: string;
  readonly load: () => Promise<WorksheetBuilder | undefined>;
}

const notYetBuilt = async (): Promise<WorksheetBuilder | undefined> => undefined;

export const WORKSHEETS: { readonly [K in WorksheetKind]: WorksheetEntry } = {
  "repayment-plan": {
    kind: "repayment-plan",
    action: "Write repayment plan agreement",
    sheetName: "Repayment Plan",
    load: notYetBuilt,
  },
  "modification-offer": {
    kind: "modification-offer",
    action: "Write offer",
    sheetName: "Modification Offer",
    load: notYetBuilt,
  },
  comparison: {
    kind: "comparison",
    action: "Write program comparison",
    sheetName: "Program Comparison",
    load: notYetBuilt,
  },
  "evaluation-notice": {
    kind: "evaluation-notice",
    action: "Write evaluation notice",
    sheetName: "Evaluation Notice",
    load: notYetBuilt,
  },
  "negotiation-summary": {
    kind: "negotiation-summary",
    action: "Write negotiation summary",
    sheetName: "Negotiation Summary",
    load: notYetBuilt,
  },
  "short-sale": {
    kind: "short-sale",
    action: "Write net sheet",
    sheetName: "Short Sale Net Sheet",
    load: notYetBuilt,
  },
};
