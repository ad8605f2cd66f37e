import { programById } from "../../programs/catalogue";
import { LoanFacts } from "./loan-facts";

/**
 * A loan's recommended workout, as the report counts it: the option its row recommends when that
 * option can be offered (AUTO's choice, or the one program asked for), else no workout. Each
 * workout belongs to one class, read from the program's descriptor: a modification (an option the
 * NPV test values as the investor's modification), other home retention (repayment plan, payment
 * deferral), a liquidation (short sale, deed-in-lieu), or none.
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

/** The key of "no workout" among the workouts (rule-set ids otherwise). */
export const NO_WORKOUT = "NONE";

export interface Workout {
  /** The rule-set id, or NO_WORKOUT. */
  readonly key: string;
  /** The option's plain name, or "No workout". */
  readonly label: string;
  readonly workoutClass: WorkoutClass;
}

const NONE: Workout = {
  key: NO_WORKOUT,
  label: WORKOUT_CLASS_LABELS.none,
  workoutClass: "none",
};

export function workoutOf(f: LoanFacts): Workout {
  if (!f.offerable) return NONE;
  const d = programById(f.ruleSet);
  const workoutClass: WorkoutClass =
    d?.npv === "modification"
      ? "modification"
      : d?.kind === "liquidation"
        ? "liquidation"
        : "retention";
  return { key: f.ruleSet, label: f.program || f.ruleSet, workoutClass };
}
