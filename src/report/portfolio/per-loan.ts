/**
 * The per-loan results table: every result column of RESULT_COLUMNS (named as LM.WATERFALL, LM.NPV
 * and LM.REGXDATES name their fields), then the report's own columns (the loan's delinquency bucket,
 * workout, class, payment change and modification changes), so every summary figure can be
 * recomputed, and filtered, from this sheet. Money is dollars and cents, rates and ratios percents,
 * dates ISO dates, flags TRUE/FALSE.
 */
import { toExcelSerial } from "../../core/calendar-date";
import {
  ColumnKind,
  ColumnValue,
  LOAN_LABEL_COLUMNS,
  RowFacts,
  RESULT_COLUMNS,
  rowFacts,
  loanLabeller,
} from "../../core/portfolio";
import { NumberFormats, TableColumn, TableRow, percentFormat } from "../model";

const FORMATS: Readonly<Record<ColumnKind, string>> = {
  text: NumberFormats.text,
  money: NumberFormats.money,
  ratio: percentFormat(2),
  rate: percentFormat(3),
  date: NumberFormats.isoDate,
  whole: NumberFormats.whole,
  flag: NumberFormats.general,
};

const WIDTHS: Readonly<Record<ColumnKind, number>> = {
  text: 14,
  money: 15,
  ratio: 10,
  rate: 10,
  date: 12,
  whole: 9,
  flag: 9,
};

/** Long sentences get a wide column (not wrapped: a table of 100,000 rows keeps one line a row). */
const WIDE = new Set([
  "reason",
  "npv_note",
  "modification_changes",
  "program",
  "recommended_workout",
]);

/** Money columns whose total over the rows shown means something (the table's totals row). */
const TOTALLED = new Set(["upb", "capitalized_upb", "forbearance", "partial_claim", "npv_benefit"]);

export const PER_LOAN_TABLE = "PerLoanResults";

export const PER_LOAN_COLUMNS: readonly TableColumn[] = [
  ...RESULT_COLUMNS.map((c, i): TableColumn => ({
    header: c.name,
    format: FORMATS[c.kind],
    ...(i === 0
      ? { total: { label: "Total" } }
      : TOTALLED.has(c.name)
        ? { total: "sum" as const }
        : {}),
  })),
  ...LOAN_LABEL_COLUMNS.map((name): TableColumn => ({ header: name, format: NumberFormats.text })),
];

export const PER_LOAN_WIDTHS: readonly number[] = [
  ...RESULT_COLUMNS.map((c) =>
    WIDE.has(c.name) ? 40 : Math.max(WIDTHS[c.kind], c.name.length + 3)
  ),
  ...LOAN_LABEL_COLUMNS.map((name) => (WIDE.has(name) ? 40 : 24)),
];

const KINDS = RESULT_COLUMNS.map((c) => c.kind);

function cellOf(kind: ColumnKind, v: ColumnValue): TableRow[number] {
  if (v === undefined) return null;
  if (kind === "money") return (v as number) / 100;
  if (kind === "date" && typeof v === "object") return toExcelSerial(v);
  return v as string | number | boolean;
}

/**
 * Makes per-loan rows from result rows: each result value as its cell (money in dollars, dates as
 * Excel serials under the column's date format), then the loan's labels.
 */
export function perLoanRows(): (row: readonly ColumnValue[], facts?: RowFacts) => TableRow {
  const labels = loanLabeller();
  return (row, facts) => {
    const out: TableRow[number][] = new Array(PER_LOAN_COLUMNS.length);
    for (let i = 0; i < KINDS.length; i++) out[i] = cellOf(KINDS[i], row[i]);
    const l = labels(facts ?? rowFacts(row));
    for (let k = 0; k < l.length; k++) out[KINDS.length + k] = l[k] ?? null;
    return out;
  };
}
