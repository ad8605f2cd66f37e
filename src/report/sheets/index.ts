/**
 * The specialist's worksheets, one table: each kind's id, title, the sheet-name stem (the writers add
 * the loan id and make the name free), the inputs it takes beside the loan's case, and its builder.
 * The command line and the task pane list the kinds from here.
 *
 *   const c = loanCase(record, { asOf, preparedBy, pmms, modRate });   // the core, once per loan
 *   const model = buildSheet("evaluation-notice", c.value);            // Result<WorkbookModel>
 */
import type { WorkbookModel } from "../model";
import { Result, fail } from "../../core/result";
import type { LoanCase } from "./case/loan-case";
import {
  OFFER_INPUTS,
  REPAYMENT_INPUTS,
  SHORT_SALE_INPUTS,
  SheetInputSpec,
  SheetInputs,
  readNoInputs,
  readOfferInputs,
  readRepaymentInputs,
  readShortSaleInputs,
} from "./inputs";
import { REPAYMENT_PLAN_TITLE, repaymentPlanSheet } from "./repayment-plan";
import { MODIFICATION_OFFER_TITLE, modificationOfferSheet } from "./modification-offer";
import { COMPARISON_TITLE, comparisonSheet } from "./comparison";
import { EVALUATION_NOTICE_TITLE, evaluationNoticeSheet } from "./evaluation-notice";
import { SHORT_SALE_TITLE, shortSaleSheet } from "./short-sale";
import { NEGOTIATION_SUMMARY_TITLE, negotiationSummarySheet } from "./negotiation-summary";

export type SheetKindId =
  | "repayment-plan"
  | "modification-offer"
  | "comparison"
  | "evaluation-notice"
  | "short-sale"
  | "negotiation-summary";

export interface SheetKind {
  readonly id: SheetKindId;
  /** The document's title, as it heads the sheet. */
  readonly title: string;
  /** The start of the sheet name; the writers add the loan id ("Repayment Plan 1001"). */
  readonly stem: string;
  /** What the document is, in a sentence (a command's help, a button's tooltip). */
  readonly description: string;
  /** The inputs it takes beside the loan's case, each optional. */
  readonly inputs: readonly SheetInputSpec[];
  /** Reads the inputs alone, before any loan (a command line's options): issues name each bad one. */
  readonly readInputs: (inputs?: SheetInputs) => Result<unknown>;
  /** The sheet model for one loan, or issues saying why this document cannot be made for it. */
  readonly build: (c: LoanCase, inputs?: SheetInputs) => Result<WorkbookModel>;
}

/** A kind whose builder reads its inputs first: a bad input is an issue naming it, before anything is built. */
function kind<X>(
  k: Omit<SheetKind, "build" | "readInputs">,
  read: (inputs?: SheetInputs) => Result<X>,
  make: (c: LoanCase, x: X, stem: string) => Result<WorkbookModel>
): SheetKind {
  return {
    ...k,
    readInputs: read,
    build: (c, inputs = {}) => {
      const x = read(inputs);
      return x.ok ? make(c, x.value, k.stem) : x;
    },
  };
}

export const SHEET_KINDS: readonly SheetKind[] = [
  kind(
    {
      id: "repayment-plan",
      title: REPAYMENT_PLAN_TITLE,
      stem: "Repayment Plan",
      description:
        "past-due amount and its parts, the installment schedule, the 150% test, approvals needed, signature lines",
      inputs: REPAYMENT_INPUTS,
    },
    readRepaymentInputs,
    repaymentPlanSheet
  ),
  kind(
    {
      id: "modification-offer",
      title: MODIFICATION_OFFER_TITLE,
      stem: "Modification Offer",
      description:
        "current and modified terms side by side, the trial payments and due dates, the rate step-ups, the waterfall steps",
      inputs: OFFER_INPUTS,
    },
    readOfferInputs,
    modificationOfferSheet
  ),
  kind(
    {
      id: "comparison",
      title: COMPARISON_TITLE,
      stem: "Program Comparison",
      description:
        "every option the investor allows for the loan, side by side, with why each passed or failed",
      inputs: [],
    },
    readNoInputs,
    (c, _x, stem) => comparisonSheet(c, stem)
  ),
  kind(
    {
      id: "evaluation-notice",
      title: EVALUATION_NOTICE_TITLE,
      stem: "Evaluation Notice",
      description:
        "12 CFR 1024.41(c)(1)(ii) and (d): each option reviewed and the reason, the offer, accept-by and appeal-by dates",
      inputs: [],
    },
    readNoInputs,
    (c, _x, stem) => evaluationNoticeSheet(c, stem)
  ),
  kind(
    {
      id: "short-sale",
      title: SHORT_SALE_TITLE,
      stem: "Short Sale Net Sheet",
      description:
        "settlement lines down to the net proceeds, the investor's minimum net, total debt, deficiency and loss severity",
      inputs: SHORT_SALE_INPUTS,
    },
    readShortSaleInputs,
    shortSaleSheet
  ),
  kind(
    {
      id: "negotiation-summary",
      title: NEGOTIATION_SUMMARY_TITLE,
      stem: "Negotiation Summary",
      description:
        "one page for a lender: the loan, hardship, ratios, every option and why, the workout, NPV with its inputs, Reg X dates",
      inputs: [],
    },
    readNoInputs,
    (c, _x, stem) => negotiationSummarySheet(c, stem)
  ),
];

export const SHEET_KIND_IDS: readonly SheetKindId[] = SHEET_KINDS.map((k) => k.id);

/** The kind of an id (case and spaces ignored), if there is one. */
export function sheetKind(id: string): SheetKind | undefined {
  const key = id.trim().toLowerCase();
  return SHEET_KINDS.find((k) => k.id === key);
}

/** Builds one kind of worksheet for a loan's case; an unknown kind is an issue listing the kinds. */
export function buildSheet(
  id: string,
  c: LoanCase,
  inputs: SheetInputs = {}
): Result<WorkbookModel> {
  const kind = sheetKind(id);
  if (!kind)
    return fail(
      "VALUE",
      `"${id}" is not a worksheet; use one of ${SHEET_KIND_IDS.join(", ")}`,
      "kind",
      id
    );
  return kind.build(c, inputs);
}

export type { LoanCase, CaseOption, CaseDeadlines } from "./case/loan-case";
export { loanCase } from "./case/loan-case";
export type { CaseSettings, SettingUse } from "./case/settings";
export type { ShortSaleLines, OtherCost } from "./case/net-sheet";
export type { RepaymentInput } from "./case/repayment-terms";
export type { OfferInput } from "./modification-offer";
export type { SheetInputs, SheetInputSpec, SheetInputKind } from "./inputs";
export {
  repaymentPlanSheet,
  modificationOfferSheet,
  comparisonSheet,
  evaluationNoticeSheet,
  shortSaleSheet,
  negotiationSummarySheet,
};
