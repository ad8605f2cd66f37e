import { FieldName, INVESTORS, Investor } from "../record-fields";
import { AUTO, AutoParams } from "../rules/auto";
import { RuleSet } from "../rules/rule-set";
import { NpvRole, ProgramDescriptor } from "./descriptor";
import { REPAY_FNMA_PROGRAM } from "./repayment";
import { DEFERRAL_PROGRAM } from "./deferral";
import { FLEX_2024_PROGRAM } from "./flex-2024";
import { FLEX_2017_PROGRAM } from "./flex-2017";
import { HAMP_PROGRAM } from "./hamp";
import { FHA_2025_PROGRAM } from "./fha-2025";
import { VA_2026_PROGRAM } from "./va-2026";
import {
  SHORT_SALE_FHA_PROGRAM,
  SHORT_SALE_GSE_PROGRAM,
  SHORT_SALE_VA_PROGRAM,
} from "./short-sale";
import { DIL_FHA_PROGRAM, DIL_GSE_PROGRAM, DIL_VA_PROGRAM } from "./deed-in-lieu";

/**
 * Every program, each described once in its own file. The registry (PROGRAM_IDS, evaluateProgram), the
 * fields each program needs, each investor's options and the NPV test's choice of options are all
 * read from here.
 */
export const CATALOGUE: readonly ProgramDescriptor[] = [
  REPAY_FNMA_PROGRAM,
  DEFERRAL_PROGRAM,
  FLEX_2024_PROGRAM,
  FLEX_2017_PROGRAM,
  HAMP_PROGRAM,
  FHA_2025_PROGRAM,
  VA_2026_PROGRAM,
  SHORT_SALE_GSE_PROGRAM,
  SHORT_SALE_FHA_PROGRAM,
  SHORT_SALE_VA_PROGRAM,
  DIL_GSE_PROGRAM,
  DIL_FHA_PROGRAM,
  DIL_VA_PROGRAM,
];

const BY_ID: ReadonlyMap<string, ProgramDescriptor> = new Map(CATALOGUE.map((d) => [d.id, d]));

/** The program of a rule-set id, if there is one. */
export function programById(id: string): ProgramDescriptor | undefined {
  return BY_ID.get(id);
}

/** The fields a program cannot be evaluated without (NA naming each one when missing). */
export function requiredFieldsOf(id: string): readonly FieldName[] {
  return BY_ID.get(id)?.required ?? [];
}

/**
 * The fields a loan must give before `program` is tried: a program's required fields; for AUTO, the
 * investor and the fields every option of every investor's waterfall requires (an option's own
 * further fields are asked for by that option when the waterfall reaches it).
 */
export function fieldsNeededBy(
  program: string,
  rules: RuleSet<AutoParams> = AUTO
): readonly FieldName[] {
  if (program.trim().toUpperCase() !== rules.id)
    return requiredFieldsOf(program.trim().toUpperCase());
  const options = INVESTORS.flatMap((investor) => optionsFor(investor, rules));
  const common = options.reduce<readonly FieldName[]>(
    (fields, d) => fields.filter((f) => d.required.includes(f)),
    options[0]?.required ?? []
  );
  return ["investor", ...common.filter((f) => f !== "investor")];
}

/** An investor's options in AUTO order: the programs its waterfall names. */
export function optionsFor(
  investor: Investor,
  rules: RuleSet<AutoParams> = AUTO
): readonly ProgramDescriptor[] {
  return rules.params.order[investor]
    .map((id) => BY_ID.get(id))
    .filter((d): d is ProgramDescriptor => d !== undefined);
}

/** The first of an investor's options that plays `role` in the NPV test, if any. */
export function npvOptionFor(
  investor: Investor,
  role: NpvRole,
  rules: RuleSet<AutoParams> = AUTO
): ProgramDescriptor | undefined {
  return optionsFor(investor, rules).find((d) => d.npv === role);
}
