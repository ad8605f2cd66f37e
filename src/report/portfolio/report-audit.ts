/**
 * The report's audit block: the add-in's version, the as-of date, every rule set the figures came
 * from (the loans' programs, NPV and Reg X as their rows name them, the waterfall, the tape check and
 * the report's buckets), and the run's inputs: the tape, the program and the settings.
 */
import { AUTO } from "../../core/rules/auto";
import { TAPE_CHECKS } from "../../core/rules/tape-checks";
import { Block, CellInput, RuleSetRef, auditBlock } from "../model";
import { asOfOf, countText } from "./figures";
import type { PortfolioReportInput } from "./input";

export function reportAudit(
  input: PortfolioReportInput,
  options: { readonly newPage?: boolean } = {}
): Block[] {
  const s = input.summary;
  const refs: RuleSetRef[] = [...s.ruleSets];
  const add = (r: RuleSetRef) => {
    if (!refs.some((x) => x.id === r.id)) refs.push(r);
  };
  if (input.program === AUTO.id) add({ id: AUTO.id, version: AUTO.version });
  add({ id: TAPE_CHECKS.id, version: TAPE_CHECKS.version });
  const inputs: [string, CellInput][] = [
    ["Tape", `${input.tape}${input.sample ? " (the bundled sample tape)" : ""}`],
    ["Program", input.program],
    ...input.settings.map(([label, value]): [string, CellInput] => [label, value]),
    ["Rows read", countText(s.counts.read)],
  ];
  refs.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const asOf = asOfOf(s, input.asOf);
  return asOf
    ? auditBlock({ ruleSets: refs, inputs, asOf, id: "audit", newPage: options.newPage })
    : [];
}
