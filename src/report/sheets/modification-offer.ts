/**
 * Modification offer and trial period plan: the offer and why it was made, the current and modified
 * terms side by side, the trial payments and their due dates, the rate step-up schedule where there
 * is one (HAMP), and the waterfall steps with pass or fail and the reason for each.
 */
import { Block, NumberFormats, WorkbookModel, block, cell, percentFormat } from "../model";
import { addMonths, toExcelSerial } from "../../core/calendar-date";
import { Result, ok } from "../../core/result";
import type { LoanCase } from "./case/loan-case";
import { ModificationOffer, modificationOffer } from "./case/trial-plan";
import { caseAudit, documentTitle, documentWorkbook } from "./parts/document";
import { optionTitle } from "./parts/outcomes";
import { TERM_HEADERS, termRows } from "./parts/terms";
import { dateText, moneyText, prose, rateText } from "./parts/values";

export const MODIFICATION_OFFER_TITLE = "Loan modification offer and trial period plan";

export interface OfferInput {
  /** The modification to offer (a rule-set id); default the recommended one, else the first that works. */
  readonly program?: string;
}

export function modificationOfferSheet(
  c: LoanCase,
  input: OfferInput = {},
  stem = "Modification Offer"
): Result<WorkbookModel> {
  const o = modificationOffer(c, input.program);
  if (!o.ok) return o;
  const offer = o.value;
  const trialRules = offer.trial
    ? [{ id: offer.trial.rules.id, version: offer.trial.rules.version }]
    : [];
  const blocks: Block[] = [
    documentTitle(c, offer.trial ? MODIFICATION_OFFER_TITLE : `Offer: ${offer.evaluation.program}`),
    ...offerBlocks(c, offer, input.program !== undefined),
    block.heading("Your loan now and after this offer"),
    block.grid(TERM_HEADERS, termRows(c, offer.evaluation, offer.modifiedMaturity), {
      id: "terms",
    }),
    ...trialBlocks(c, offer),
    ...stepUpBlocks(c, offer),
    block.heading("How the terms were reached", { pageBreakBefore: true }),
    stepsTable(offer),
    ...caseAudit(c, {
      ruleSets: trialRules,
      inputs: input.program ? [["Program asked for", input.program]] : [],
    }),
  ];
  return ok(
    documentWorkbook(c, MODIFICATION_OFFER_TITLE, stem, {
      columns: [28, 12, 12, 11, 37],
      blocks,
    })
  );
}

function offerBlocks(c: LoanCase, o: ModificationOffer, asked: boolean): Block[] {
  const e = o.evaluation;
  const recommendation = c.recommended
    ? `The option recommended for this loan is ${optionTitle(c.recommended)}`
    : "No option is recommended for this loan";
  const which = asked
    ? "this offer is the modification asked for"
    : `this offer is the first modification of the ${c.investor} order that works`;
  const note = o.recommended
    ? []
    : [block.paragraph(`${recommendation}; ${which}.`, { style: "note" })];
  return [
    block.heading("The offer"),
    block.pairs(
      [
        ["Program", `${e.program}`],
        ["Rule set", `${e.ruleSet} (version ${e.ruleSetVersion})`],
        ["Why it was offered", prose(e.reason)],
        ["Accept by", cell.date(c.deadlines.acceptBy, { bold: true, align: "left" })],
      ],
      { id: "offer", gapAfter: note.length ? 0 : 1 }
    ),
    ...note,
  ];
}

function trialBlocks(c: LoanCase, o: ModificationOffer): Block[] {
  const t = o.trial;
  if (!t)
    return [
      block.heading("Trial period"),
      block.paragraph(
        `No trial period: ${o.evaluation.program} changes no term of the loan (${o.option.rules?.id ?? o.option.id}). Its terms take effect with the payment due ${dateText(o.modifiedFirstDue)}.`
      ),
    ];
  const first = t.payments[0];
  const last = t.payments[t.payments.length - 1];
  return [
    block.heading("Trial period plan"),
    block.table(
      {
        name: "TrialPayments",
        columns: [
          { header: "Trial payment", total: { label: "Total" } },
          { header: "Due by", format: NumberFormats.date },
          { header: "Amount (P&I + escrow)", format: NumberFormats.money, total: "sum" },
        ],
        rows: t.payments.map((p) => [
          `${p.no} of ${t.payments.length}`,
          toExcelSerial(p.due),
          p.amount / 100,
        ]),
        filterButtons: false,
      },
      { id: "trial" }
    ),
    block.paragraph(
      `To accept this offer, make the first trial payment of ${moneyText(first.amount)} by ${dateText(first.due)}, or tell us by ${dateText(c.deadlines.acceptBy)}. ` +
        `Make each trial payment in the month it is due: a trial payment not received by the last day of that month ends this offer. ` +
        `Your current loan terms stay in force during the trial. When the ${t.payments.length} trial payments are made (the last by ${dateText(last.due)}), ` +
        `the modification takes effect and the first modified payment is due ${dateText(o.modifiedFirstDue)}.`
    ),
    block.paragraph(`Trial length: ${t.why}.`, { style: "note" }),
  ];
}

function stepUpBlocks(c: LoanCase, o: ModificationOffer): Block[] {
  const steps = o.evaluation.stepUp;
  if (!steps || steps.length < 2) return [];
  const escrow = c.record.escrow_payment ?? 0;
  const label = (from: number, to: number) =>
    (from - 1) % 12 === 0 && to % 12 === 0
      ? from === to - 11
        ? `Year ${to / 12}`
        : `Years ${(from - 1) / 12 + 1}–${to / 12}`
      : `Months ${from}–${to}`;
  return [
    block.heading("Payment schedule: the rate steps up"),
    block.table(
      {
        name: "StepUpSchedule",
        columns: [
          { header: "Period", wrap: true },
          { header: "Interest rate", format: percentFormat(3) },
          { header: "Monthly P&I", format: NumberFormats.money },
          { header: "With escrow", format: NumberFormats.money },
        ],
        rows: steps.map((s) => [
          `${label(s.fromMonth, s.toMonth)}: ${s.toMonth - s.fromMonth + 1} payments from ${dateText(addMonths(o.modifiedFirstDue, s.fromMonth - 1))}`,
          s.rate.toNumber(),
          s.pi / 100,
          (s.pi + escrow) / 100,
        ]),
        filterButtons: false,
      },
      { id: "step-up", gapAfter: 0 }
    ),
    block.paragraph(
      `The rate is fixed for the first period, then rises once a year to the cap of ${rateText(steps[steps.length - 1].rate)}, where it stays. Each new rate re-amortizes the balance then owed over the months left. Escrow is estimated at today's ${moneyText(escrow)} and changes with taxes and insurance.`,
      { style: "note" }
    ),
  ];
}

function stepsTable(o: ModificationOffer): Block {
  const steps = o.evaluation.steps.filter((s) => s.option === o.option.id);
  return block.table(
    {
      name: "WaterfallSteps",
      columns: [
        { header: "Step", wrap: true },
        { header: "Parameter", wrap: true },
        // Money with a space's padding on the right, so the result beside it stands apart.
        { header: "P&I after the step", format: `${NumberFormats.money}_)` },
        { header: "Result" },
        { header: "Reason", wrap: true },
      ],
      rows: steps.map((s) => [
        s.step,
        s.parameter,
        s.pi === undefined ? null : s.pi / 100,
        s.pass ? "Pass" : "Fail",
        s.reason,
      ]),
    },
    { id: "steps" }
  );
}
