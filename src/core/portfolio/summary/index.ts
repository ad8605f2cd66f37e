/**
 * The portfolio summary: loans, delinquency, recommended workouts, the NPV benefit, breakdowns,
 * modification characteristics and the Reg X calendar, tallied one loan's result row at a time.
 */
export type { RowFacts } from "./row-facts";
export { rowFacts } from "./row-facts";
export type { Bucket, DelinquencyBuckets, PaymentChangeBuckets } from "./buckets";
export { delinquencyBuckets, paymentChangeBuckets } from "./buckets";
export type { Workout, WorkoutClass } from "./workout";
export { NO_WORKOUT, WORKOUT_CLASSES, WORKOUT_CLASS_LABELS, workoutOf } from "./workout";
export type { ModificationChange } from "./modification";
export {
  MODIFICATION_CHANGES,
  NO_LISTED_CHANGE,
  combinationLabel,
  modificationChanges,
} from "./modification";
export type { CalendarEntry, DeadlineKey } from "./calendar";
export { DEADLINES, compareEntries, deadlinesInWindow } from "./calendar";
export type { Amount, GroupLine, PortfolioSummary, SummaryCounts, SummaryLine } from "./types";
export type { GroupTally, TallyState } from "./state";
export { emptyTally } from "./state";
export { mergeState } from "./merge";
export { PortfolioTally } from "./tally";
export { finishSummary } from "./finish";
export type { Buckets, PlacedFacts, Placement } from "./placement";
export { bucketsOf, placeLoan } from "./placement";
export type { LoanLabeller } from "./labels";
export { LOAN_LABEL_COLUMNS, loanLabeller } from "./labels";
