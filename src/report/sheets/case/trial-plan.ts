/**
 * The modification a document offers and its trial period plan: the trial payments and their due
 * dates under the program family's trial rule set, the modified loan's first due date and maturity.
 */
import { CalendarDate, addMonths, daysInMonth } from "../../../core/calendar-date";
import { Result, fail, failWith, ok } from "../../../core/result";
import type { Cents } from "../../../core/verified-rounding";
import type { RuleSet } from "../../../core/rules/rule-set";
import { TRIAL_PERIODS, TrialPeriodParams } from "../../../core/rules/trial-period";
import type { Evaluation } from "../../../core/programs/evaluation";
import type { CaseOption, LoanCase } from "./loan-case";
import { maturityFrom, nextDueAfter } from "./due-dates";
import { whyText } from "./why";

export interface TrialPayment {
  readonly no: number;
  readonly due: CalendarDate;
  readonly amount: Cents;
}

export interface TrialPlan {
  readonly rules: RuleSet<TrialPeriodParams>;
  readonly payments: readonly TrialPayment[];
  /** Why this many payments, in a sentence. */
  readonly why: string;
}

export interface ModificationOffer {
  readonly option: CaseOption;
  readonly evaluation: Evaluation;
  /** Whether it is the option AUTO recommends (else a later one, the first modification that works). */
  readonly recommended: boolean;
  /** Absent when the option changes no term (a standalone partial claim) and takes no trial. */
  readonly trial?: TrialPlan;
  readonly modifiedFirstDue: CalendarDate;
  readonly modifiedMaturity?: CalendarDate;
}

/** The trial rule set of a program, when it is a modification that takes one. */
export function trialRulesFor(programId: string): RuleSet<TrialPeriodParams> | undefined {
  return TRIAL_PERIODS.find((t) => t.params.programs.includes(programId));
}

/** The modification options of the case: those a trial rule set covers. */
export function modificationOptions(c: LoanCase): readonly CaseOption[] {
  return c.options.filter((o) => trialRulesFor(o.id) !== undefined);
}

/**
 * The modification to offer: `programId` when given, else the recommended option when it is a
 * modification, else the first modification of the order that works. An issue says why when there
 * is none (no modification works, or the one asked for does not).
 */
export function modificationOffer(c: LoanCase, programId?: string): Result<ModificationOffer> {
  const mods = modificationOptions(c);
  let option: CaseOption | undefined;
  if (programId !== undefined) {
    const id = programId.trim().toUpperCase();
    option = mods.find((o) => o.id === id);
    if (!option)
      return fail(
        "VALUE",
        `${programId} is not a modification option of the ${c.investor} order (${mods.map((o) => o.id).join(", ") || "none"})`,
        "program",
        programId
      );
    if (!option.evaluation) return failWith(option.issues);
    if (!option.works)
      return fail(
        "NA",
        `${option.id} does not work for loan ${c.loanId}: ${whyText(option)}`,
        "program",
        programId
      );
  } else {
    option =
      c.recommended && mods.includes(c.recommended) ? c.recommended : mods.find((o) => o.works);
    if (!option) {
      const why = mods.map((o) => `${o.id}: ${whyText(o)}`).join(" | ");
      return fail(
        "NA",
        `no modification works for loan ${c.loanId}${why ? ` (${why})` : ""}: there is no offer to write`,
        "program"
      );
    }
  }
  const e = option.evaluation!;
  const rules = trialRulesFor(option.id)!;
  const trial = rules.params.noTrialFor.includes(e.reasonCode) ? undefined : trialOf(c, e, rules);
  const last = trial?.payments[trial.payments.length - 1].due;
  const modifiedFirstDue = last
    ? addMonths(last, rules.params.modificationFirstDueMonthsAfterLastTrial)
    : nextDueAfter(c);
  return ok({
    option,
    evaluation: e,
    recommended: option === c.recommended,
    trial,
    modifiedFirstDue,
    modifiedMaturity: e.newTerm ? maturityFrom(modifiedFirstDue, e.newTerm) : undefined,
  });
}

function trialOf(
  c: LoanCase,
  e: Evaluation,
  rules: RuleSet<TrialPeriodParams>
): TrialPlan | undefined {
  if (e.newPitia === undefined) return undefined;
  const p = rules.params;
  const days = c.regx.days_delinquent;
  const md = c.record.months_delinquent;
  const current =
    days !== undefined ? days < p.currentBelowDaysDelinquent : md !== undefined && md === 0;
  const count = current ? p.paymentsWhenCurrent : p.payments;
  const known =
    days !== undefined
      ? `${days} days delinquent on the as-of date`
      : md !== undefined
        ? `${md} payments past due (no next due date to count days from)`
        : "delinquency not stated";
  const why = `${count} monthly trial payments (${rules.id}): ${known}; ${
    current
      ? `fewer than ${p.currentBelowDaysDelinquent} days delinquent`
      : `${p.currentBelowDaysDelinquent} days or more delinquent, or not stated`
  }`;
  const first = addMonths(
    { year: c.asOf.year, month: c.asOf.month, day: 1 },
    p.firstDueMonthsAfterOffer
  );
  const firstDue = { ...first, day: Math.min(p.dueDay, daysInMonth(first.year, first.month)) };
  const payments: TrialPayment[] = Array.from({ length: count }, (_, i) => ({
    no: i + 1,
    due: addMonths(firstDue, i),
    amount: e.newPitia!,
  }));
  return { rules, payments, why };
}
