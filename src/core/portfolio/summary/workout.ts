import { programById } from "../../programs/catalogue";
import { RowFacts } from "./row-facts";
import { changesTerms, modificationChanges } from "./modification";

/**
 * A loan's recommended workout, as the report counts it: the option its row recommends when that
 * option can be offered (AUTO's choice, or the one program asked for), else no workout. A workout is
 * the option's rule set and the name its evaluation gives (one rule set may name two outcomes: FHA's
 * standalone partial claim and its combination modification).
 *
 * Each workout belongs to one class: a modification (a program the NPV test values as the
 * investor's modification, whose recommendation changes the loan's terms: capitalizes arrears,
 * changes the rate, extends the term or defers principal), other home retention (a repayment plan,
 * a payment deferral, a partial claim that leaves the note as it was), a liquidation (short sale,
 * deed-in-lieu), or none.
 */
export type WorkoutClass = "retention" | "modification" | "liquidation" | "none";

export const WORKOUT_CLASSES: readonly WorkoutClass[] = [
  "retention",
  "modification",
  "liquidation",
  "none",
];

export const WORKOUT_CLASS_LABELS: Readonly<Record<WorkoutClass, string>> = {
  retention: "Retention without modification",
  modification: "Modification",
  liquidation: "Short sale or deed-in-lieu",
  none: "No workout",
};

/** The key of "no workout" among the workouts. */
export const NO_WORKOUT = "NONE";

export interface Workout {
  /** The rule-set id and the option's name, or NO_WORKOUT. */
  readonly key: string;
  /** The rule-set id ("" for no workout). */
  readonly ruleSet: string;
  /** The option's plain name, or "No workout". */
  readonly label: string;
  readonly workoutClass: WorkoutClass;
  /** Whether the NPV test values this option (the investor's modification program). */
  readonly npvValued: boolean;
  /** What the recommendation changes (MODIFICATION_CHANGES order), for an option the NPV test values. */
  readonly changes?: readonly boolean[];
}

const NONE: Workout = {
  key: NO_WORKOUT,
  ruleSet: "",
  label: WORKOUT_CLASS_LABELS.none,
  workoutClass: "none",
  npvValued: false,
};

export function workoutOf(f: RowFacts): Workout {
  if (!f.offerable) return NONE;
  const d = programById(f.ruleSet);
  const npvValued = d?.npv === "modification";
  const changes = npvValued ? modificationChanges(f) : undefined;
  const workoutClass: WorkoutClass = changes
    ? changesTerms(changes)
      ? "modification"
      : "retention"
    : d?.kind === "liquidation"
      ? "liquidation"
      : "retention";
  const label = f.program || f.ruleSet;
  return {
    key: `${f.ruleSet}|${label}`,
    ruleSet: f.ruleSet,
    label,
    workoutClass,
    npvValued,
    changes,
  };
}
