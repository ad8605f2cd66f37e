import { CapitalizeStep } from "../../rules/ladder";
import { Evaluation } from "../evaluation";
import { mtmltvOf, pi } from "../modification";
import { pct, pctOfRatio, usd } from "../display";
import { LadderRun, Moment } from "./state";
import { Sentence } from "./wording";
import { arrearsToClaim } from "./partial-claim";
import { finish } from "./finish";
import { targetRatio } from "./targets";

/**
 * Capitalization (docs/rules/conventions.md): the capitalizable arrears join the UPB (gross UPB)
 * and the MTMLTV is known; with `payment`, so is the P&I at the note rate and remaining term,
 * tested against the target before the next step changes it. Arrears may instead go into the
 * partial claim.
 */
export function capitalize(run: LadderRun, s: CapitalizeStep): Evaluation | undefined {
  if (s.into === "partial_claim") return arrearsToClaim(run);
  const f = run.f;
  run.gross = f.upb + run.arrears;
  run.mtmltvPrincipal = run.gross;
  if (s.payment) {
    run.current = pi(run.gross, run.rate, run.term);
    run.pending = "capitalize";
  }
  run.note(
    "capitalize",
    showArrears,
    true,
    "CAPITALIZED",
    "capitalized",
    s.payment ? run.current : undefined
  );
  const t = run.p.target;
  // A housing-ratio target escrow alone reaches: no step is taken (docs/rules/hamp.md).
  if (t.kind === "housing_ratio" && t.stopWhenEscrowReachesIt && run.target <= 0)
    return finish(run, false, "ESCROW_ABOVE_TARGET", "escrow_reaches_target");
  return undefined;
}

/** The target step: shows the target (and says when no P&I can meet it). */
export function showTarget(run: LadderRun): undefined {
  const reachable = run.target > 0;
  run.note(
    "target",
    (m) => usd(m.run.target),
    reachable,
    reachable ? "TARGET_SET" : "ESCROW_ABOVE_TARGET",
    reachable ? "target_set" : "target_unreachable",
    undefined
  );
  return undefined;
}

const showArrears = (m: Moment) => usd(m.run.arrears);

/** The gross UPB's MTMLTV to hundredths of a percent. */
export function mtmltvShown(m: Moment): string {
  const r = m.run;
  return pctOfRatio(r.gross, r.f.value!, 2, () => mtmltvOf(r.gross, r.f.value)!);
}

/** Target PITIA, its ratio of income, escrow and the target P&I. */
function targetWhy(m: Moment): string {
  const r = m.run;
  return `target PITIA ${usd(r.targetPitia)} (${pct(targetRatio(r), 0)} of income ${usd(r.f.gmi!)}) less escrow ${usd(r.f.escrow)}: target P&I ${usd(r.target)}`;
}

export const CAPITALIZE_SENTENCES = {
  capitalized: (m) =>
    `capitalized ${usd(m.run.arrears)} of arrears (late fees ${usd(m.run.f.lateFees)} waived): gross UPB ${usd(m.run.gross)}, MTMLTV ${mtmltvShown(m)}`,
  target_set: targetWhy,
  target_unreachable: (m) => `${targetWhy(m)}: no P&I can meet it`,
  escrow_reaches_target: (m) =>
    `escrow ${usd(m.run.f.escrow)} alone reaches ${pct(targetRatio(m.run), 0)} of income ${usd(m.run.targetPitia)}: no P&I can meet the target`,
} satisfies Record<string, Sentence>;
