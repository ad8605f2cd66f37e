/**
 * The Breakdowns sheet: the loans by investor, by state and by delinquency bucket, each group with
 * its loans, UPB and share of UPB, its delinquent and seriously delinquent loans, its loans by
 * workout class and the NPV benefit of its recommended modifications; each table with exact totals.
 */
import {
  GroupLine,
  PortfolioSummary,
  WORKOUT_CLASSES,
  WORKOUT_CLASS_LABELS,
} from "../../core/portfolio";
import {
  Block,
  NumberFormats,
  TableColumn,
  WorksheetModel,
  block,
  percentFormat,
  worksheet,
} from "../model";
import { dollars, share } from "./figures";
import type { PortfolioReportInput } from "./input";
import { reportPrint } from "./report-print";
import { tapeText } from "./run-text";

export const BREAKDOWNS_SHEET = "Breakdowns";

function groupTable(
  s: PortfolioSummary,
  name: string,
  label: string,
  groups: readonly GroupLine[],
  withDelinquency: boolean
): Block {
  const sum = (f: (g: GroupLine) => number) => groups.reduce((n, g) => n + f(g), 0);
  const num = (
    header: string,
    f: (g: GroupLine) => number,
    format: string = NumberFormats.whole
  ) => ({
    column: { header, format, total: "sum" as const, totalValue: sum(f) } as TableColumn,
    value: f,
  });
  const parts = [
    num("Loans", (g) => g.count),
    num("UPB", (g) => dollars(g.upb), NumberFormats.currency),
    {
      column: {
        header: "% of UPB",
        format: percentFormat(1),
        total: "sum",
        totalValue:
          share(
            sum((g) => g.upb),
            s.loans.upb
          ) ?? 0,
      } as TableColumn,
      value: (g: GroupLine) => share(g.upb, s.loans.upb),
    },
    ...(withDelinquency
      ? [
          num(`Delinquent ${s.delinquent.label}`, (g) => g.delinquent),
          num(`Delinquent ${s.seriouslyDelinquent.label}`, (g) => g.serious),
        ]
      : []),
    ...WORKOUT_CLASSES.map((c, i) => num(WORKOUT_CLASS_LABELS[c], (g) => g.classes[i])),
    num("NPV benefit of modifications", (g) => dollars(g.npvBenefit), NumberFormats.currency),
  ];
  return block.table({
    name,
    columns: [{ header: label, total: { label: "Total" } }, ...parts.map((p) => p.column)],
    rows: groups.map((g) => [g.label, ...parts.map((p) => p.value(g))]),
    filterButtons: true,
  });
}

export function breakdownsSheet(input: PortfolioReportInput): WorksheetModel {
  const s = input.summary;
  return worksheet({
    name: BREAKDOWNS_SHEET,
    columns: [28, 9, 18, 9, 12, 12, 14, 13, 14, 10, 18],
    blocks: [
      block.title("Breakdowns", [tapeText(input)]),
      block.heading("By investor"),
      groupTable(s, "ByInvestor", "Investor", s.byInvestor, true),
      block.heading("By delinquency bucket"),
      groupTable(s, "ByDelinquency", "Days delinquent", s.byBucket, false),
      block.heading("By property state", { pageBreakBefore: true }),
      groupTable(s, "ByState", "State", s.byState, true),
    ],
    print: reportPrint(input, "landscape"),
    tabColor: "2F75B5",
  });
}
