import { LoanRecord } from "../record";
import { Result, fail } from "../result";
import { Evaluation } from "./evaluation";
import { Program, WaterfallEvaluation, evaluateWaterfall } from "./waterfall";
import { flexModification2024 } from "./flex-2024";
import { flexModification2017 } from "./flex-2017";
import { hampModification } from "./hamp";
import { fhaLossMitigation2025 } from "./fha-2025";
import { vaAffordableModification2026 } from "./va-2026";
import { paymentDeferral } from "./deferral";
import { repaymentPlanOption } from "./repayment";
import { fhaPreForeclosureSale, gseShortSale, vaCompromiseSale } from "./short-sale";
import { deedInLieu } from "./deed-in-lieu";
import { DIL_FHA, DIL_GSE, DIL_VA } from "../rules/deed-in-lieu";

/**
 * Every program by its rule-set id: what LM.WATERFALL's `program` argument and the AUTO order name.
 * A new program is one rule file, one program file, and one line here and in the AUTO order.
 */
export const PROGRAMS: Readonly<Record<string, Program>> = {
  "REPAY-FNMA": (r) => repaymentPlanOption(r),
  DEFERRAL: (r) => paymentDeferral(r),
  "FLEX-2024": (r) => flexModification2024(r),
  "FLEX-2017": (r) => flexModification2017(r),
  HAMP: (r) => hampModification(r),
  "FHA-2025": (r) => fhaLossMitigation2025(r),
  "VA-2026": (r) => vaAffordableModification2026(r),
  "SHORT-SALE-GSE": (r) => gseShortSale(r),
  "SHORT-SALE-FHA": (r) => fhaPreForeclosureSale(r),
  "SHORT-SALE-VA": (r) => vaCompromiseSale(r),
  "DIL-GSE": (r) => deedInLieu(r, DIL_GSE),
  "DIL-FHA": (r) => deedInLieu(r, DIL_FHA),
  "DIL-VA": (r) => deedInLieu(r, DIL_VA),
};

export const PROGRAM_IDS: readonly string[] = ["AUTO", ...Object.keys(PROGRAMS)];

/** Evaluates one loan under a rule set, or under the investor's whole waterfall for `AUTO`. */
export function evaluateProgram(
  id: string,
  record: LoanRecord
): Result<Evaluation | WaterfallEvaluation> {
  const key = id.trim().toUpperCase();
  if (key === "AUTO") return evaluateWaterfall(record, PROGRAMS);
  const program = PROGRAMS[key];
  if (!program)
    return fail(
      "VALUE",
      `unknown program "${id}"; use one of ${PROGRAM_IDS.join(", ")}`,
      "program",
      id
    );
  return program(record);
}
