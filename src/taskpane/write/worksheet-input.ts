/**
 * What the pane hands a worksheet builder: the loan record and everything the pages worked out for
 * it, with the choices the specialist made on them (plan months, the program offered, the
 * settlement lines), and the settings every worksheet carries.
 */
import type { CalendarDate } from "../../core/calendar-date";
import type { Evaluation } from "../../core/programs/evaluation";
import type { LoanNpv } from "../../core/programs/loan-npv";
import type { RepaymentPlan } from "../../core/repayment-plan";
import type { Result } from "../../core/result";
import type { LoanRecord } from "../loan/parse-field";
import type { LoanRegx } from "../notice/loan-regx";
import type { OptionComparison } from "../options/compare-options";
import type { SettlementResult } from "../short-sale/settlement";
import type { TrialPlan } from "../offer/trial-plan";
import type { WorksheetKind } from "../workbook/host-types";

export interface WorksheetInput {
  readonly kind: WorksheetKind;
  readonly record: LoanRecord;
  readonly comparison: Result<OptionComparison>;
  readonly npv: Result<LoanNpv>;
  readonly regx: LoanRegx;
  /** The as-of date every worksheet is dated (the settings' date, or today). */
  readonly asOf?: CalendarDate;
  readonly preparedBy: string;
  /** Repayment plan agreement: the plan as previewed. */
  readonly plan?: RepaymentPlan;
  /** Modification offer: the option offered and its trial period. */
  readonly offer?: { readonly evaluation: Evaluation; readonly trial?: TrialPlan };
  /** Short-sale net sheet: the settlement lines as entered. */
  readonly settlement?: SettlementResult;
}
