/**
 * The Summary sheet: what a manager reads first. The tape, its date and the program; the key
 * figures; the counts reconciled in words; delinquency by bucket and the recommended workouts by
 * count and UPB, each with a native chart; the NPV benefit of the recommended modifications over
 * foreclosure and exactly which loans it sums; the Reg X deadlines of the next 14 days; the audit.
 */
import type { PortfolioSummary } from "../../core/portfolio";
import { NPV_2026 } from "../../core/rules/npv-2026";
import { Block, COLORS, CellInput, WorksheetModel, block, cell, worksheet } from "../model";
import { asOfText, countText, dollars, loansText, share } from "./figures";
import type { PortfolioReportInput } from "./input";
import { LOANS, linesTable } from "./lines-table";
import { reportAudit } from "./report-audit";
import { REPORT_TITLE, reportPrint } from "./report-print";
import { programText, tapeText } from "./run-text";

export const SUMMARY_SHEET = "Summary";

/** The key figures: loans, delinquency and workouts as loans, UPB and share of UPB. */
function keyFigures(s: PortfolioSummary): Block {
  const total = s.loans;
  const row = (label: string, count: number, upb: number, style?: "total") => ({
    label,
    values: [
      cell.whole(count),
      cell.currency(dollars(upb)),
      cell.percent(share(upb, total.upb), 1),
    ] as CellInput[],
    ...(style ? { style } : {}),
  });
  const cls = (c: string) => s.classes.find((x) => x.workoutClass === c)!;
  const workout = s.classes.filter((c) => c.workoutClass !== "none");
  return block.grid(
    ["Key figures", "Loans", "UPB", "% of UPB"],
    [
      row("Loans evaluated", total.count, total.upb),
      row(`Delinquent ${s.delinquent.label}`, s.delinquent.count, s.delinquent.upb),
      row(
        `Delinquent ${s.seriouslyDelinquent.label}`,
        s.seriouslyDelinquent.count,
        s.seriouslyDelinquent.upb
      ),
      row(
        "Recommended a workout",
        workout.reduce((n, c) => n + c.count, 0),
        workout.reduce((n, c) => n + c.upb, 0)
      ),
      ...workout.map((c) => row(`   ${c.label}`, c.count, c.upb)),
      row(cls("none").label, cls("none").count, cls("none").upb),
    ],
    { id: "key" }
  );
}

/** The counts, reconciled in words. */
function countsText(s: PortfolioSummary, input: PortfolioReportInput): string {
  const c = s.counts;
  const blank = c.blank ? ` (${countText(c.blank)} of them blank)` : "";
  return (
    `${countText(c.read)} rows read = ${countText(c.evaluated)} evaluated + ${countText(c.rejected)} rejected. ` +
    `Of the rejected rows, ${countText(c.failedCheck)} failed the tape check${blank} and ${countText(c.notEvaluable)} ` +
    `passed it but could not be evaluated under ${input.program}. Every problem of every rejected row is on the Exceptions sheet ` +
    `(row, loan id, field, value, reason); rejected rows are in no figure of this report.`
  );
}

function npvBlocks(s: PortfolioSummary): Block[] {
  const n = s.npv;
  const money = (c: number, bold = false) =>
    cell.currency(dollars(c), bold ? { bold: true } : undefined);
  return [
    block.grid(
      ["NPV test", "Loans", "NPV benefit"],
      [
        {
          label: "Workouts the NPV test values",
          values: [cell.whole(n.modifications.count), null],
        },
        {
          label: "   with its NPV test",
          values: [cell.whole(n.tested.count), money(n.benefit, true)],
          style: "total" as const,
        },
        {
          label: "      worth more than foreclosure",
          values: [cell.whole(n.positive.count), money(n.positive.benefit)],
        },
        {
          label: "      worth the same or less",
          values: [cell.whole(n.notPositive.count), money(n.notPositive.benefit)],
        },
        { label: "   without an NPV test", values: [cell.whole(n.untested.count), null] },
      ],
      { id: "npv", gapAfter: 0 }
    ),
    block.paragraph(
      "The benefit is npv_mod − npv_fc summed over the loans whose recommended workout is the investor's modification " +
        "program, the option the NPV test values (a modification, or FHA's standalone partial claim), where the test " +
        `(${NPV_2026.id} assumptions, discounted at PMMS plus the spread) ran on that same option: positive where it is worth ` +
        "more to the investor than foreclosure. Repayment plans, deferrals and liquidations are not valued by the NPV test " +
        "and add nothing; a loan without a PMMS rate, or evaluated under another program, is counted as without an NPV test.",
      { style: "note" }
    ),
  ];
}

function calendarBlocks(s: PortfolioSummary): Block[] {
  const c = s.calendar;
  const first = c.entries[0];
  return [
    block.grid(
      ["Deadline", "Loans"],
      [
        ...c.byDeadline.map((d) => ({ label: d.label, values: [cell.whole(d.count)] })),
        {
          label: `All deadlines (${loansText(c.loans)})`,
          values: [cell.whole(c.entries.length)],
          style: "total" as const,
        },
      ],
      { id: "regx", gapAfter: 0 }
    ),
    block.paragraph(
      `${countText(c.entries.length)} deadlines of ${loansText(c.loans)} fall from the as-of date to ${c.windowDays} days after it` +
        (first
          ? `; the first is due ${first.daysAfter === 0 ? "on the as-of date" : `in ${first.daysAfter} days`}`
          : "") +
        ". An offer's acceptance period is counted from an offer made on the as-of date (12 CFR 1024.41(e)(1)). " +
        "Each deadline is listed by loan, soonest first, on the Reg X calendar sheet.",
      { style: "note" }
    ),
  ];
}

export function summarySheet(input: PortfolioReportInput): WorksheetModel {
  const s = input.summary;
  const blocks: Block[] = [
    block.title(REPORT_TITLE, [
      `${tapeText(input)} · as of ${asOfText(s, input.asOf)}`,
      programText(input.program),
    ]),
    keyFigures(s),
    block.paragraph(countsText(s, input), { style: "note" }),
    block.heading("Delinquency"),
    linesTable({
      name: "DelinquencyBuckets",
      id: "dq",
      label: "Days delinquent",
      lines: s.delinquency,
      of: s.loans,
    }),
    block.chart(
      {
        kind: "column",
        title: "Loans by days delinquent",
        categories: { table: "DelinquencyBuckets", column: "Days delinquent" },
        series: [{ name: LOANS, values: { table: "DelinquencyBuckets", column: LOANS } }],
        dataLabels: true,
        numberFormat: "#,##0",
      },
      15
    ),
    block.heading("Recommended workouts", { pageBreakBefore: true }),
    linesTable({
      name: "Workouts",
      id: "workouts",
      label: "Recommended workout",
      lines: s.workouts.map((w) => ({
        ...w,
        label: w.ruleSet ? `${w.label} (${w.ruleSet})` : w.label,
      })),
      of: s.loans,
    }),
    block.chart(
      {
        kind: "bar",
        title: "Workout mix (loans)",
        categories: { table: "Workouts", column: "Recommended workout" },
        series: [{ name: LOANS, values: { table: "Workouts", column: LOANS } }],
        dataLabels: true,
        numberFormat: "#,##0",
      },
      Math.max(12, s.workouts.length + 6)
    ),
    block.heading("NPV benefit of the recommended workouts over foreclosure"),
    ...npvBlocks(s),
    block.heading(`Reg X deadlines in the ${s.calendar.windowDays} days from the as-of date`, {
      pageBreakBefore: true,
    }),
    ...calendarBlocks(s),
    ...(input.notes?.length
      ? [
          block.heading("Notes"),
          ...input.notes.map((n) => block.paragraph(n, { style: "note", gapAfter: 0 })),
        ]
      : []),
    ...reportAudit(input),
  ];
  return worksheet({
    name: SUMMARY_SHEET,
    columns: [50, 12, 19, 11, 11],
    blocks,
    print: reportPrint(input, "portrait", {
      margins: { top: 0.7, bottom: 0.7, left: 0.6, right: 0.6, header: 0.3, footer: 0.3 },
      footerLeft: `As of ${asOfText(s, input.asOf)}`,
    }),
    tabColor: COLORS.accent,
  });
}
