/**
 * The rule sets a document names, by id, with their versions and public sources (a denial names the
 * requirement behind it and where it is published, 12 CFR 1024.41(d), comment 41(d)-1), and the
 * owner or insurer whose requirements each investor code stands for.
 */
import type { Investor } from "../../../core/record-fields";
import type { RuleSet } from "../../../core/rules/rule-set";
import { AUTO } from "../../../core/rules/auto";
import { CATALOGUE } from "../../../core/programs/catalogue";
import { REGX_2017 } from "../../../core/rules/regx-2017";
import { NPV_2026 } from "../../../core/rules/npv-2026";
import { TRIAL_PERIODS } from "../../../core/rules/trial-period";

/** What a document shows of a rule set. */
export interface RuleSetInfo {
  readonly id: string;
  readonly version: string;
  readonly effective: string;
  readonly sources: readonly string[];
}

function info(r: Pick<RuleSet<unknown>, "id" | "version" | "effective" | "sources">): RuleSetInfo {
  return { id: r.id, version: r.version, effective: r.effective, sources: r.sources };
}

/** Every program's rule set (from the program descriptors), and the others a document names. */
const ALL: readonly RuleSetInfo[] = [
  AUTO,
  ...CATALOGUE.map((d) => d.rules),
  REGX_2017,
  NPV_2026,
  ...TRIAL_PERIODS,
].map(info);

const BY_ID: ReadonlyMap<string, RuleSetInfo> = new Map(ALL.map((r) => [r.id, r]));

/** The rule set of an id, when the documents know it. */
export function ruleSetInfo(id: string): RuleSetInfo | undefined {
  return BY_ID.get(id);
}

export const REGX_RULES: RuleSetInfo = info(REGX_2017);
export const AUTO_RULES: RuleSetInfo = info(AUTO);

/**
 * Whose requirements an investor code stands for, as a notice names them. A portfolio or private
 * loan's owner is not in the record: the notice leaves its name for the specialist to fill.
 */
export const REQUIREMENTS_OF: Readonly<Record<Investor, string>> = {
  FNMA: "Fannie Mae (owner)",
  FHLMC: "Freddie Mac (owner)",
  FHA: "HUD, Federal Housing Administration (insurer)",
  VA: "U.S. Department of Veterans Affairs (guarantor)",
  USDA: "the loan's owner or assignee (USDA-guaranteed loan)",
  PRIVATE: "the loan's owner or assignee",
};
