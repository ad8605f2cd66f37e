import { AuditLine, Cell, Out, RecordOutcome, errorCell, guarded, recordFunction } from "./cells";
import { Issue } from "../core/result";
import { mapHeaders, readRow } from "../core/record";
import { evaluateProgram, PROGRAM_IDS } from "../core/programs/registry";
import { AuditStep, Evaluation } from "../core/programs/evaluation";
import { loanNpv } from "../core/programs/loan-npv";
import { Cents } from "../core/verified-rounding";
import type { ColumnKind, ColumnValue } from "../core/portfolio/columns";
import {
  NPV_COLUMNS,
  PartColumn,
  WATERFALL_COLUMNS,
  functionFields,
} from "../core/portfolio/part-columns";

/** LM.WATERFALL's result fields, in the order docs/functions.md gives them. */
const RESULT_FIELDS = functionFields(WATERFALL_COLUMNS);
const WATERFALL_FIELDS = WATERFALL_COLUMNS.filter((c) => c.field);

/** A result column's value as a cell holds it: money in dollars, the rest as it is. */
function cellOf(kind: ColumnKind, v: ColumnValue): Out | undefined {
  return v === undefined ? undefined : kind === "money" ? (v as Cents) / 100 : (v as Out);
}

/** The fields of a part of a loan's outcome (its evaluation, its NPV test), by their columns. */
function fieldsOf<T>(columns: readonly PartColumn<T>[], part: T): Record<string, Out | undefined> {
  const out: Record<string, Out | undefined> = {};
  for (const c of columns) out[c.name] = cellOf(c.kind, c.of(part));
  return out;
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
  return { audit, fields: fieldsOf(WATERFALL_FIELDS, e) };
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

const NPV_FIELDS = functionFields(NPV_COLUMNS);

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
      return { audit, fields: fieldsOf(NPV_COLUMNS, r.value) };
    };
  });
}
