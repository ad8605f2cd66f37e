/**
 * Evaluation notice (12 CFR 1024.41(c)(1)(ii) and (d)), dated the as-of date: one row per option of
 * the investor's order (offered, denied with its specific reason and the requirement behind it by
 * name and source, comment 41(d)-1, or not evaluated and why), the offer's terms, the accept-by and
 * appeal-by dates, the NPV inputs where an NPV test decided (comment 41(d)-2), the servicer's contact
 * block left for the specialist to fill, and housing counseling.
 */
import { Block, CellInput, NumberFormats, WorkbookModel, block, cell, toCell } from "../model";
import { Result, ok } from "../../core/result";
import type { CaseOption, LoanCase } from "./case/loan-case";
import { REQUIREMENTS_OF } from "./case/rule-sets";
import { trialRulesFor } from "./case/trial-plan";
import { caseAudit, documentTitle, documentWorkbook } from "./parts/document";
import { notEvaluatedText, optionTitle, whyText } from "./parts/outcomes";
import { offerTermPairs } from "./parts/offer-terms";
import { npvDecided, npvInputsTable } from "./parts/npv";
import { dateText, prose, restyled } from "./parts/values";

export const EVALUATION_NOTICE_TITLE = "Loss mitigation evaluation notice";

export type NoticeResult = "Offered" | "Denied" | "Not evaluated";

export interface NoticeRow {
  readonly option: CaseOption;
  readonly result: NoticeResult;
  readonly reason: string;
  /** Whose requirement and where it is published; blank for an option not evaluated. */
  readonly requirement: string;
}

/** The notice's row for each option, in the order they were considered. */
export function noticeRows(c: LoanCase): NoticeRow[] {
  const offered = c.recommended;
  const blocked = c.auto.ok ? undefined : c.options.find((o) => !o.evaluation);
  return c.options.map((o) => {
    const requirement = requirementOf(c, o);
    if (o === offered) return { option: o, result: "Offered", reason: whyText(o), requirement };
    if (offered && o.position > offered.position)
      return {
        option: o,
        result: "Not evaluated",
        reason: "not evaluated: an earlier option was offered",
        requirement: "",
      };
    if (!o.evaluation)
      return { option: o, result: "Not evaluated", reason: notEvaluatedText(o), requirement: "" };
    if (o.works)
      return {
        option: o,
        result: "Not evaluated",
        reason: `not evaluated: an earlier option (${blocked?.id ?? "in the order"}) could not be evaluated`,
        requirement: "",
      };
    const npv = npvDecided(o)
      ? " The NPV inputs used are listed under “Net present value inputs”."
      : "";
    return { option: o, result: "Denied", reason: `${whyText(o)}.${npv}`, requirement };
  });
}

function requirementOf(c: LoanCase, o: CaseOption): string {
  const r = o.rules;
  if (!r) return REQUIREMENTS_OF[c.investor];
  return `${REQUIREMENTS_OF[c.investor]}: ${r.id}, version ${r.version}. Source: ${r.sources[0] ?? "none recorded"}`;
}

export function evaluationNoticeSheet(
  c: LoanCase,
  stem = "Evaluation Notice"
): Result<WorkbookModel> {
  const rows = noticeRows(c);
  const offered = rows.find((r) => r.result === "Offered");
  const deniedMod = rows.some((r) => r.result === "Denied" && trialRulesFor(r.option.id));
  const npvRows = rows.filter((r) => r.result === "Denied" && npvDecided(r.option));
  const blocks: Block[] = [
    documentTitle(c, EVALUATION_NOTICE_TITLE),
    ...addressBlocks(c),
    ...resultBlocks(c, offered),
    block.heading("Options we reviewed"),
    block.table(
      {
        name: "OptionsReviewed",
        columns: [
          { header: "Option", wrap: true },
          { header: "Result", wrap: true },
          { header: "Reason", wrap: true },
          { header: "Requirement (whose, and where published)", wrap: true },
        ],
        rows: rows.map((r) => [optionTitle(r.option), r.result, r.reason, r.requirement]),
        filterButtons: false,
      },
      { id: "options", gapAfter: 0 }
    ),
    block.paragraph(
      npvRows.length
        ? "Options marked as decided by a net present value (NPV) calculation list the inputs used below."
        : "No option above was decided by a net present value (NPV) calculation.",
      { style: "note" }
    ),
    ...(npvRows.length ? [block.heading("Net present value inputs"), npvInputsTable(c)] : []),
    ...deadlineBlocks(c, offered, deniedMod),
    ...contactBlocks(),
    ...caseAudit(c),
  ];
  return ok(
    documentWorkbook(c, EVALUATION_NOTICE_TITLE, stem, {
      columns: [20, 11, 34, 33],
      blocks,
    })
  );
}

/** A blank the specialist fills in by hand or in the sheet: an underlined empty cell. */
const blank = (): CellInput => cell.blank("signature");

function addressBlocks(c: LoanCase): Block[] {
  const r = c.record;
  return [
    block.pairs([
      ["Borrower(s)", r.borrower_name ? cell.text(r.borrower_name) : blank()],
      ["Property address", blank()],
      ["Mailing address", blank()],
      ["Loan number", cell.text(c.loanId)],
      ["Whose requirements apply", REQUIREMENTS_OF[c.investor]],
    ]),
  ];
}

function resultBlocks(c: LoanCase, offered: NoticeRow | undefined): Block[] {
  const complete = c.record.application_complete_date;
  const intro =
    `${complete ? `We received your complete loss mitigation application on ${dateText(complete)}. ` : "We reviewed your loss mitigation application. "}` +
    `We evaluated it for the options available under the requirements of ${REQUIREMENTS_OF[c.investor]}, in the order those requirements set. ` +
    "This notice gives the result for each option and, for each option denied, the specific reason.";
  const result = offered
    ? block.paragraph(
        `We are offering you: ${offered.option.evaluation!.program}. Its terms are below.`,
        { style: "label" }
      )
    : block.paragraph(
        "We are not able to offer you a loss mitigation option at this time. The reason for each option is below.",
        { style: "warning" }
      );
  const terms = offered
    ? [
        block.heading("The offer"),
        block.pairs(offerTermPairs(c, offered.option).map(([l, v]) => [l, letterValue(v)])),
      ]
    : [];
  return [block.paragraph(intro), result, ...terms];
}

/** A value as a letter shows it: left-aligned, money with its dollar sign. */
function letterValue(v: CellInput): CellInput {
  return restyled(
    v,
    toCell(v).style === "money"
      ? { align: "left", numberFormat: NumberFormats.currency }
      : { align: "left" }
  );
}

function deadlineBlocks(c: LoanCase, offered: NoticeRow | undefined, deniedMod: boolean): Block[] {
  const d = c.deadlines;
  const pairs: [string, CellInput][] = [
    ["Date of this notice", cell.date(d.noticeDate, { align: "left" })],
  ];
  if (offered) {
    pairs.push(["Accept by", cell.date(d.acceptBy, { bold: true, align: "left" })]);
    pairs.push(["", prose(d.acceptanceWhy)]);
  }
  const appeal = deniedMod && d.appealAvailable;
  if (deniedMod)
    pairs.push([
      "Appeal by",
      appeal && d.appealBy
        ? cell.date(d.appealBy, { bold: true, align: "left" })
        : prose(d.appealWhy),
    ]);
  if (appeal) pairs.push(["", prose(d.appealWhy)]);
  const text: Block[] = [];
  if (offered)
    text.push(
      block.paragraph(
        `To accept this offer, tell us by ${dateText(d.acceptBy)} using the contact details below${offered.option.id && trialRulesFor(offered.option.id) ? ", or make the first trial payment by its due date" : ""}. If we do not hear from you by then, we may treat the offer as rejected.`
      )
    );
  if (appeal && d.appealBy)
    text.push(
      block.paragraph(
        `You may appeal the denial of any loan modification option above by ${dateText(d.appealBy)}. Send your appeal in writing to the address below and say why you believe the decision was wrong. ` +
          `Someone who did not decide your application will review the appeal, and we will tell you the decision within ${d.appealDecisionDays} days of receiving it.`
      )
    );
  return [block.heading("Deadlines"), block.pairs(pairs), ...text];
}

function contactBlocks(): Block[] {
  return [
    block.heading("Questions? Contact us", { pageBreakBefore: true }),
    block.pairs([
      ["Servicer", blank()],
      ["Phone", blank()],
      ["Email", blank()],
      ["Website", blank()],
      ["Hours", blank()],
      ["Address for acceptance and appeals", blank()],
    ]),
    block.heading("Additional resources"),
    block.paragraph(
      "Housing counselors approved by the U.S. Department of Housing and Urban Development (HUD) can help you understand your options at no cost. " +
        "Call HUD at 800-569-4287 or visit www.hud.gov/counseling to find one near you."
    ),
  ];
}
