import { LadderParams, LadderStep } from "../../rules/ladder";
import { RuleSet } from "../../rules/rule-set";
import { Evaluation } from "../evaluation";
import { LoanFacts } from "../loan-facts";
import { capitalizableArrearsCents } from "../../capitalization";
import { LadderRun } from "./state";
import { Wording } from "./wording";
import { checkEligibility } from "./eligibility";
import { meets, setTarget } from "./targets";
import { capitalize, showTarget } from "./capitalize";
import {
  deferIntoClaim,
  setClaimAvailable,
  showClaimAvailable,
  standaloneClaim,
} from "./partial-claim";
import { modify } from "./modify";
import { lowerRate } from "./rate";
import { extendTerm } from "./term";
import { forbear } from "./forbearance";
import { finish } from "./finish";

/**
 * The modification ladder: one algorithm for every modification rule set (FLEX-2024, FLEX-2017,
 * HAMP, FHA-2025, VA-2026 ...). It reports the rule set's eligibility, sets its target, then runs
 * its steps in order (capitalize → rate → term → principal forbearance → partial claim, as the rule
 * set declares them), stopping at the first step that meets the target; when the steps run out, the
 * evaluation says so. Every step leaves its line in the audit trail.
 *
 * The facts must hold what the rule set reads (the program's required fields, checked before).
 */
export function runLadder(
  facts: LoanFacts,
  rules: RuleSet<LadderParams>,
  words: Wording
): Evaluation {
  const run = new LadderRun(facts, rules, words);
  run.eligible = checkEligibility(run);
  setTarget(run);
  run.arrears = capitalizableArrearsCents(facts);
  const claimShare = rules.params.partialClaimMaxShareOfDefaultUpb;
  if (claimShare !== undefined) setClaimAvailable(run, claimShare);
  for (const step of rules.params.steps) {
    run.step = step;
    if (changesPayment(step)) {
      const met = checkPending(run);
      if (met) return met;
    }
    const done = runStep(run, step);
    if (done) return done;
  }
  return checkPending(run) ?? finish(run, false, "STEPS_EXHAUSTED", "exhausted");
}

function runStep(run: LadderRun, step: LadderStep): Evaluation | undefined {
  switch (step.kind) {
    case "claim_available":
      return showClaimAvailable(run);
    case "standalone_claim":
      return standaloneClaim(run);
    case "capitalize":
      return capitalize(run, step);
    case "target":
      return showTarget(run);
    case "modify":
      return modify(run, step);
    case "rate":
      return lowerRate(run, step);
    case "term":
      return extendTerm(run, step);
    case "forbearance":
      return forbear(run, step);
    case "partial_claim":
      return deferIntoClaim(run);
  }
}

/** The steps that change the payment: a payment computed before them is tested against the target first. */
function changesPayment(step: LadderStep): boolean {
  return (
    step.kind === "modify" ||
    step.kind === "rate" ||
    step.kind === "term" ||
    step.kind === "forbearance" ||
    step.kind === "partial_claim"
  );
}

/** Tests a payment a step computed without testing it (capitalization's): the target met there ends the ladder. */
function checkPending(run: LadderRun): Evaluation | undefined {
  const stage = run.pending;
  if (stage === undefined) return undefined;
  run.pending = undefined;
  return meets(run, run.current) ? finish(run, true, "TARGET_MET", "met", { stage }) : undefined;
}
