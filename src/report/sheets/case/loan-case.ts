/**
 * A loan's case: everything the specialist's documents show about one loan, assembled once from the
 * core — every option of the investor's AUTO order evaluated, the option AUTO recommends, the NPV
 * test, the Reg X dates and the notice deadlines — so the builders lay out figures and never call
 * the engine themselves. Every call to the core that assembles a case is in this file.
 */
import { addDays, CalendarDate } from "../../../core/calendar-date";
import type { LoanRecord } from "../../../core/record";
import { requireFields } from "../../../core/record";
import type { Investor } from "../../../core/record-fields";
import { Issue, Result, failWith, ok } from "../../../core/result";
import type { Evaluation } from "../../../core/programs/evaluation";
import { compareOptions } from "../../../core/programs/compare";
import { LoanNpv, loanNpv } from "../../../core/programs/loan-npv";
import { NPV_2026 } from "../../../core/rules/npv-2026";
import { REGX_2017 } from "../../../core/rules/regx-2017";
import { RegxDates, appealDeadlines, regxDates } from "../../../core/regx/deadlines";
import { CaseSettings, SettingUse, withSettings } from "./settings";
import { AUTO_RULES, REGX_RULES, RuleSetInfo, ruleSetInfo } from "./rule-sets";

/** One option of the investor's order, as evaluated for this loan. */
export interface CaseOption {
  /** Its rule-set id, as the AUTO order names it. */
  readonly id: string;
  /** 1-based place in the order. */
  readonly position: number;
  /** Its plain name (the evaluation's), or the id when it could not be evaluated. */
  readonly name: string;
  readonly rules?: RuleSetInfo;
  /** Absent when the option could not be evaluated (see `issues`). */
  readonly evaluation?: Evaluation;
  /** Why it could not be evaluated: the fields it lacks, each named. */
  readonly issues: readonly Issue[];
  /** Eligible and offerable. */
  readonly works: boolean;
}

/** The notice's deadlines, counted from the notice date (the as-of date). */
export interface CaseDeadlines {
  readonly noticeDate: CalendarDate;
  readonly acceptanceDays: number;
  readonly acceptBy: CalendarDate;
  /** How the acceptance period was decided, in a sentence. */
  readonly acceptanceWhy: string;
  /** Whether a denied modification can be appealed (undefined: the complete date is missing). */
  readonly appealAvailable?: boolean;
  readonly appealBy?: CalendarDate;
  readonly appealWhy: string;
  /** Days the servicer has to decide an appeal. */
  readonly appealDecisionDays: number;
}

export interface LoanCase {
  /** The loan's record, with the settings filling what its row left blank. */
  readonly record: LoanRecord;
  readonly loanId: string;
  readonly investor: Investor;
  readonly asOf: CalendarDate;
  readonly preparedBy?: string;
  readonly settingsUsed: readonly SettingUse[];
  /** The AUTO order's rule set. */
  readonly order: RuleSetInfo;
  /** Every option of the investor's order, in order. */
  readonly options: readonly CaseOption[];
  /** AUTO's evaluation: the recommended option's, or "No workout" with every option's reason. */
  readonly auto: Result<Evaluation>;
  /** The option AUTO recommends, when one works. */
  readonly recommended?: CaseOption;
  /** The NPV test: modification against foreclosure and short sale, with every input. */
  readonly npv: Result<LoanNpv>;
  readonly regx: RegxDates;
  readonly regxRules: RuleSetInfo;
  readonly deadlines: CaseDeadlines;
}

/**
 * Assembles a loan's case. A loan without a loan id or an investor has no case (an issue names the
 * field); an option that cannot be evaluated is kept in the case with the fields it lacks.
 */
export function loanCase(input: LoanRecord, settings: CaseSettings): Result<LoanCase> {
  const missing = requireFields(input, ["loan_id", "investor"], "a worksheet");
  if (missing.length) return failWith(missing);
  const { record, used } = withSettings(input, settings);
  const investor = record.investor!;
  const asOf = record.as_of_date!;

  // Every option of the order, each evaluated once; AUTO walks the same evaluations.
  const compared = compareOptions(record);
  if (!compared.ok) return compared;
  const { auto } = compared.value;
  const options: CaseOption[] = compared.value.options.map((o) => ({
    id: o.id,
    position: o.position,
    name: o.result.ok ? o.result.value.program : (o.program?.name ?? o.id),
    rules: ruleSetInfo(o.id),
    evaluation: o.result.ok ? o.result.value : undefined,
    issues: o.result.ok ? [] : o.result.issues,
    works: o.works,
  }));
  const chosen = compared.value.recommended?.id;
  const recommended = options.find((o) => o.id === chosen);

  const evaluated: Record<string, Evaluation> = {};
  for (const o of options) if (o.evaluation) evaluated[o.id] = o.evaluation;
  const npv = loanNpv(record, settings.npvAssumptions ?? NPV_2026, evaluated);
  const regx = regxDates(record);

  return ok({
    record,
    loanId: record.loan_id!,
    investor,
    asOf,
    preparedBy: settings.preparedBy?.trim() || undefined,
    settingsUsed: used,
    order: AUTO_RULES,
    options,
    auto,
    recommended,
    npv,
    regx,
    regxRules: REGX_RULES,
    deadlines: deadlinesOf(regx, asOf),
  });
}

/**
 * The accept-by date (12 CFR 1024.41(e)(1)) and the appeal-by date ((h)) of a notice dated `asOf`.
 * When the Reg X engine cannot decide the acceptance period (the complete date is missing, or (e)
 * does not apply), the longer period is given, which every case allows, and the sentence says why.
 */
function deadlinesOf(regx: RegxDates, asOf: CalendarDate): CaseDeadlines {
  const p = REGX_2017.params;
  const days = regx.acceptance_days ?? p.acceptanceDaysEarly;
  const acceptanceWhy =
    regx.acceptance_days === undefined
      ? `${days} days, the longer period of 12 CFR 1024.41(e)(1): ${regx.notes.acceptance_days ?? "the period could not be decided"}`
      : regx.acceptance_days === p.acceptanceDaysEarly
        ? `${days} days: the complete application came ${p.acceptanceEarlyMinDaysBeforeSale} days or more before any scheduled sale (12 CFR 1024.41(e)(1))`
        : `${days} days: the complete application came less than ${p.acceptanceEarlyMinDaysBeforeSale} days before the scheduled sale (12 CFR 1024.41(e)(1))`;
  const available = regx.appeal_available;
  const appealBy = available ? appealDeadlines(asOf).appeal_by : undefined;
  const appealWhy =
    available === undefined
      ? `appeal not determined: ${regx.notes.appeal_available ?? "the complete application date is missing"}`
      : available
        ? `${p.appealDays} days to appeal a denied modification option (12 CFR 1024.41(h)); decided within ${p.appealDecisionDays} days`
        : `no appeal: the complete application came less than ${p.appealMinDaysBeforeSale} days before the scheduled sale (12 CFR 1024.41(h)(1))`;
  return {
    noticeDate: asOf,
    acceptanceDays: days,
    acceptBy: addDays(asOf, days),
    acceptanceWhy,
    appealAvailable: available,
    appealBy,
    appealWhy,
    appealDecisionDays: p.appealDecisionDays,
  };
}
