/**
 * Negotiation summary: one printed page (portrait, one page wide and tall) a lender or investor reads
 * without the workbook behind it: the loan, the hardship, income and ratios before and after, every
 * option evaluated and why, the recommended workout and its terms, the NPV of the workout against
 * foreclosure and a short sale with every input, the Reg X dates, and who prepared it.
 */
import { Block, NumberFormats, WorkbookModel, block, percentFormat } from "../model";
import { Result, ok } from "../../core/result";
import type { LoanCase } from "./case/loan-case";
import { caseAudit, documentTitle, documentWorkbook } from "./parts/document";
import { factRows } from "./parts/fact-rows";
import { optionTitle, recommendationText, resultOf, whyText } from "./parts/outcomes";
import { npvInputPairs, npvResultPairs } from "./parts/npv";
import {
  auditLine,
  hardshipText,
  incomeFacts,
  loanFacts,
  recommendedTerms,
  regxFacts,
} from "./parts/summary-facts";

export const NEGOTIATION_SUMMARY_TITLE = "Negotiation summary";

export function negotiationSummarySheet(
  c: LoanCase,
  stem = "Negotiation Summary"
): Result<WorkbookModel> {
  const rec = c.recommended;
  const blocks: Block[] = [
    documentTitle(c, NEGOTIATION_SUMMARY_TITLE),
    block.heading("Loan"),
    factRows(loanFacts(c), { id: "facts", gapAfter: 0 }),
    block.paragraph(hardshipText(c)),
    block.heading("Income and payment"),
    factRows(incomeFacts(c), { id: "income" }),
    block.heading("Options evaluated"),
    optionsTable(c),
    ...c.options.map((o, i) =>
      block.paragraph(`${optionTitle(o)}: ${whyText(o)}`, {
        style: "note",
        gapAfter: i === c.options.length - 1 ? 1 : 0,
      })
    ),
    block.heading(rec ? `Recommended: ${rec.name}` : "Recommended workout"),
    rec
      ? factRows(recommendedTerms(c, rec), { id: "terms" })
      : block.paragraph(recommendationText(c), { style: "warning" }),
    block.heading("Net present value: workout against foreclosure and short sale"),
    ...npvBlocks(c),
    block.heading("Regulation X dates and preparation"),
    factRows(regxFacts(c), { id: "regx" }),
    // The facts and rule sets two a row; the loan's inputs on one line across the page.
    ...caseAudit(c, {
      perRow: 2,
      inputsPerRow: 1,
      inputs: [["Loan row", auditLine(c)]],
      withRecord: false,
    }),
  ];
  return ok(
    documentWorkbook(c, NEGOTIATION_SUMMARY_TITLE, stem, {
      columns: [22, 12, 22, 12, 22, 12],
      blocks,
      tall: 1,
      margins: {
        top: 0.55,
        bottom: 0.55,
        left: 0.45,
        right: 0.45,
        header: 0.25,
        footer: 0.25,
      },
    })
  );
}

function optionsTable(c: LoanCase): Block {
  return block.table(
    {
      name: "OptionsEvaluated",
      columns: [
        { header: "Option", wrap: true },
        { header: "Result" },
        { header: "New P&I", format: NumberFormats.money },
        { header: "P&I reduction", format: percentFormat(2) },
        { header: "Housing ratio", format: percentFormat(2) },
      ],
      rows: c.options.map((o) => {
        const e = o.evaluation;
        return [
          optionTitle(o),
          resultOf(c, o),
          e?.newPi === undefined ? null : e.newPi / 100,
          e?.piReduction === undefined ? null : e.piReduction.toNumber(),
          e?.dtiAfter === undefined ? null : e.dtiAfter.toNumber(),
        ];
      }),
      filterButtons: false,
    },
    { id: "options", gapAfter: 0 }
  );
}

function npvBlocks(c: LoanCase): Block[] {
  const result = npvResultPairs(c);
  if (!c.npv.ok)
    return [
      block.paragraph(`NPV not computed: ${c.npv.issues.map((i) => i.reason).join("; ")}`, {
        style: "note",
      }),
    ];
  return [
    factRows(
      result.filter(([l]) => l !== "Result"),
      { id: "npv", gapAfter: 0 }
    ),
    block.paragraph(
      `${c.npv.value.npv.decision === "MODIFY" ? "The modification has the higher NPV." : "Foreclosure has the higher NPV."} Inputs (NPV assumptions ${c.npv.value.npv.assumptionsId}, version ${c.npv.value.npv.assumptionsVersion}):`,
      { style: "label", gapAfter: 0 }
    ),
    factRows(npvInputPairs(c), { id: "npv-inputs" }),
  ];
}
