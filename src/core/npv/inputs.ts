import { isBlank, parseCents, parseChoice, parseMonths, parseRate } from "../input";
import { Issue, Result } from "../result";
import { STATE_CHOICES } from "../record/choices";
import { StateTimeline } from "../rules/npv-2026";
import { Cents } from "../verified-rounding";
import { NpvInputs } from "./types";

/** The NPV inputs once read: money in cents, the PMMS a fraction, the state's timeline found. */
export interface NpvValues {
  readonly V: Cents;
  readonly pmms: number;
  readonly state: string;
  readonly timeline: StateTimeline;
  readonly P: Cents;
  readonly n: number;
  readonly F: Cents;
  readonly forborneGiven: boolean;
  readonly SS?: Cents;
  readonly carry?: Cents;
}

/**
 * Reads the inputs, pushing one issue per problem (in the order of the fields) onto `issues`.
 * Returns what it could read; `values` is set only when everything was.
 */
export function readNpvInputs(
  inputs: NpvInputs,
  timelines: Readonly<Record<string, StateTimeline>>,
  issues: Issue[]
): { readonly values?: NpvValues; readonly n?: number } {
  const take = <T>(r: Result<T>): T | undefined => {
    if (r.ok) return r.value;
    issues.push(...r.issues);
    return undefined;
  };
  const i = (inputs ?? {}) as Partial<NpvInputs>;
  const before = issues.length;
  const V = take(parseCents(i.propertyValue, "property_value"));
  const pmms = take(parseRate(i.pmms, "pmms", { signed: true }));
  const state = take(parseChoice(i.state, "state", STATE_CHOICES));
  let timeline: StateTimeline | undefined;
  if (state !== undefined) {
    timeline = Object.prototype.hasOwnProperty.call(timelines, state)
      ? timelines[state]
      : undefined;
    if (timeline === undefined)
      issues.push({
        code: "VALUE",
        field: "state",
        value: i.state,
        reason: `state: ${JSON.stringify(state)} has no foreclosure timeline in these assumptions`,
      });
  }
  const P = take(parseCents(i.modPayment, "mod_payment"));
  const n = take(parseMonths(i.modTermMonths, "mod_term_months"));
  const forborneGiven = !isBlank(i.forborne);
  const F = forborneGiven ? take(parseCents(i.forborne, "forborne")) : 0;
  // A short sale's net proceeds are negative when its costs exceed the price: still a value to compare.
  const SS = isBlank(i.shortSaleNet)
    ? undefined
    : take(parseCents(i.shortSaleNet, "short_sale_net", { signed: true }));
  const carry = isBlank(i.monthlyCarry)
    ? undefined
    : take(parseCents(i.monthlyCarry, "monthly_carry"));
  if (timeline !== undefined) {
    const t = parseMonths(timeline.months, `state_timeline_months.${state}`, { min: 0 });
    if (!t.ok) issues.push(...t.issues);
  }
  if (issues.length > before) return { n };
  return {
    n,
    values: {
      V: V!,
      pmms: pmms!,
      state: state!,
      timeline: timeline!,
      P: P!,
      n: n!,
      F: F!,
      forborneGiven,
      SS,
      carry,
    },
  };
}
