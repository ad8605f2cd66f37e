import Decimal from "decimal.js";
import { AuditLine, Cell, Out, RecordOutcome, errorCell, guarded, recordFunction } from "./cells";
import { Issue } from "../core/result";
import { mapHeaders, readRow } from "../core/record";
import { evaluateProgram, PROGRAM_IDS } from "../core/programs/registry";
import { AuditStep, Evaluation } from "../core/programs/evaluation";
import { loanNpv } from "../core/programs/loan-npv";
import { Cents } from "../core/verified-rounding";

/** LM.WATERFALL's result fields, in the order docs/functions.md gives them. */
const RESULT_FIELDS = [
  "program",
  "rule_set",
  "eligible",
  "target_met",
  "offerable",
  "capitalized_upb",
  "mtmltv",
  "new_rate",
  "new_term",
  "forbearance",
  "interest_bearing_upb",
  "partial_claim",
  "new_pi",
  "new_pitia",
  "pi_reduction",
  "dti_after",
  "reason",
] as const;

const money = (c: Cents | undefined): number | undefined => (c === undefined ? undefined : c / 100);
const ratio = (d: Decimal | undefined): number | undefined =>
  d === undefined ? undefined : d.toNumber();

function resultFields(e: Evaluation): Record<string, Out | undefined> {
  return {
    program: e.program,
    rule_set: e.ruleSet,
    eligible: e.eligible,
    target_met: e.targetMet,
    offerable: e.offerable,
    capitalized_upb: money(e.capitalizedUpb),
    mtmltv: ratio(e.mtmltv),
    new_rate: ratio(e.newRate),
    new_term: e.newTerm,
    forbearance: money(e.forbearance),
    interest_bearing_upb: money(e.interestBearingUpb),
    partial_claim: money(e.partialClaim),
    new_pi: money(e.newPi),
    new_pitia: money(e.newPitia),
    pi_reduction: ratio(e.piReduction),
    dti_after: ratio(e.dtiAfter),
    reason: e.reason,
  };
}

/** One audit step as two cells: what was tried, and what came of it. */
function stepLine(s: AuditStep): AuditLine {
  const pi = s.pi === undefined ? "" : ` · P&I ${(s.pi / 100).toFixed(2)}`;
  return [
    `${s.option} · ${s.step} · ${s.parameter}`,
    `${s.pass ? "PASS" : "FAIL"} ${s.code}${pi} · ${s.reason}`,
  ];
}

function waterfallOutcome(e: Evaluation): RecordOutcome {
  const audit: AuditLine[] = e.steps.map(stepLine);
  for (const p of e.stepUp ?? [])
    audit.push([
      `step-up · months ${p.fromMonth}-${p.toMonth}`,
      `rate ${p.rate.times(100).toString()}% · P&I ${(p.pi / 100).toFixed(2)}`,
    ]);
  return { audit, fields: resultFields(e) };
}

/** Reads the rows of one header row (headers are mapped once for a whole tape). */
function reader(headers: readonly Cell[]) {
  const map = mapHeaders(headers);
  return (row: readonly Cell[]) => readRow(map, row);
}

/**
 * Evaluates a loan under a program's rule set (FLEX-2024, HAMP, FHA-2025, VA-2026, DEFERRAL, ...) or AUTO, the investor's whole waterfall. Without field, spills the audit trail (every step tried, its parameter, the P&I, pass or fail and why) and the result fields.
 * @customfunction WATERFALL
 * @helpurl https://localhost:3000/help/waterfall.html
 * @param program A rule-set id (REPAY-FNMA, DEFERRAL, FLEX-2024, FLEX-2017, HAMP, FHA-2025, VA-2026, SHORT-SALE-GSE, SHORT-SALE-FHA, SHORT-SALE-VA, DIL-GSE, DIL-FHA, DIL-VA) or AUTO for the investor's waterfall in order.
 * @param headers The loan record's field names: a header row (e.g. Tape[#Headers]), or a column of names.
 * @param values The loan's values (e.g. Tape[@]); several rows for a whole tape when field is given.
 * @param [field] One result field: program, rule_set, eligible, target_met, offerable, capitalized_upb, mtmltv, new_rate, new_term, forbearance, interest_bearing_upb, partial_claim, new_pi, new_pitia, pi_reduction, dti_after, reason.
 * @returns The audit table, or the one field (a column for a tape).
 */
export function waterfall(
  program: any[][],
  headers: any[][],
  values: any[][],
  field?: any[][]
): any[][] {
  return guarded(() => {
    const id = program?.[0]?.[0];
    if (typeof id !== "string" || !PROGRAM_IDS.includes(id.trim().toUpperCase()))
      return [
        [
          errorCell({
            code: "VALUE",
            field: "program",
            value: id,
            reason: `unknown program ${JSON.stringify(id ?? "")}; use one of ${PROGRAM_IDS.join(", ")}`,
          }),
        ],
      ];
    return recordFunction("LM.WATERFALL", RESULT_FIELDS, headers, values, field, (h) => {
      const read = reader(h);
      return (row): RecordOutcome | Issue => {
        const reading = read(row);
        if (!reading.ok) return reading.issues[0];
        const r = evaluateProgram(id, reading.record);
        return r.ok ? waterfallOutcome(r.value) : r.issues[0];
      };
    });
  });
}

const NPV_FIELDS = [
  "npv_mod",
  "npv_fc",
  "npv_ss",
  "npv_benefit",
  "decision",
  "discount_rate",
  "months_to_reo_sale",
  "mod_program",
  "assumptions",
] as const;

/**
 * NPV of the investor's modification against foreclosure and a short sale (our model: closed-form annuities, discount = PMMS + spread). Without field, spills every input and assumption with its source beside the results.
 * @customfunction NPV
 * @helpurl https://localhost:3000/help/npv.html
 * @param headers The loan record's field names (a header row, or a column of names). Columns named like an assumption (spread, reo_discount, redefault_probability, ...) override it.
 * @param values The loan's values; several rows for a whole tape when field is given.
 * @param [field] One result field: npv_mod, npv_fc, npv_ss, npv_benefit, decision, discount_rate, months_to_reo_sale, mod_program, assumptions.
 * @returns The NPV table, or the one field (a column for a tape).
 */
export function npv(headers: any[][], values: any[][], field?: any[][]): any[][] {
  return recordFunction("LM.NPV", NPV_FIELDS, headers, values, field, (h) => {
    const read = reader(h);
    return (row): RecordOutcome | Issue => {
      const reading = read(row);
      if (!reading.ok) return reading.issues[0];
      const r = loanNpv(reading.record);
      if (!r.ok) return r.issues[0];
      const n = r.value.npv;
      const audit: AuditLine[] = n.inputs.map((i) => [i.name, `${i.value} (${i.source})`]);
      return {
        audit,
        fields: {
          npv_mod: money(n.npvMod),
          npv_fc: money(n.npvFc),
          npv_ss: money(n.npvSs),
          npv_benefit: money(n.npvBenefit),
          decision: n.decision,
          discount_rate: n.discountRateAnnual.toNumber(),
          months_to_reo_sale: n.monthsToReoSale,
          mod_program: r.value.modification.ruleSet,
          assumptions: `${n.assumptionsId} (${n.assumptionsVersion})`,
        },
      };
    };
  });
}
