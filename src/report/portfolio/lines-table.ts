/**
 * A summary table of lines: a label, loans, UPB, each line's share of the loans and of the UPB, and
 * a totals row whose values are the exact sums (cents added as integers, then shown as dollars).
 */
import type { SummaryLine } from "../../core/portfolio";
import { NumberFormats, TableBlock, TableColumn, block, percentFormat } from "../model";
import { dollars, share } from "./figures";

export interface LinesTableSpec {
  readonly name: string;
  readonly id?: string;
  readonly label: string;
  readonly lines: readonly SummaryLine[];
  /** What the shares are of (default: the lines' own sums). */
  readonly of?: { readonly count: number; readonly upb: number };
  /** Wrap long labels (the table's rows grow to fit). */
  readonly wrap?: boolean;
  /** Label of the totals row (default "Total"); none when false. */
  readonly total?: string | false;
}

export const LOANS = "Loans";
export const UPB = "UPB";

export function linesTable(spec: LinesTableSpec): TableBlock {
  const count = spec.lines.reduce((n, l) => n + l.count, 0);
  const upb = spec.lines.reduce((n, l) => n + l.upb, 0);
  const of = spec.of ?? { count, upb };
  const totals = spec.total !== false;
  const columns: TableColumn[] = [
    {
      header: spec.label,
      wrap: spec.wrap ?? false,
      ...(totals ? { total: { label: spec.total || "Total" } } : {}),
    },
    {
      header: LOANS,
      format: NumberFormats.whole,
      ...(totals ? { total: "sum" as const, totalValue: count } : {}),
    },
    {
      header: UPB,
      format: NumberFormats.currency,
      ...(totals ? { total: "sum" as const, totalValue: dollars(upb) } : {}),
    },
    {
      header: "% of loans",
      format: percentFormat(1),
      ...(totals ? { total: "sum" as const, totalValue: share(count, of.count) ?? 0 } : {}),
    },
    {
      header: "% of UPB",
      format: percentFormat(1),
      ...(totals ? { total: "sum" as const, totalValue: share(upb, of.upb) ?? 0 } : {}),
    },
  ];
  return block.table(
    {
      name: spec.name,
      columns,
      rows: spec.lines.map((l) => [
        l.label,
        l.count,
        dollars(l.upb),
        share(l.count, of.count),
        share(l.upb, of.upb),
      ]),
      filterButtons: false,
    },
    { id: spec.id }
  );
}
