import { Evaluation } from "../evaluation";
import { forbearanceForTarget } from "../modification";
import { floorShare } from "../cent-shares";
import { pct, usd } from "../display";
import { LadderRun, Moment } from "./state";
import { Sentence } from "./wording";
import { meets } from "./targets";
import { finish } from "./finish";

/**
 * The partial claim (FHA, VA; docs/rules/fha.md, va.md): a separate zero-interest lien. It is
 * available up to a share of the UPB at default less prior partial claims; it may take the arrears
 * (what it cannot hold is capitalized), and principal deferred into it leaves the first lien.
 */
export function setClaimAvailable(run: LadderRun, maxShareOfDefaultUpb: string): void {
  const f = run.f;
  run.statutory = floorShare(f.upbAtDefault!, maxShareOfDefaultUpb);
  run.available = Math.max(0, run.statutory - f.priorPartialClaims);
  run.left = run.available;
}

/** Shows the partial claim available. */
export function showClaimAvailable(run: LadderRun): undefined {
  run.note(
    "claim_available",
    (m) => usd(m.run.available),
    true,
    run.available > 0 ? "CLAIM_AVAILABLE" : "CLAIM_USED_UP",
    "claim_available",
    undefined
  );
  return undefined;
}

/**
 * The standalone partial claim: when the borrower can resume the pre-hardship payment, the claim
 * cures the arrears and the payment stays. It ends the ladder with its own evaluation when it works.
 */
export function standaloneClaim(run: LadderRun): Evaluation | undefined {
  const f = run.f;
  const arrears = run.arrears;
  const resume = f.canResumePayment;
  const fails = (code: string, event: Parameters<LadderRun["say"]>[0]) =>
    run.note("standalone_claim", showArrears, false, code, event, undefined);
  if (resume === undefined) fails("RESUME_UNKNOWN", "standalone_resume_unknown");
  else if (!resume) fails("CANNOT_RESUME", "standalone_cannot_resume");
  else if (arrears === 0) fails("NO_ARREARS", "standalone_no_arrears");
  else if (arrears > run.available) fails("CLAIM_TOO_SMALL", "standalone_claim_too_small");
  else {
    run.note("standalone_claim", showArrears, true, "STANDALONE_CLAIM", "standalone_claim", f.pi);
    run.program = run.words.standaloneProgram ?? run.program;
    run.gross = f.upb;
    run.mtmltvPrincipal = f.upb;
    run.toClaim = arrears;
    run.current = f.pi;
    return finish(run, true, "STANDALONE_CLAIM", "standalone_claim", {}, true);
  }
  return undefined;
}

/** The arrears into the partial claim; what it cannot hold is capitalized into the modified UPB. */
export function arrearsToClaim(run: LadderRun): undefined {
  const f = run.f;
  run.toClaim = Math.min(run.arrears, run.available);
  run.capitalized = run.arrears - run.toClaim;
  run.gross = f.upb + run.capitalized;
  run.mtmltvPrincipal = run.gross;
  run.left = run.available - run.toClaim;
  run.claimHoldsArrears = true;
  const partly = run.capitalized > 0;
  run.note(
    "arrears_to_claim",
    (m) => usd(m.run.toClaim),
    true,
    partly ? "ARREARS_PARTLY_CAPITALIZED" : "ARREARS_TO_CLAIM",
    partly ? "arrears_partly_capitalized" : "arrears_to_claim",
    undefined
  );
  return undefined;
}

/** Principal deferred into what is left of the partial claim, as much as the target needs. */
export function deferIntoClaim(run: LadderRun): Evaluation | undefined {
  if (run.left === 0) {
    run.note(
      "partial_claim",
      showDeferred,
      false,
      run.claimHoldsArrears ? "CLAIM_EXHAUSTED" : "CLAIM_USED_UP",
      "claim_none_left",
      run.current
    );
    return undefined;
  }
  const needed = forbearanceForTarget(run.gross - run.forbearance, run.sizing, run.rate, run.term);
  run.deferred = Math.min(needed, run.left);
  run.reprice();
  if (meets(run, run.current)) {
    run.note("partial_claim", showDeferred, true, "TARGET_MET", "claim_met", run.current);
    return finish(run, true, "TARGET_MET", "met", { stage: "partial_claim" });
  }
  run.note(
    "partial_claim",
    showDeferred,
    false,
    "CLAIM_EXHAUSTED",
    "claim_exhausted",
    run.current,
    {
      needed,
    }
  );
  return undefined;
}

/** A principal deferral made before, sized again for the terms now (after a term change). */
export function resizeDeferral(run: LadderRun): void {
  run.deferred = Math.min(
    forbearanceForTarget(run.gross - run.forbearance, run.sizing, run.rate, run.term),
    run.left
  );
}

const showArrears = (m: Moment) => usd(m.run.arrears);
const showDeferred = (m: Moment) => usd(m.deferred);

export const PARTIAL_CLAIM_SENTENCES = {
  claim_available: (m) => {
    const r = m.run;
    return `${pct(r.p.partialClaimMaxShareOfDefaultUpb!, 0)} of the UPB at default ${usd(r.f.upbAtDefault!)} is ${usd(r.statutory)}; less prior partial claims ${usd(r.f.priorPartialClaims)}: ${usd(r.available)} available`;
  },
  standalone_resume_unknown: () =>
    "can_resume_payment is not stated: the standalone partial claim (for a borrower who can resume the pre-hardship payment) is not considered",
  standalone_cannot_resume: () =>
    "the borrower cannot resume the pre-hardship payment: no standalone partial claim",
  standalone_no_arrears: () => "no arrears to cure: no standalone partial claim",
  standalone_claim_too_small: (m) =>
    `arrears ${usd(m.run.arrears)} are more than the ${usd(m.run.available)} partial claim available`,
  standalone_claim: (m) =>
    `the borrower can resume the payment: the partial claim cures ${usd(m.run.arrears)} of arrears (of ${usd(m.run.available)} available) and the P&I stays ${usd(m.run.f.pi)}`,
  arrears_to_claim: (m) =>
    `arrears ${usd(m.run.arrears)} go into the partial claim (late fees ${usd(m.run.f.lateFees)} waived): ${usd(m.run.left)} of it left; UPB ${usd(m.run.gross)}`,
  arrears_partly_capitalized: (m) =>
    `${usd(m.run.toClaim)} of the ${usd(m.run.arrears)} arrears go into the partial claim; the other ${usd(m.run.capitalized)} are capitalized: modified UPB ${usd(m.run.gross)}`,
  claim_none_left: () => "nothing is left of the partial claim to defer principal into",
  claim_met: (m) =>
    `deferred ${usd(m.deferred)} of principal into the partial claim: P&I ${usd(m.pi)} meets the target ${usd(m.run.target)}`,
  claim_exhausted: (m) =>
    `deferred the ${usd(m.deferred)} left of the partial claim (the target needs ${usd(m.detail.needed!)}): P&I ${usd(m.pi)} is still above the target ${usd(m.run.target)}`,
} satisfies Record<string, Sentence>;
