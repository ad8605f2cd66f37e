import { Cents } from "../../verified-rounding";
import { Cap, ForbearanceStep } from "../../rules/ladder";
import { Evaluation } from "../evaluation";
import { forbearanceForTarget, forbearanceToLtv } from "../modification";
import { floorShare } from "../cent-shares";
import { pct, usd } from "../display";
import { LadderRun, Moment } from "./state";
import { Sentence } from "./wording";
import { meets, targetShown } from "./targets";
import { mtmltvShown } from "./capitalize";
import { finish } from "./finish";

/**
 * Principal forbearance (docs/rules/flex.md, hamp.md): non-interest-bearing principal, only when
 * the MTMLTV is above the rule set's minimum, of the amount its caps allow: the least of and the
 * greatest of what the target needs, a share of the gross UPB, and what brings the interest-bearing
 * MTMLTV down to a ratio. A cap without "what the target needs" forbears its whole amount.
 */
export function forbear(run: LadderRun, s: ForbearanceStep): Evaluation | undefined {
  if (s.aboveMtmltv !== undefined && !run.mtmltvAbove(s.aboveMtmltv)) {
    const code = "FORBEARANCE_SKIPPED_MTMLTV";
    run.note("forbearance", showAmount, false, code, "forbearance_not_above_mtmltv", run.current);
    return undefined;
  }
  const sizes = new CapSizes(run);
  const amount = sizes.of(s.cap);
  run.forbearance = amount;
  run.reprice();
  const detail = { needed: sizes.needed, limit: sizes.limit(s.cap), binding: sizes.binding(s.cap) };
  if (meets(run, run.current)) {
    run.note("forbearance", showAmount, true, "TARGET_MET", "forbearance_met", run.current, detail);
    return finish(run, true, "TARGET_MET", "met", { stage: "forbearance" });
  }
  const none = amount === 0 && !includesNeeded(s.cap);
  run.note(
    "forbearance",
    showAmount,
    false,
    none ? "NO_FORBEARANCE" : "FORBEARANCE_CAPPED",
    none ? "forbearance_none" : "forbearance_capped",
    run.current,
    detail
  );
  return undefined;
}

/** The amounts of a cap and of its parts, each computed once. */
class CapSizes {
  needed?: Cents;
  constructor(private readonly run: LadderRun) {}

  of(cap: Cap): Cents {
    const r = this.run;
    switch (cap.kind) {
      case "needed":
        return (this.needed ??= forbearanceForTarget(r.gross, r.sizing, r.rate, r.term));
      case "share_of_gross":
        return floorShare(r.gross, cap.share);
      case "to_interest_bearing_mtmltv":
        return forbearanceToLtv(r.gross, r.f.value!, cap.mtmltv);
      case "least_of":
        return Math.min(...cap.caps.map((c) => this.of(c)));
      case "greatest_of":
        return Math.max(...cap.caps.map((c) => this.of(c)));
    }
  }

  /** The cap without what the target needs: the most the caps allow. */
  limit(cap: Cap): Cents {
    if (cap.kind === "least_of" || cap.kind === "greatest_of") {
      const rest = cap.caps.filter((c) => c.kind !== "needed");
      const sizes = rest.map((c) => this.of(c));
      if (sizes.length) return cap.kind === "least_of" ? Math.min(...sizes) : Math.max(...sizes);
    }
    return this.of(cap);
  }

  /** The part of a least-of cap that set the amount (the first in the rule set's order). */
  binding(cap: Cap): Cap {
    if (cap.kind !== "least_of") return cap;
    const amount = this.of(cap);
    return cap.caps.find((c) => this.of(c) === amount) ?? cap;
  }
}

function includesNeeded(cap: Cap): boolean {
  return cap.kind === "needed" || ("caps" in cap && cap.caps.some(includesNeeded));
}

/** The parameter of the first cap of `kind` in a forbearance step's caps (a share, an MTMLTV). */
export function capParameter(
  m: Moment,
  kind: "share_of_gross" | "to_interest_bearing_mtmltv"
): string {
  const find = (cap: Cap): Cap | undefined =>
    cap.kind === kind ? cap : "caps" in cap ? cap.caps.map(find).find((c) => c) : undefined;
  const found = m.step?.kind === "forbearance" ? find(m.step.cap) : undefined;
  return found?.kind === "share_of_gross"
    ? found.share
    : found?.kind === "to_interest_bearing_mtmltv"
      ? found.mtmltv
      : "0";
}

/** How a cap reads in a sentence ("30% of gross UPB"). */
export function capName(cap: Cap): string {
  switch (cap.kind) {
    case "needed":
      return "the amount the target needs";
    case "share_of_gross":
      return `${pct(cap.share, 0)} of gross UPB`;
    case "to_interest_bearing_mtmltv":
      return `the amount that brings interest-bearing MTMLTV to ${pct(cap.mtmltv, 0)}`;
    case "least_of":
      return `the least of ${cap.caps.map(capName).join(", ")}`;
    case "greatest_of":
      return `the greater of ${cap.caps.map(capName).join(" and ")}`;
  }
}

const showAmount = (m: Moment) => usd(m.forbearance);

export const FORBEARANCE_SENTENCES = {
  forbearance_not_above_mtmltv: (m) =>
    `MTMLTV ${mtmltvShown(m)} is not above ${pct((m.step as ForbearanceStep).aboveMtmltv!, 0)}: no principal forbearance`,
  forbearance_met: (m) =>
    `forbore ${usd(m.forbearance)} (${capName(m.detail.binding!)}): P&I ${usd(m.pi)} meets the target ${targetShown(m)}`,
  forbearance_capped: (m) =>
    `forbore ${usd(m.forbearance)}, capped at ${capName(m.detail.binding!)}: P&I ${usd(m.pi)} is still above the target ${targetShown(m)}`,
  forbearance_none: (m) =>
    `nothing to forbear: ${capName(m.detail.binding!)} is ${usd(0)}; P&I ${usd(m.pi)}`,
} satisfies Record<string, Sentence>;
