/**
 * The Modification characteristics sheet, after the OCC's modification tables: the loans whose
 * recommended workout is a modification, by each kind of change (a loan may have several), by
 * combination of changes, and by the change in monthly principal and interest in the OCC Mortgage
 * Metrics buckets; with the monthly P&I before and after.
 */
import { MODIFICATION_CHANGES } from "../../core/portfolio";
import { Block, WorksheetModel, block, cell, worksheet } from "../model";
import { dollars, loansText, moneyText } from "./figures";
import type { PortfolioReportInput } from "./input";
import { linesTable } from "./lines-table";
import { reportPrint } from "./report-print";
import { tapeText } from "./run-text";

export const MODIFICATIONS_SHEET = "Modification characteristics";

export function modificationsSheet(input: PortfolioReportInput): WorksheetModel {
  const m = input.summary.modifications;
  const change = m.piAfter - m.piBefore;
  const blocks: Block[] = [
    block.title("Modification characteristics", [tapeText(input)]),
    block.grid(
      ["Monthly P&I", "Loans", "Before", "After", "Change"],
      [
        {
          label: "Recommended modifications (sum)",
          values: [
            cell.whole(m.withPayment),
            cell.currency(dollars(m.piBefore)),
            cell.currency(dollars(m.piAfter)),
            cell.currency(dollars(change)),
          ],
        },
        {
          label: "Average a loan",
          values: [
            null,
            ...[m.piBefore, m.piAfter, change].map((c) =>
              m.withPayment ? cell.currency(dollars(Math.round(c / m.withPayment))) : null
            ),
          ],
        },
      ],
      { id: "mods", gapAfter: 0 }
    ),
    block.paragraph(
      `${loansText(m.loans.count)} recommended a modification, ${moneyText(m.loans.upb)} of UPB; averages rounded to the cent.`,
      { style: "note" }
    ),
    block.heading("Kinds of change"),
    linesTable({
      name: "ModificationChanges",
      label: "Change",
      lines: m.changes,
      of: m.loans,
      total: false,
    }),
    block.paragraph(
      `A loan counts under every change its modification makes (${MODIFICATION_CHANGES.map((c) => c.label.toLowerCase()).join(", ")}), ` +
        "so the lines add up to more than the loans. No program of this version reduces principal.",
      { style: "note" }
    ),
    block.heading("Combinations of changes"),
    linesTable({
      name: "ModificationCombinations",
      label: "Combination",
      wrap: true,
      lines: m.combinations,
      of: m.loans,
    }),
    block.heading("Change in monthly principal and interest"),
    linesTable({
      name: "PaymentChange",
      label: "P&I change",
      lines: m.payment,
      of: { count: m.withPayment, upb: m.payment.reduce((n, p) => n + p.upb, 0) },
    }),
    block.paragraph(
      `The buckets of the OCC Mortgage Metrics Report (${input.summary.rules.id}): new_pi against pi_payment, exactly on whole cents; a 10% cut falls in "10% to less than 20%".`,
      { style: "note" }
    ),
  ];
  return worksheet({
    name: MODIFICATIONS_SHEET,
    columns: [46, 9, 17, 15, 15],
    blocks,
    print: reportPrint(input, "portrait"),
    tabColor: "2F75B5",
  });
}
